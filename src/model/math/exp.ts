/**
 * e^x as fdlibm computes it (e_exp.c: x = k·ln2 + r with |r| ≤ ln2/2, then a degree-5 rational
 * approximation of e^r, scaled by 2^k), in plain double arithmetic, so that every JavaScript
 * engine gives the same bits (V8 returns Math.E for exp(1), and so does this).
 *
 * fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
import {highWord, lowWord, powerOfTwo} from "./bits.js";

const overflow = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
const underflow = -7.45133219101941108420e+02; // 0xC0874910 D52D3051
const ln2Hi = [6.93147180369123816490e-01, -6.93147180369123816490e-01]; // ±0x3FE62E42 FEE00000
const ln2Lo = [1.90821492927058770002e-10, -1.90821492927058770002e-10]; // ±0x3DEA39EF 35793C76
const half = [0.5, -0.5];
const invLn2 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE
const p1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
const p2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
const p3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
const p4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
const p5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0
const twoM1000 = 9.33263618503218878990e-302; // 2^-1000
const two1023 = 8.988465674311579539e307; // 2^1023

/** e^x, within 1 ulp; identical bits on every engine. */
export function exp(x: number): number {
  const high = highWord(x);
  const sign = (high >>> 31) & 1;
  const hx = high & 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78..., or not finite
    if (hx >= 0x7ff00000) return ((hx & 0xfffff) | lowWord(x)) !== 0 ? x + x : sign === 0 ? x : 0;
    if (x > overflow) return Infinity;
    if (x < underflow) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: reduce
    if (hx < 0x3ff0a2b2) {
      if (x === 1.0) return Math.E;
      hi = x - ln2Hi[sign];
      lo = ln2Lo[sign];
      k = 1 - sign - sign;
    } else {
      k = (invLn2 * x + half[sign]) | 0;
      hi = x - k * ln2Hi[0];
      lo = k * ln2Lo[0];
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const twoPk = powerOfTwo(k >= -1021 ? Math.min(k, 1023) : k + 1000);
  const c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) return k === 1024 ? y * 2.0 * two1023 : y * twoPk;
  return y * twoPk * twoM1000;
}
