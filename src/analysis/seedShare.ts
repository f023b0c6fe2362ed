/**
 * The share of a result's variance that is the seed's: with several replicates per design
 * point, the mean within-point variance over the variance of all runs, both with n in the
 * denominator, so that with equal replicates per point (the law of total variance) the share
 * lies in [0, 1] and one minus it is the share of the point means. Near 0: the parameters decide
 * the result; near 1: chance does, and indices computed from point means describe little.
 */

/** Seed share from `groups[p]`, the finite values of point p's replicates; NaN without a point of 2 or more, or without variance. */
export function seedShare(groups: readonly (readonly number[])[]): number {
  let within = 0;
  let counted = 0;
  const all: number[] = [];
  for (const g of groups) {
    all.push(...g);
    if (g.length < 2) continue;
    within += variance(g);
    counted += 1;
  }
  const total = variance(all);
  if (counted === 0 || !(total > 0)) return counted > 0 && total === 0 ? 0 : NaN;
  return within / counted / total;
}

/** The variance of `values` with n in the denominator; NaN when empty. */
export function variance(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return NaN;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
}
