/**
 * Box–Muller pairs drawn straight from an alea state, the hot path of `gaussianPairs(...).fill`:
 * the numbers its general path gives (r = √(−2 ln u), then r·cos 2πv and r·sin 2πv, u redrawn
 * while u = 0), with the state in integer locals for the whole call (aleaWords.ts: the same draws
 * as `nextAlea`) and the logarithm read from the integer draw (math/log.ts `logOfWord`); a second
 * pass turns each (r, 2πv) into its pair (math/trig.ts `polarPairs`). Two short loops, because V8 inlines a
 * limited amount of code into one function: one loop doing all would call the trigonometry as a
 * function, with r boxed on the heap for every pair.
 */
import {aleaCarry, aleaWord, numberOf, wordOf} from "./aleaWords.js";
import {logOfWord} from "./math/log.js";
import {polarPairs} from "./math/trig.js";

/** 2π·2^-32: v·(2π·2^-32) is 2π·(v·2^-32) to the bit, both scalings by 2^-32 being exact. */
const turn = 2 * Math.PI * 2 ** -32;

/**
 * Fills out[from..to) (to − from even) with Box–Muller pairs, cosine half first, advancing the
 * alea state [s0, s1, s2, c] (see random.ts `aleaState`) by two draws a pair (more when u = 0).
 */
export function boxMullerAlea(state: Float64Array, out: Float64Array, from: number, to: number): void {
  let a = wordOf(state[0]);
  let b = wordOf(state[1]);
  let d = wordOf(state[2]);
  let c = state[3] | 0;
  for (let k = from; k < to; k += 2) {
    let u: number;
    do {
      u = aleaWord(a, c);
      c = aleaCarry(a, c, u);
      a = b;
      b = d;
      d = u;
    } while (u === 0); // u = 0·2^-32 ≤ Number.MIN_VALUE: the general path draws again
    const v = aleaWord(a, c);
    c = aleaCarry(a, c, v);
    a = b;
    b = d;
    d = v;
    out[k] = Math.sqrt(-2 * logOfWord(u));
    out[k + 1] = (v >>> 0) * turn;
  }
  state[0] = numberOf(a);
  state[1] = numberOf(b);
  state[2] = numberOf(d);
  state[3] = c;
  polarPairs(out, from, to);
}
