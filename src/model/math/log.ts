/**
 * The natural logarithm as fdlibm computes it (e_log.c: argument reduction to 2^k·(1+f) with
 * √2/2 < 1+f < √2, then a degree-14 polynomial in s = f/(2+f)), in plain double arithmetic, so
 * that every JavaScript engine gives the same bits. Node 20's V8 computes Math.log this way;
 * newer engines use other libraries whose last bit can differ.
 *
 * fdlibm returns f − A where k = 0 and k·ln2_hi − ((A − k·ln2_lo) − f) elsewhere; with k = 0 the
 * second is 0 − ((A − 0) − f) = −(A − f), which is f − A to the bit (rounding to nearest is
 * symmetric, and 0 − (+0) is +0 like f − f): one formula, no branch on k, which is as random as
 * the argument (a mispredicted branch cost a third of the function).
 *
 * fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
import {highWord, lowWord, powerOfTwo} from "./bits.js";

const ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42 FEE00000
const ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const two54 = 1.80143985094819840000e+16; // 0x43500000 00000000
const lg1 = 6.666666666666735130e-01; // 0x3FE55555 55555593
const lg2 = 3.999999999940941908e-01; // 0x3FD99999 9997FA04
const lg3 = 2.857142874366239149e-01; // 0x3FD24924 94229359
const lg4 = 2.222219843214978396e-01; // 0x3FCC71C5 1D8E78AF
const lg5 = 1.818357216161805012e-01; // 0x3FC74664 96CB03DE
const lg6 = 1.531383769920937332e-01; // 0x3FC39A09 D078C69F
const lg7 = 1.479819860511658591e-01; // 0x3FC2F112 DF3E5244

/** ln x, within 1 ulp; −∞ at ±0, NaN below 0, identical bits on every engine. */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // zero, negative or subnormal
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= two54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  const e = hx >> 20;
  k += e - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // fdlibm sets the exponent field to 0x3ff (or 0x3fe): the same as an exact scaling by a power of two
  x *= powerOfTwo(1023 - e - (i >> 20)); // x or x/2, in [√2/2, √2)
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    const dk = k;
    if (f === 0) return dk * ln2Hi + dk * ln2Lo;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return dk * ln2Hi - ((r - dk * ln2Lo) - f);
  }
  return logOfReduced(k, hx, f);
}

/**
 * ln(2^k·(1 + f)) by fdlibm's polynomial, for the reduced argument of `log`: k whole, f = x·2^-k − 1
 * with √2/2 < 1 + f < √2, hx the top 20 bits of x's mantissa (below the leading 1), outside fdlibm's
 * |f| < 2^-20 case (0x000fffff & (2 + hx) ≥ 3).
 */
export function logOfReduced(k: number, hx: number, f: number): number {
  const dk = k;
  const s = f / (2.0 + f);
  const z = s * s;
  let i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (lg2 + w * (lg4 + w * lg6));
  const t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f);
  }
  return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f);
}

/**
 * ln(m·2^-32) for a whole m from 1 to 2^32 − 1 (passed as its 32 bits: m | 0 or m >>> 0), the
 * logarithm of a uniform draw held as an integer: the bits of `log(m * 2 ** -32)`, with fdlibm's
 * reduction read from m instead of from the double's words. u = m·2^-32 lies in
 * [2^(−1−z), 2^−z) for z = clz32(m), so its exponent is −1 − z; the mantissa bits below its leading
 * 1 are those of m << z (no bit lost) below bit 31, and the top 20 of them (hx) are bits 30..11.
 * Scaling u to [√2/2, √2) by 2^(1+z−i) (i: 1 when fdlibm halves) gives (m << z)·2^(−31−i), exact
 * like fdlibm's exponent write (2^-32·(2 − i) is that power of two); k = −1 − z + i. The rare
 * |f| < 2^-20 case goes through `log` itself.
 */
export function logOfWord(m: number): number {
  const z = Math.clz32(m);
  const hx = ((m << z) >>> 11) & 0x000fffff;
  const i = ((hx + 0x95f64) & 0x100000) >> 20;
  if ((0x000fffff & (2 + hx)) < 3) return log((m >>> 0) * 2.3283064365386963e-10);
  return logOfReduced(i - 1 - z, hx, ((m << z) >>> 0) * (2.3283064365386963e-10 * (2 - i)) - 1.0);
}
