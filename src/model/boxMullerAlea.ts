/**
 * Box–Muller pairs drawn straight from an alea state, the hot path of `gaussianPairs(...).fill`:
 * the numbers its general path gives (r = √(−2 ln u), then r·cos 2πv and r·sin 2πv, u redrawn
 * while u = 0), in two short passes over the output: the radius and angle of each pair, from alea
 * run in 32-bit integers with its state in local variables (the logarithm read from the integer
 * draw: math/log.ts `logOfWord`), then the sine and cosine (math/trig.ts `polarPairs`). Two loops
 * in two functions, because V8 inlines a limited amount of code into one function: one loop doing
 * all would call the trigonometry as a function.
 *
 * Alea in integers gives the draws of `nextAlea` (random.ts). Why:
 *
 * Every number of an alea state [s0, s1, s2] is a whole multiple of 2^-32 in [0, 1): Mash gives
 * (n >>> 0)·2^-32, the seeding subtracts two such numbers and adds 1 when the difference is
 * negative (exact: multiples of 2^-32 below 1 in magnitude fit in 53 bits), and each step keeps it
 * so (below). The carry c is a whole number below 2^21. With s0 = a·2^-32 (a < 2^32 whole), the
 * step's t = 2091639·s0 + c·2^-32 = (2091639·a + c)·2^-32 is exact, 2091639·a + c < 2^21·2^32 = 2^53;
 * its whole part (t | 0, t < 2^21) is the next carry and t − (t | 0) (exact) the draw. So with
 * P = 2091639·a: the draw is ((P + c) mod 2^32)·2^-32 and the carry ⌊(P + c)/2^32⌋. With
 * lo = P mod 2^32 (Math.imul keeps the low 32 bits of the product) and hi = ⌊P/2^32⌋:
 *   draw word = (lo + c) mod 2^32,   carry = hi + [lo + c ≥ 2^32],
 * and hi = ⌊a·(2091639·2^-32)⌋: 2091639·2^-32 is a double, and a·2091639 < 2^53 makes the product
 * exact, so truncating it is exact too. The carry out of lo + c is the top bit of
 * (lo ∧ c) ∨ ((lo ∨ c) ∧ ¬sum), the adder's rule, without a comparison or a branch. The carry
 * chain from draw to draw is then a few integer operations, where the double step has a multiply,
 * an add and two conversions.
 */

import {logOfWord} from "./math/log.js";
import {polarPairs} from "./math/trig.js";
import {boxMullerWasm, fillFromWasm} from "./wasm/boxMullerWasm.js";

/**
 * Fills out[from..to) (to − from even) with Box–Muller pairs, cosine half first, advancing the
 * alea state [s0, s1, s2, c] (see random.ts `aleaState`) by two draws a pair (more when u = 0):
 * through WebAssembly where the engine has it (wasm/boxMullerWasm.ts), else in JS; the same bits.
 */
export function boxMullerAlea(state: Float64Array, out: Float64Array, from: number, to: number): void {
  const wasm = boxMullerWasm();
  if (wasm === null) boxMullerAleaJs(state, out, from, to);
  else fillFromWasm(wasm, state, out, from, to);
}

/** Which path `boxMullerAlea` takes on this engine now: "wasm" or "js". */
export function boxMullerPath(): "wasm" | "js" {
  return boxMullerWasm() === null ? "js" : "wasm";
}

/** `boxMullerAlea` in JS: two loops, the radii and angles, then the sines and cosines. */
export function boxMullerAleaJs(state: Float64Array, out: Float64Array, from: number, to: number): void {
  radiiAndAngles(state, out, from, to);
  polarPairs(out, from, to);
}

/**
 * Pairs (r, θ) = (√(−2 ln u), 2π·v) into out[from..to) from the next draws u, v of the alea state,
 * the general path's numbers: u = 0 is drawn again (the general path's u ≤ Number.MIN_VALUE);
 * v·(2π·2^-32) is 2 * Math.PI * (v·2^-32) to the bit, both scalings by 2^-32 being exact.
 */
function radiiAndAngles(state: Float64Array, out: Float64Array, from: number, to: number): void {
  let a = (state[0] * 4294967296) | 0; // the words: s·2^32 as int32 bits
  let b = (state[1] * 4294967296) | 0;
  let d = (state[2] * 4294967296) | 0;
  let c = state[3] | 0;
  for (let k = from; k < to; k += 2) {
    let u: number;
    do {
      u = word(a, c);
      c = carry(a, c, u);
      a = b;
      b = d;
      d = u;
    } while (u === 0);
    const v = word(a, c);
    c = carry(a, c, v);
    a = b;
    b = d;
    d = v;
    out[k] = Math.sqrt(-2 * logOfWord(u));
    out[k + 1] = (v >>> 0) * 1.4629180792671596e-9; // 2π·2^-32
  }
  state[0] = (a >>> 0) * 2.3283064365386963e-10; // 2^-32
  state[1] = (b >>> 0) * 2.3283064365386963e-10;
  state[2] = (d >>> 0) * 2.3283064365386963e-10;
  state[3] = c;
}

/** The next draw as a word (int32 bits of m; the draw is (m >>> 0)·2^-32), from the word three draws back and the carry c. */
function word(back3: number, c: number): number {
  return (Math.imul(2091639, back3) + c) | 0;
}

/** The carry after the draw `next` = word(back3, c): ⌊2091639·back3·2^-32⌋ plus the carry out of lo + c. */
function carry(back3: number, c: number, next: number): number {
  const lo = Math.imul(2091639, back3);
  return (((back3 >>> 0) * 0.0004869976546615362 /* 2091639·2^-32, exact */) | 0) + (((lo & c) | ((lo | c) & ~next)) >>> 31);
}
