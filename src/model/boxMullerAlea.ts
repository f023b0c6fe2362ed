/**
 * Box–Muller pairs drawn straight from an alea state, the hot path of `gaussianPairs(...).fill`:
 * the numbers its general path gives (r = √(−2 ln u), then r·cos 2πv and r·sin 2πv, u redrawn
 * while u = 0), in three short passes over the output: the draws (aleaWords.ts, the state in
 * integer locals), the radius and angle of each pair (the logarithm read from the integer draw,
 * math/log.ts `logOfWord`), and the sine and cosine (math/trig.ts `polarPairs`). Short loops,
 * because V8 inlines a limited amount of code into one function: one loop doing all would call
 * the trigonometry as a function, with r boxed on the heap for every pair.
 */
import {aleaPairs} from "./aleaWords.js";
import {logOfWord} from "./math/log.js";
import {polarPairs} from "./math/trig.js";

/**
 * Fills out[from..to) (to − from even) with Box–Muller pairs, cosine half first, advancing the
 * alea state [s0, s1, s2, c] (see random.ts `aleaState`) by two draws a pair (more when u = 0).
 */
export function boxMullerAlea(state: Float64Array, out: Float64Array, from: number, to: number): void {
  aleaPairs(state, out, from, to);
  for (let k = from; k < to; k += 2) {
    out[k] = Math.sqrt(-2 * logOfWord((out[k] * 4294967296) | 0)); // u·2^32: its word, exactly
    out[k + 1] *= 2 * Math.PI; // the general path's 2 * Math.PI * v
  }
  polarPairs(out, from, to);
}
