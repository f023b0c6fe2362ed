/**
 * Sobol' low-discrepancy points for the `sobol` design, with a random digital shift.
 *
 * Direction numbers: Joe and Kuo (2008), "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30, file new-joe-kuo-6.21201, dimensions
 * 2 to 21 (dimension 1 is the van der Corput sequence). Points are generated in Gray-code order
 * with 32-bit integers; each dimension is XOR-ed with a 32-bit shift drawn from the sweep seed
 * (a digital shift keeps the net properties and moves the first point off the origin).
 */
import seedrandom from "seedrandom";

/** Joe–Kuo rows `[s, a, m1, ..., ms]` for dimensions 2..21. */
const joeKuo: number[][] = [
  [1, 0, 1], [2, 1, 1, 3], [3, 1, 1, 3, 1], [3, 2, 1, 1, 1], [4, 1, 1, 1, 3, 3], [4, 4, 1, 3, 5, 13],
  [5, 2, 1, 1, 5, 5, 17], [5, 4, 1, 1, 5, 5, 5], [5, 7, 1, 1, 7, 11, 19], [5, 11, 1, 1, 5, 1, 1],
  [5, 13, 1, 1, 1, 3, 11], [5, 14, 1, 3, 5, 5, 31], [6, 1, 1, 3, 3, 9, 7, 49], [6, 13, 1, 1, 1, 15, 21, 21],
  [6, 16, 1, 3, 1, 13, 27, 49], [6, 19, 1, 1, 1, 15, 7, 5], [6, 22, 1, 3, 1, 15, 13, 25], [6, 25, 1, 1, 5, 5, 19, 61],
  [7, 1, 1, 3, 7, 11, 23, 15, 103], [7, 4, 1, 3, 7, 13, 13, 15, 69]
];

/** The largest number of parameters a `sobol` design takes. */
export const sobolMaxDimensions = joeKuo.length + 1;

const bits = 32;

/** Direction numbers V_1..V_32 of a dimension (0-based), as 32-bit patterns. */
function directions(dimension: number): Int32Array {
  const v = new Int32Array(bits + 1);
  if (dimension === 0) {
    for (let i = 1; i <= bits; i++) v[i] = 1 << (bits - i);
    return v;
  }
  const [s, a, ...m] = joeKuo[dimension - 1];
  for (let i = 1; i <= s; i++) v[i] = m[i - 1] << (bits - i);
  for (let i = s + 1; i <= bits; i++) {
    v[i] = v[i - s] ^ (v[i - s] >>> s);
    for (let k = 1; k < s; k++) v[i] ^= ((a >>> (s - 1 - k)) & 1) * v[i - k];
  }
  return v;
}

/**
 * `samples` points in [0,1)^dimensions: `u[j][i]` for parameter j at point i. The first 2^k
 * points put exactly one point in each interval [m/2^k, (m+1)/2^k) of every dimension.
 */
export function sobolUnit(samples: number, dimensions: number, seed: number): Float64Array[] {
  if (dimensions > sobolMaxDimensions) throw new Error(`sobol design: at most ${sobolMaxDimensions} parameters, got ${dimensions}`);
  const random = seedrandom.alea(`rcmp-sobol:${seed}`);
  const out: Float64Array[] = [];
  for (let j = 0; j < dimensions; j++) {
    const v = directions(j);
    const shift = Math.floor(random() * 2 ** 32) | 0;
    const u = new Float64Array(samples);
    let x = 0;
    for (let i = 0; i < samples; i++) {
      u[i] = ((x ^ shift) >>> 0) / 2 ** 32;
      let c = 1;
      for (let n = i; n & 1; n >>>= 1) c++; // c: position of the lowest zero bit of i, from 1
      x ^= v[c];
    }
    out.push(u);
  }
  return out;
}
