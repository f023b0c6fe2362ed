/**
 * The share of a result's variance that is the seed's: with several replicates per design
 * point, the mean within-point variance (each point's sample variance over its replicates) over
 * the variance of all runs (sample variance). Near 0: the parameters decide the result; near 1:
 * chance does, and indices computed from point means describe little.
 */

/** Seed share from `groups[p]`, the finite values of point p's replicates; NaN without a point of 2 or more. */
export function seedShare(groups: readonly (readonly number[])[]): number {
  let within = 0;
  let counted = 0;
  const all: number[] = [];
  for (const g of groups) {
    all.push(...g);
    if (g.length < 2) continue;
    within += sampleVariance(g);
    counted += 1;
  }
  const total = sampleVariance(all);
  if (counted === 0 || !(total > 0)) return NaN;
  return within / counted / total;
}

/** The sample variance (n − 1 in the denominator) of `values`; NaN for fewer than 2. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return NaN;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
}
