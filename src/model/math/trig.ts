/**
 * Sine and cosine as fdlibm computes them (s_sin.c, s_cos.c, k_sin.c, k_cos.c and the
 * medium-size branch of e_rem_pio2.c: reduction by 33+53-bit, 2×33+53-bit or 3×33+53-bit π/2),
 * in plain double arithmetic, so that every JavaScript engine gives the same bits. Arguments
 * beyond 2^19·π/2 (about 823,550), which need fdlibm's long reduction, fall back to Math.sin
 * and Math.cos; the engine only takes sines and cosines of angles in [0, 2π).
 *
 * fdlibm tests the high word of x (|x| ≤ H); for a finite non-negative double that is the same
 * as |x| < the double whose high word is H + 1 and low word 0, so the hot paths compare numbers
 * (the bounds below) and read bits only in the rare cases where the reduction may cancel. Where
 * fdlibm branches on something as random as the angle (which formula, which quadrant), the code
 * here computes one formula that gives the same bits in every case, or picks by index: a
 * mispredicted branch cost more than the rest of the kernel.
 *
 * fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
import {fromWords, highWord} from "./bits.js";

const s1 = -1.66666666666666324348e-01; // 0xBFC55555 55555549
const s2 = 8.33333333332248946124e-03; // 0x3F811111 1110F8A6
const s3 = -1.98412698298579493134e-04; // 0xBF2A01A0 19C161D5
const s4 = 2.75573137070700676789e-06; // 0x3EC71DE3 57B1FE7D
const s5 = -2.50507602534068634195e-08; // 0xBE5AE5E6 8A2B9CEB
const s6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C
const c1 = 4.16666666666666019037e-02; // 0x3FA55555 5555554C
const c2 = -1.38888888888741095749e-03; // 0xBF56C16C 16C15177
const c3 = 2.48015872894767294178e-05; // 0x3EFA01A0 19CB1590
const c4 = -2.75573143513906633035e-07; // 0xBE927E4F 809C52AD
const c5 = 2.08757232129817482790e-09; // 0x3E21EE9E BDB4B1C4
const c6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

const invPio2 = 6.36619772367581382433e-01; // 0x3FE45F30 6DC9C883
const pio2_1 = 1.57079632673412561417e+00; // 0x3FF921FB 54400000: first 33 bits of π/2
const pio2_1t = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331: π/2 − pio2_1
const pio2_2 = 6.07710050630396597660e-11; // 0x3DD0B461 1A600000: second 33 bits
const pio2_2t = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
const pio2_3 = 2.02226624871116645580e-21; // 0x3BA3198A 2E000000: third 33 bits
const pio2_3t = 8.47842766036889956997e-32; // 0x397B839A 252049C1
/** |x| < this ⇔ fdlibm's test high word of |x| < h. */
const below = (h: number) => fromWords(h, 0);
const tiny = below(0x3e400000); // 2^-27
const point3 = below(0x3fd33333); // cos: |x| < 0.3
const above78125 = below(0x3fe90001); // cos: high word > 0x3fe90000
const quarterPi = below(0x3fe921fc); // high word ≤ 0x3fe921fb: |x| ≲ π/4
const threeQuarterPi = below(0x4002d97c);
const halfPiLow = below(0x3ff921fb); // the doubles whose high word is π/2's
const halfPiHigh = below(0x3ff921fc);
const longArgument = below(0x413921fc); // high word > longReduction

/** High words of n·π/2 for n = 1..32: where the quick reduction may cancel. */
const npio2Hw = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
  0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
  0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
  0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb
];
/** The doubles whose high word is npio2Hw[k] are those in [npio2Low[k], npio2High[k]). */
const npio2Low = Float64Array.from(npio2Hw, below);
const npio2High = Float64Array.from(npio2Hw, (h) => below(h + 1));

/** sin(x + y) for |x| ≤ π/4, y the tail of x (ignored when `tail` is false): fdlibm's __kernel_sin. */
function kernelSin(x: number, y: number, tail: boolean): number {
  if (Math.abs(x) < tiny) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)));
  return tail ? x - ((z * (0.5 * y - v * r) - y) - v * s1) : x + v * (s1 + z * r);
}

/** cos(x + y) for |x| ≤ π/4, y the tail of x: fdlibm's __kernel_cos. */
function kernelCos(x: number, y: number): number {
  const ax = Math.abs(x);
  if (ax < tiny) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))));
  // For 0.3 ≤ |x| ≤ 0.78125, qx is |x|/4 with the low 32 bits of the mantissa cleared (fdlibm's
  // INSERT_WORDS(qx, ix − 2^21, 0)), by exact scalings: the exponent of |x| is −2 or −1 (half = 1
  // when |x| ≥ 0.5), so qx is trunc(|x|·2^22)·2^-24 or trunc(|x|·2^21)·2^-23; 2^22 − 2^21·half and
  // 2^-24·(1 + half) are those powers of two exactly. Below 0.3 fdlibm returns
  // 1 − (0.5·z − (z·r − x·y)), which is what the formula gives with qx = 0 (1 − 0 and 0.5·z − 0 are
  // exact): qx is 0 there, by a factor 0 or 1, not a branch.
  const half = +(ax >= 0.5);
  const qx = ax >= above78125 ? 0.28125 : +(ax >= point3) * (Math.trunc(ax * (4194304 - 2097152 * half)) * (5.9604644775390625e-8 * (1 + half)));
  return (1 - qx) - ((0.5 * z - qx) - (z * r - x * y));
}

/** The reduced argument: [head, tail] of x − n·π/2 (a typed array: no context-slot checks in the hot path). */
const reduced = new Float64Array(2);

/** x − n·π/2 as head + tail (in `reduced`), for |x| ≤ 2^19·π/2; n is returned. */
function reduce(x: number): number {
  let head: number;
  let tail: number;
  const t0 = Math.abs(x);
  if (t0 < threeQuarterPi) {
    // |x| < 3π/4: n = ±1
    const sign = x > 0 ? 1 : -1;
    let z = x - sign * pio2_1;
    if (t0 < halfPiLow || t0 >= halfPiHigh) {
      head = z - sign * pio2_1t;
      tail = (z - head) - sign * pio2_1t;
    } else {
      z -= sign * pio2_2;
      head = z - sign * pio2_2t;
      tail = (z - head) - sign * pio2_2t;
    }
    reduced[0] = head;
    reduced[1] = tail;
    return sign;
  }
  const n = (t0 * invPio2 + 0.5) | 0;
  const fn = n;
  let r = t0 - fn * pio2_1;
  let w = fn * pio2_1t;
  head = r - w;
  if (!(n < 32 && (t0 < npio2Low[n - 1] || t0 >= npio2High[n - 1]))) {
    const j = (highWord(x) & 0x7fffffff) >> 20;
    if (j - ((highWord(head) >> 20) & 0x7ff) > 16) {
      let t = r;
      w = fn * pio2_2;
      r = t - w;
      w = fn * pio2_2t - ((t - r) - w);
      head = r - w;
      if (j - ((highWord(head) >> 20) & 0x7ff) > 49) {
        t = r;
        w = fn * pio2_3;
        r = t - w;
        w = fn * pio2_3t - ((t - r) - w);
        head = r - w;
      }
    }
  }
  tail = (r - head) - w;
  reduced[0] = x < 0 ? -head : head;
  reduced[1] = x < 0 ? -tail : tail;
  return x < 0 ? -n : n;
}

/** sin x, identical bits on every engine for |x| ≤ 2^19·π/2. */
export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax < quarterPi) return kernelSin(x, 0, false);
  if (!(ax < Infinity)) return NaN;
  if (ax >= longArgument) return Math.sin(x); // beyond 2^19·π/2: fdlibm's long reduction
  return sineOfQuadrant(reduce(x));
}

/** cos x, identical bits on every engine for |x| ≤ 2^19·π/2. */
export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax < quarterPi) return kernelCos(x, 0);
  if (!(ax < Infinity)) return NaN;
  if (ax >= longArgument) return Math.cos(x); // beyond 2^19·π/2: fdlibm's long reduction
  return sineOfQuadrant(reduce(x) + 1); // cos x = sin(x + π/2): one quadrant on
}

/** sin(n·π/2 + r) for the reduced argument r = reduced[0] + reduced[1]. */
function sineOfQuadrant(n: number): number {
  const head = reduced[0];
  const tail = reduced[1];
  switch (n & 3) {
    case 0: return kernelSin(head, tail, true);
    case 1: return kernelCos(head, tail);
    case 2: return -kernelSin(head, tail, true);
    default: return -kernelCos(head, tail);
  }
}

/**
 * sin x into out[0] and cos x into out[1]: the bits `sin` and `cos` give, with one reduction of
 * x for both (Box–Muller takes both of one angle).
 */
export function sinCos(x: number, out: Float64Array): void {
  const ax = Math.abs(x);
  if (ax < quarterPi) {
    out[0] = kernelSin(x, 0, false);
    out[1] = kernelCos(x, 0);
  } else if (!(ax < Infinity)) {
    out[0] = out[1] = NaN;
  } else if (ax >= longArgument) {
    out[0] = Math.sin(x);
    out[1] = Math.cos(x);
  } else {
    // quadrant n: sin is s, c, −s, −c and cos c, −s, −c, s; picked by index and sign (×±1 is exact)
    const n = reduce(x) & 3;
    both[0] = kernelSin(reduced[0], reduced[1], true);
    both[1] = kernelCos(reduced[0], reduced[1]);
    out[0] = both[n & 1] * sinSign[n];
    out[1] = both[(n & 1) ^ 1] * cosSign[n];
  }
}

const both = new Float64Array(2);
const sinSign = Float64Array.of(1, 1, -1, -1);
const cosSign = Float64Array.of(1, -1, -1, 1);

/**
 * Box–Muller's last step: replaces each pair (out[k], out[k + 1]) = (r, θ), θ ∈ [0, 2π), for
 * k = from, from + 2, … below `to`, by the numbers r * cos(θ) and r * sin(θ) give, at a fraction of
 * their cost (here, beside fdlibm's constants: V8 folds a module's own constants, not imported ones).
 * Why the bits are the same:
 * - For θ ∈ [0, 2π), n = round(θ·2/π) is 0..4 and the quick reduction (head, tail) of θ − n·π/2 is
 *   one formula for every n: with n = 0 it gives head = θ, tail = +0 exactly, and with n = 1 it is
 *   `reduce`'s |x| < 3π/4 branch (n·pio2_1 = pio2_1 exactly). fdlibm leaves that formula only where
 *   θ's high word is n·π/2's (bands of 2^32 ulp ≤ 2^-18 wide: there |head| < 2^-17), where the head
 *   is below 2^-27 (the kernels' shortcuts) and for n = 1 below quarterPi (no reduction); those
 *   angles, about one in 10^5, take `sinCos`.
 * - kernelCos(θ, 0), fdlibm's n = 0 call, is kernelCos(head, +0); kernelSin takes its tail only for n ≠ 0.
 * - The quadrant picks ±sin or ±cos by factors 0 and 1 (k·1 + k'·0 is k exactly, the kernels being
 *   finite and nonzero) and the sign by ±1, folded into r ((±r)·k is ±(r·k)): no branch on it.
 */
export function polarPairs(out: Float64Array, from: number, to: number): void {
  for (let k = from; k < to; k += 2) polarPair(out, k);
}

/** sin and cos of a rare angle of `polarPairs` (not `both`, which `sinCos` uses itself). */
const rare = new Float64Array(2);

/** One pair of `polarPairs` (a function of its own: inlined, it sees this module's constants folded). */
function polarPair(out: Float64Array, k: number): void {
  const r = out[k];
  const x = out[k + 1];
  const n = (x * invPio2 + 0.5) | 0;
  const w = n * pio2_1t;
  const t = x - n * pio2_1;
  const head = t - w;
  const tail = (t - head) - w;
  if (Math.abs(head) < 7.62939453125e-6 || +(x < quarterPi) * n !== 0) {
    // |head| < 2^-17, or n = 1 below quarterPi: fdlibm's other paths, rare
    sinCos(x, rare);
    out[k] = r * rare[1];
    out[k + 1] = r * rare[0];
    return;
  }
  const c = kernelCos(head, tail);
  const s = kernelSin(head, tail, n !== 0);
  const odd = n & 1;
  // quadrant n & 3: sin is s, c, −s, −c and cos is c, −s, −c, s
  out[k] = r * (1 - ((n + 1) & 2)) * (c * (1 - odd) + s * odd);
  out[k + 1] = r * (1 - (n & 2)) * (s * (1 - odd) + c * odd);
}
