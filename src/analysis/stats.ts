/**
 * Small statistics for the analyses: mean, standard deviation, quantiles of the normal and
 * Student t distributions, the 90% interval of a mean, ranks and Spearman's rank correlation.
 */
import {quantile7} from "../run/curveStats.js";

/** Arithmetic mean (NaN for none). */
export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length === 0 ? NaN : s / xs.length;
}

/** Sample standard deviation (n − 1; NaN for fewer than two). */
export function sd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

/** Hyndman–Fan type 7 quantile at p of unsorted values (NaN for none). */
export function quantile(xs: ArrayLike<number>, p: number): number {
  if (xs.length === 0) return NaN;
  return quantile7(Float64Array.from(xs).sort(), p);
}

/** The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Student t quantile with `df` degrees of freedom: exact for 1 and 2, the Cornish–Fisher
 * expansion in 1/df otherwise (within 0.1% at df = 3 for p ≤ 0.975, closer beyond).
 */
export function tQuantile(p: number, df: number): number {
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  const z2 = z * z;
  return z + (z * (z2 + 1)) / (4 * df) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df ** 2) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df ** 3) +
    (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / (92160 * df ** 4);
}

/** Half the width of the 90% confidence interval of the mean of `xs` (t interval; NaN for fewer than two). */
export function halfWidth90(xs: ArrayLike<number>): number {
  return xs.length < 2 ? NaN : (tQuantile(0.95, xs.length - 1) * sd(xs)) / Math.sqrt(xs.length);
}

/** Ranks from 1, ties sharing their mean rank. */
export function ranks(xs: ArrayLike<number>): Float64Array {
  const order = Array.from({length: xs.length}, (_, i) => i).sort((a, b) => xs[a] - xs[b]);
  const r = new Float64Array(xs.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && xs[order[end + 1]] === xs[order[k]]) end++;
    for (let j = k; j <= end; j++) r[order[j]] = (k + end) / 2 + 1;
    k = end + 1;
  }
  return r;
}

/** Pearson correlation (NaN when either side does not vary). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman's rank correlation: Pearson's on ranks (ties at their mean rank). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}
