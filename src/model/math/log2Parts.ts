/**
 * log2 |x| in two pieces t1 + t2 (t1 with its low 32 bits zero), as fdlibm's pow computes it,
 * for `pow.ts`. Returns [Infinity, 0] or [0, −Infinity] when |y| is so large that x^y must
 * overflow or underflow.
 *
 * fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
import {highWord, withHighWord, withLowWord} from "./bits.js";

const bp = [1.0, 1.5];
const dpH = [0.0, 5.84962487220764160156e-01]; // 0x3FE2B803 40000000
const dpL = [0.0, 1.35003920212974897128e-08]; // 0x3E4CFDEB 43CFD006
const two53 = 9007199254740992.0;
const l1 = 5.99999999999994648725e-01; // 0x3FE33333 33333303
const l2 = 4.28571428578550184252e-01; // 0x3FDB6DB6 DB6FABFF
const l3 = 3.33333329818377432918e-01; // 0x3FD55555 518F264D
const l4 = 2.72728123808534006489e-01; // 0x3FD17460 A91D4101
const l5 = 2.30660745775561754067e-01; // 0x3FCD864A 93C9DB65
const l6 = 2.06975017800338417784e-01; // 0x3FCA7E28 4A454EEF
const cp = 9.61796693925975554329e-01; // 0x3FEEC709 DC3A03FD = 2/(3 ln2)
const cpH = 9.61796700954437255859e-01; // 0x3FEEC709 E0000000
const cpL = -7.02846165095275826516e-09; // 0xBE3E2FE0 145B01F5
const ivln2 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE
const ivln2H = 1.44269502162933349609e+00; // 0x3FF71547 60000000
const ivln2L = 1.92596299112661746887e-08; // 0x3E54AE0B F85DDF44

/** log2 ax (ax finite, > 0, not 1) as [t1, t2]; y decides the shortcut for |y| > 2^31. */
export function log2Parts(ax: number, y: number): [number, number] {
  let ix = highWord(ax);
  const iy = highWord(y) & 0x7fffffff;
  if (iy > 0x41e00000) {
    // |y| > 2^31: only x near 1 gives a finite, non-zero result
    if (iy > 0x43f00000 || ix < 0x3fefffff || ix > 0x3ff00000) {
      return (ix < 0x3ff00000) === (y < 0) ? [Infinity, 0] : [0, -Infinity];
    }
    const t = ax - 1;
    const w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = ivln2H * t;
    const v = t * ivln2L - w * ivln2;
    const t1 = withLowWord(u + v, 0);
    return [t1, v - (t1 - u)];
  }
  let n = 0;
  if (ix < 0x00100000) {
    ax *= two53;
    n -= 53;
    ix = highWord(ax);
  }
  n += (ix >> 20) - 0x3ff;
  const j = ix & 0x000fffff;
  ix = j | 0x3ff00000;
  let k = 0;
  if (j <= 0x3988e) k = 0; // |x| < √(3/2)
  else if (j < 0xbb67a) k = 1; // |x| < √3
  else {
    n += 1;
    ix -= 0x00100000;
  }
  ax = withHighWord(ax, ix);
  // ss = sH + sL = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
  const u = ax - bp[k];
  const v = 1 / (ax + bp[k]);
  const ss = u * v;
  const sH = withLowWord(ss, 0);
  let tH = withHighWord(0, ((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18));
  let tL = ax - (tH - bp[k]);
  const sL = v * ((u - sH * tH) - sH * tL);
  let s2 = ss * ss;
  let r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))));
  r += sL * (sH + ss);
  s2 = sH * sH;
  tH = withLowWord(3.0 + s2 + r, 0);
  tL = r - ((tH - 3.0) - s2);
  const uu = sH * tH;
  const vv = sL * tH + tL * ss;
  const pH = withLowWord(uu + vv, 0);
  const pL = vv - (pH - uu);
  const zH = cpH * pH;
  const zL = cpL * pH + pL * cp + dpL[k];
  const t = n;
  const t1 = withLowWord(((zH + zL) + dpH[k]) + t, 0);
  return [t1, zL - (((t1 - t) - dpH[k]) - zH)];
}
