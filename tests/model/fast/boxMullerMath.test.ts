/**
 * The math of the Box–Muller fast path gives the bits of the portable functions it stands for:
 * `logOfWord(m)` those of log(m·2^-32), `polarPairs` those of r * cos(θ) and r * sin(θ) (trig.ts),
 * on millions of random inputs and at every threshold where fdlibm changes formula (near 1, √2/2,
 * the polynomial's two cases; π/4, 3π/4, the bands of 2^32 ulp around n·π/2, 2^-27, 0).
 * Independent of the engine: the references are the portable functions, not Math's. Each test runs
 * on the JS functions and on the WebAssembly module's (wasm/boxMuller.wat: `logWord`, `polarPairs`).
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {log, logOfWord} from "../../../src/model/math/log.js";
import {cos, polarPairs, sin} from "../../../src/model/math/trig.js";
import {boxMullerWasm, chunkPairs} from "../../../src/model/wasm/boxMullerWasm.js";

let seed = 0x2545f491;
/** A fixed xorshift stream of 32-bit words (not Math.random: the inputs repeat run to run). */
function word(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** The double with this high word and low word. */
function fromWords(high: number, low: number): number {
  words[1] = high >>> 0;
  words[0] = low >>> 0;
  return bits[0];
}
/** x moved by k units in the last place (x > 0, small k). */
function ulps(x: number, k: number): number {
  bits[0] = x;
  const low = words[0] + k;
  words[1] += Math.floor(low / 2 ** 32);
  words[0] = low >>> 0;
  return bits[0];
}

/** The fast path's two pieces under test: ln(m·2^-32) of a word, and (r, θ) → (r·cos θ, r·sin θ) in place. */
interface Pieces {
  logOfWord(m: number): number;
  polarPairs(out: Float64Array, from: number, to: number): void;
}

const wasm = boxMullerWasm();
if (wasm === null) throw new Error("this engine has no WebAssembly: the wasm path cannot be tested");
/** The module's pieces, the pairs going through its memory a chunk at a time. */
const wasmPieces: Pieces = {
  /** Lane 0's log when lane 1 gives the same bits, else NaN (never a log of a word: a mismatch). */
  logOfWord(m) {
    const [a, b] = [wasm.logWord(m, 0), wasm.logWord(m, 1)];
    return Object.is(a, b) ? a : NaN;
  },
  polarPairs(out, from, to) {
    for (let k = from; k < to; k += 2 * chunkPairs) {
      const n = Math.min(chunkPairs, (to - k) >> 1);
      wasm.values.set(out.subarray(k, k + 2 * n));
      wasm.polarPairs(n);
      out.set(wasm.values.subarray(0, 2 * n), k);
    }
  }
};

describe.each([["js", {logOfWord, polarPairs}], ["wasm", wasmPieces]] as Array<[string, Pieces]>)("%s", (_, fast) => {
  /** The words m whose log is off, as "m: fast vs reference", at most five. */
  function logMismatches(ms: Iterable<number>): string[] {
    const off: string[] = [];
    for (const m of ms) {
      const [value, slow] = [fast.logOfWord(m | 0), log((m >>> 0) * 2 ** -32)];
      if (!Object.is(value, slow) && off.length < 5) off.push(`${m >>> 0}: ${value} vs ${slow}`);
    }
    return off;
  }

  /** The angles (with their radius) whose pair is off, as text, at most five. */
  function polarMismatches(inputs: Array<[number, number]>): string[] {
    const out = new Float64Array(2 * inputs.length);
    inputs.forEach(([r, theta], k) => out.set([r, theta], 2 * k));
    fast.polarPairs(out, 0, out.length);
    const off: string[] = [];
    inputs.forEach(([r, theta], k) => {
      const same = Object.is(out[2 * k], r * cos(theta)) && Object.is(out[2 * k + 1], r * sin(theta));
      if (!same && off.length < 5) off.push(`r ${r}, θ ${theta}: ${out[2 * k]}, ${out[2 * k + 1]} vs ${r * cos(theta)}, ${r * sin(theta)}`);
    });
    return off;
  }

  test("logOfWord(m) is log(m·2^-32) for two million random words", () => {
    expect(logMismatches(Array.from({length: 2_000_000}, () => word() || 1))).toEqual([]);
  });

  test("logOfWord at its edges: every power of two and its neighbours, near 1, and where fdlibm switches (hx at √2, 0x6147a, 0x6b851)", () => {
    const edges: number[] = [1, 2, 3, 2 ** 32 - 1, 2 ** 32 - 2];
    for (let z = 0; z < 32; z++) {
      const top = 2 ** (31 - z); // the leading 1 of m at bit 31 − z
      for (let j = -3; j <= 3; j++) edges.push(top + j, 2 * top + j);
      // mantissa fields hx (top 20 bits below the leading 1) where fdlibm branches; m's lower bits filled both ways
      for (const hx of [0, 1, 2, 0xffffd, 0xffffe, 0xfffff, 0x6a09b, 0x6a09c, 0x6a09d, 0x6147a, 0x6147b, 0x6b850, 0x6b851]) {
        const shift = 11 - z; // hx sits at bits 30..11 of m << z
        const base = top + (shift >= 0 ? hx * 2 ** shift : Math.floor(hx / 2 ** -shift));
        edges.push(base, base + 2 ** Math.max(0, shift) - 1);
      }
    }
    expect(logMismatches(edges.filter((m) => m >= 1 && m < 2 ** 32))).toEqual([]);
  });

  test("logOfWord on every word near a power of two (fdlibm's |f| < 2^-20 formula: 12,306 words, 4 of which its polynomial would miss)", () => {
    const near: number[] = [];
    for (let z = 0; z < 32; z++) {
      for (const hx of [0xffffe, 0xfffff, 0]) {
        for (let low = 0; low < 2048; low += 2 ** Math.min(z, 11)) {
          const shifted = 2 ** 31 + hx * 2048 + low; // m << z, whose low z bits are 0
          if (shifted % 2 ** z === 0) near.push(shifted / 2 ** z);
        }
      }
    }
    expect(near.length).toBe(12_306);
    expect(logMismatches(near)).toEqual([]);
  });

  test("logOfWord on every word of top bit 31 and 24 whose hx is where fdlibm's polynomial switches formula (0x6147a, 0x6b851, ±1)", () => {
    const words: number[] = [];
    for (const hx of [0x61479, 0x6147a, 0x6147b, 0x6b850, 0x6b851, 0x6b852]) {
      for (let low = 0; low < 2048; low++) words.push(2 ** 31 + hx * 2048 + low, 2 ** 24 + Math.floor((hx * 2048 + low) / 128));
    }
    expect(logMismatches(words)).toEqual([]);
  });

  test("logOfWord agrees on any word (fast-check)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 2 ** 32 - 1}), (m) => logMismatches([m]).length === 0), {numRuns: 20_000});
  });

  test("polarPairs gives r·cos θ and r·sin θ for two million angles 2π·m·2^-32 (Box–Muller's)", () => {
    const inputs = Array.from({length: 2_000_000}, (): [number, number] => [Math.sqrt(-2 * log((word() || 1) * 2 ** -32)), 2 * Math.PI * (word() * 2 ** -32)]);
    expect(polarMismatches(inputs)).toEqual([]);
  });

  test("polarPairs gives the same bits for any double angle in [0, 2π) and any radius (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({noNaN: true, noDefaultInfinity: true}), fc.double({min: 0, max: 2 * Math.PI, maxExcluded: true, noNaN: true})), {maxLength: 200}), (inputs) => polarMismatches(inputs).length === 0),
      {numRuns: 2000}
    );
  });

  test("polarPairs on 20,000 random angles inside each band of one high word where fdlibm's kernels or reduction switch", () => {
    // kernelCos: 0.3 (0x3fd33333) and 0.78125 (0x3fe90000/1); quarterPi; 3π/4; 2^-27; the bands of n·π/2
    const highs = [0x3fd33332, 0x3fd33333, 0x3fe90000, 0x3fe90001, 0x3fe921fb, 0x3fe921fc, 0x4002d97b, 0x4002d97c, 0x3e3fffff, 0x3e400000, 0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb];
    const inputs = highs.flatMap((h) => Array.from({length: 20_000}, (): [number, number] => [1.25, fromWords(h, word())]));
    expect(polarMismatches(inputs.filter(([, x]) => x < 2 * Math.PI))).toEqual([]);
  });

  test("polarPairs at fdlibm's thresholds: around n·π/2 (1 to 2^33 ulp away, the bands' edges), π/4, 3π/4, 2^-27, 0, below 2π", () => {
    const angles: number[] = [0, Number.MIN_VALUE, 2 ** -27, ulps(2 ** -27, -1), ulps(2 ** -27, 1), 2 ** -17, ulps(2 * Math.PI, -1), ulps(2 * Math.PI, -2)];
    for (let n = 1; n <= 4; n++) {
      const axis = (n * Math.PI) / 2;
      for (const k of [0, 1, 2, 3, 10, 1000, 2 ** 20, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 33]) angles.push(ulps(axis, k), ulps(axis, -k));
      bits[0] = axis;
      const high = words[1];
      for (const h of [high, high + 1]) angles.push(fromWords(h, 0), ulps(fromWords(h, 0), -1), ulps(fromWords(h, 0), 1)); // the band [h, h + 1)
    }
    for (const h of [0x3fe921fb, 0x3fe921fc, 0x4002d97b, 0x4002d97c, 0x3e400000, 0x3fd33333, 0x3fe90000, 0x3fe90001]) {
      for (const k of [-2, -1, 0, 1, 2]) angles.push(ulps(fromWords(h, 0), k));
    }
    for (let j = 1; j <= 8; j += 2) for (const k of [-2, -1, 0, 1, 2]) angles.push(ulps((j * Math.PI) / 4, k)); // where n changes
    const inputs = angles.filter((x) => x >= 0 && x < 2 * Math.PI).flatMap((x): Array<[number, number]> => [[1, x], [1.7, x], [-0.3, x], [0, x]]);
    expect(inputs.length).toBeGreaterThan(500);
    expect(polarMismatches(inputs)).toEqual([]);
  });
});
