/**
 * Sobol' low-discrepancy points for the `sobol` design, with a random digital shift.
 *
 * Direction numbers: Joe and Kuo (2008), "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30, file new-joe-kuo-6.21201, dimensions
 * 2 to 1024 (`joeKuo.ts`, with its licence; dimension 1 is the van der Corput sequence). Points are generated in Gray-code order
 * with 32-bit integers; each dimension is XOR-ed with a 32-bit shift drawn from the sweep seed
 * (a digital shift keeps the net properties and moves the first point off the origin).
 */
import seedrandom from "seedrandom";
import {joeKuoRows} from "./joeKuo.js";

/** The largest number of parameters a `sobol` design takes. */
export const sobolMaxDimensions = joeKuoRows.length + 1;

const bits = 32;

/** Direction numbers V_1..V_32 of a dimension (0-based), as 32-bit patterns. */
function directions(dimension: number): Int32Array {
  const v = new Int32Array(bits + 1);
  if (dimension === 0) {
    for (let i = 1; i <= bits; i++) v[i] = 1 << (bits - i);
    return v;
  }
  const [s, a, ...m] = joeKuoRows[dimension - 1];
  for (let i = 1; i <= s; i++) v[i] = m[i - 1] << (bits - i);
  for (let i = s + 1; i <= bits; i++) {
    v[i] = v[i - s] ^ (v[i - s] >>> s);
    for (let k = 1; k < s; k++) v[i] ^= ((a >>> (s - 1 - k)) & 1) * v[i - k];
  }
  return v;
}

/** How the points are randomised: a digital shift (XOR with one random word per dimension), or a hash-based Owen scrambling. */
export type SobolScramble = "shift" | "owen";

/**
 * `samples` points in [0,1)^dimensions: `u[j][i]` for parameter j at point i. The first 2^k
 * points put exactly one point in each interval [m/2^k, (m+1)/2^k) of every dimension.
 * `scramble`: `shift` (the default, the `sobol` design's) XORs each dimension with a random
 * word; `owen` applies a nested uniform (Owen) scrambling per dimension, by Burley's (2020)
 * hash-based permutation of the bit-reversed word, which randomises the points more thoroughly
 * (the `saltelli` design's: a shift alone left some Sobol' index estimates with more error than
 * random points give, and bootstrap intervals that missed).
 */
export function sobolUnit(samples: number, dimensions: number, seed: number, scramble: SobolScramble = "shift"): Float64Array[] {
  if (dimensions > sobolMaxDimensions) throw new Error(`sobol sequence: at most ${sobolMaxDimensions} dimensions (the Joe–Kuo direction numbers carried here), got ${dimensions}`);
  const random = seedrandom.alea(scramble === "shift" ? `rcmp-sobol:${seed}` : `rcmp-sobol-owen:${seed}`);
  const out: Float64Array[] = [];
  for (let j = 0; j < dimensions; j++) {
    const v = directions(j);
    const key = Math.floor(random() * 2 ** 32) | 0;
    const u = new Float64Array(samples);
    let x = 0;
    for (let i = 0; i < samples; i++) {
      u[i] = ((scramble === "shift" ? x ^ key : owenScramble(x, key)) >>> 0) / 2 ** 32;
      let c = 1;
      for (let n = i; n & 1; n >>>= 1) c++; // c: position of the lowest zero bit of i, from 1
      x ^= v[c];
    }
    out.push(u);
  }
  return out;
}

/** Reverses the 32 bits of a word. */
function reverseBits(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) | 0;
}

/**
 * Burley's (2020) nested uniform scrambling: on the bit-reversed word, adding the key and
 * XOR-ing with even multiples flip each bit by a function of the bits below it only, which
 * (reversed back) is an Owen scrambling: every digit is permuted depending on the digits above it.
 */
function owenScramble(x: number, key: number): number {
  x = reverseBits(x);
  x = (x + key) | 0;
  x ^= Math.imul(x, 0x6c50b47c);
  x ^= Math.imul(x, 0xb82f1e52 | 0);
  x ^= Math.imul(x, 0xc7afe638 | 0);
  x ^= Math.imul(x, 0x8d22f6e6 | 0);
  return reverseBits(x);
}
