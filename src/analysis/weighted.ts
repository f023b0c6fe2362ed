/**
 * Statistics of weighted particles: weights normalised to sum 1, effective sample size, mean,
 * covariance and quantiles. Points are Float64Arrays of equal length.
 */

/** The weights divided by their sum (a new array). */
export function normalized(w: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += w[i];
  return Float64Array.from(w, (v) => v / sum);
}

/** Kish's effective sample size 1 / Σ wᵢ² of normalised weights. */
export function effectiveSampleSize(w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return 1 / s;
}

/** Σ wᵢ xᵢ for normalised weights. */
export function weightedMean(points: readonly Float64Array[], w: ArrayLike<number>): Float64Array {
  const m = new Float64Array(points[0].length);
  points.forEach((x, i) => {
    for (let k = 0; k < m.length; k++) m[k] += w[i] * x[k];
  });
  return m;
}

/** Σ wᵢ (xᵢ − m)(xᵢ − m)ᵀ for normalised weights, as a p×p row-major matrix. */
export function weightedCovariance(points: readonly Float64Array[], w: ArrayLike<number>, m = weightedMean(points, w)): Float64Array {
  const p = m.length;
  const C = new Float64Array(p * p);
  const d = new Float64Array(p);
  points.forEach((x, i) => {
    for (let k = 0; k < p; k++) d[k] = x[k] - m[k];
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) C[a * p + b] += w[i] * d[a] * d[b];
  });
  return C;
}

/**
 * The weighted quantile at probability q: the smallest value whose cumulative normalised weight
 * (values ascending) reaches q.
 */
export function weightedQuantile(values: ArrayLike<number>, w: ArrayLike<number>, q: number): number {
  const order = Array.from({length: values.length}, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i];
  let cumulative = 0;
  for (const i of order) {
    cumulative += w[i] / total;
    if (cumulative >= q - 1e-12) return values[i];
  }
  return values[order[order.length - 1]];
}
