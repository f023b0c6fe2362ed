/**
 * Polar to Cartesian for angles in [0, 2π), Box–Muller's last step: pairs (r, θ) become
 * (r·cos θ, r·sin θ) with the bits of `r * cos(θ)` and `r * sin(θ)` (the portable fdlibm functions
 * of trig.ts), at a fraction of their cost. Why the bits are the same:
 *
 * - For θ ∈ [0, 2π), fdlibm's n = round(θ·2/π) is 0..4 and its quick reduction (head, tail) of
 *   θ − n·π/2 is one formula for every n: with n = 0 it gives head = θ and tail = +0 exactly, and
 *   with n = 1 it is fdlibm's |x| < 3π/4 branch (n·pio2_1 = pio2_1 exactly). fdlibm leaves that
 *   formula only where the high word of θ is that of n·π/2 (bands of 2^32 ulp, at most 2^-18 wide,
 *   where it reduces more precisely), for n = 1 below its quarterPi bound (it then takes the kernels
 *   unreduced), and where the reduced head is below 2^-27 (the kernels' shortcuts). All these
 *   angles, and a few more (|head| < 2^-17: about one in 10^5), go to trig.ts's `sinCos`.
 * - kernelCos(θ, 0), fdlibm's n = 0 call, is kernelCos(head, tail) with tail = +0 (θ·0 = +0, and
 *   z·r − 0 is z·r). kernelSin differs with and without a tail, so n = 0 takes its own formula.
 * - The quadrant picks ±sin or ±cos of (head, tail) by factors 0 and 1 (k·1 + k'·0 is k exactly:
 *   the kernels are finite and nonzero here) and the sign by ±1 (exact), folded into r: (±r)·k is
 *   ±(r·k), rounding being symmetric. No branch on the random quadrant.
 */
import {invPio2, kernelCos, kernelSin, pio2_1, pio2_1t, quarterPi, sinCos} from "./trig.js";

const sc = new Float64Array(2);

/**
 * Replaces each pair (out[k], out[k + 1]) = (r, θ), θ ∈ [0, 2π), k = from, from + 2, … below `to`,
 * by (r·cos θ, r·sin θ): the numbers r * cos(θ) and r * sin(θ) of trig.ts give.
 */
export function polarPairs(out: Float64Array, from: number, to: number): void {
  // imported constants and functions in locals: in the loop they would be checked on every use
  const [toN, pio2, pio2t, unreduced, cosine, sine] = [invPio2, pio2_1, pio2_1t, quarterPi, kernelCos, kernelSin];
  for (let k = from; k < to; k += 2) {
    const r = out[k];
    const x = out[k + 1];
    const n = (x * toN + 0.5) | 0;
    const w = n * pio2t;
    const t = x - n * pio2;
    const head = t - w;
    const tail = (t - head) - w;
    if (Math.abs(head) < nearAxis || +(x < unreduced) * n !== 0) {
      polarSlow(out, k);
      continue;
    }
    const c = cosine(head, tail);
    const s = sine(head, tail, n !== 0);
    const odd = n & 1;
    const even = 1 - odd;
    // quadrant n & 3: sin is s, c, −s, −c and cos is c, −s, −c, s
    out[k] = r * (1 - ((n + 1) & 2)) * (c * even + s * odd);
    out[k + 1] = r * (1 - (n & 2)) * (s * even + c * odd);
  }
}

/**
 * 2^-17: every θ < 2π whose high word is that of n·π/2 (n = 1..4, below 2^3) lies within 2^32 ulp
 * ≤ 2^32·2^-50 = 2^-18 of it, so its head is below this; so is every head below 2^-27.
 */
const nearAxis = 2 ** -17;

/** One pair (r, θ) at out[k] through trig.ts's general `sinCos`. */
function polarSlow(out: Float64Array, k: number): void {
  sinCos(out[k + 1], sc);
  out[k + 1] = out[k] * sc[0];
  out[k] = out[k] * sc[1];
}
