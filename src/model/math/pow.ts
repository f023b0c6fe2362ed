/**
 * x^y as fdlibm computes it (e_pow.c: log2 x in two pieces with extra precision, y·log2 x split
 * as n + y', then 2^n·exp(y'·ln2)), in plain double arithmetic, so that every JavaScript engine
 * gives the same bits; the special cases follow ECMAScript's Math.pow (a NaN exponent gives NaN,
 * ±1 to an infinite power is NaN).
 *
 * fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
import {highWord, lowWord, withHighWord, withLowWord} from "./bits.js";
import {log2Parts} from "./log2Parts.js";

const lg2 = 6.93147180559945286227e-01; // 0x3FE62E42 FEFA39EF
const lg2H = 6.93147182464599609375e-01; // 0x3FE62E43 00000000
const lg2L = -1.90465429995776804525e-09; // 0xBE205C61 0CA86C39
const ovt = 8.0085662595372944372e-17; // −(1024 − log2(overflow + ½ulp))
const p1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
const p2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
const p3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
const p4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
const p5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0

/** Whether y is an integer: 0 no, 1 odd, 2 even (only needed when x < 0). */
function integerKind(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y) >= 2 ** 53 || y % 2 === 0 ? 2 : 1;
}

/** x^y, nearly rounded; identical bits on every engine. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const ax = Math.abs(x);
  if (!Number.isFinite(y)) return ax === 1 ? NaN : (ax > 1) === (y > 0) ? Infinity : 0;
  if (y === 1) return x;
  if (y === -1) return 1 / x;
  if (y === 2) return x * x;
  if (y === 0.5 && (x > 0 || Object.is(x, 0))) return Math.sqrt(x);
  const kind = x < 0 || Object.is(x, -0) ? integerKind(y) : 0;
  if (ax === 0 || ax === Infinity || ax === 1) {
    let z = y < 0 ? 1 / ax : ax;
    if (x < 0 || Object.is(x, -0)) {
      if (ax === 1 && kind === 0) z = NaN;
      else if (kind === 1) z = -z;
    }
    return z;
  }
  if (x < 0 && kind === 0) return NaN;
  const sign = x < 0 && kind === 1 ? -1 : 1;
  const [t1, t2] = log2Parts(ax, y);
  if (t1 === Infinity) return sign * Infinity;
  if (t1 === 0 && t2 === -Infinity) return sign * 0;
  // y·log2|x| = pH + pL, with y split into y1 (high 21 bits) + the rest
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  const z = pL + pH;
  const j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0 || pL + ovt > z - pH) return sign * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (((j - 0xc090cc00) | i) !== 0 || pL <= z - pH) return sign * 0;
  }
  return sign * twoToThe(pH, pL, j);
}

/** 2^(pH + pL), with j the high word of pH + pL (|pH + pL| < 1075). */
function twoToThe(pH: number, pL: number, j: number): number {
  const i = j & 0x7fffffff;
  let k = (i >> 20) - 0x3ff;
  let n = 0;
  if (i > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = withHighWord(0, n & ~(0x000fffff >> k));
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * lg2H;
  const v = (pL - (t - pH)) * lg2 + t * lg2L;
  let z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const t1 = z - tt * (p1 + tt * (p2 + tt * (p3 + tt * (p4 + tt * p5))));
  const r = (z * t1) / ((t1 - 2) - (w + z * w));
  z = 1 - (r - z);
  const high = (highWord(z) + (n << 20)) | 0;
  if (high >> 20 <= 0) return z * 2 ** (n + 54) * 2 ** -54; // subnormal result: scalbn, rounded once
  return withHighWord(z, high);
}
