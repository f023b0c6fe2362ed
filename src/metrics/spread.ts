/**
 * `spread`: the mean pairwise distance of a group (distance: RMS over all dimensions, so in
 * [0, 1] for positions in [0, 1]); 0 for one state, NaN for none.
 *
 * Two ways to the same number:
 * - `pairwiseSpread`, every pair in the group's order (O(m²·d)): the definition, and the one
 *   used for D > 1, where no faster form gives the same bits, and for one dimension up to
 *   `sortedSpreadFrom` states (metricNames.ts), so that results keep their bytes. Its loop is written so that every
 *   floating-point operation happens in the same order as it always has (d² summed over the
 *   dimensions in order, then √(d²/D), then added to the total pair by pair), so results stay
 *   byte-identical.
 * - `sortedSpread`, for one dimension beyond that size, from the values sorted (O(m log m)): a gap between the
 *   k-th and (k+1)-th smallest values lies between k·(m − k) pairs, so the total is
 *   Σ_k (v_k − v_(k−1))·k·(m − k). Every term is ≥ 0, so there is no cancellation: it agrees
 *   with the pairwise sum to a relative 1e-13 (a different order of rounding, not a different
 *   quantity; tests/metrics/spread.test.ts checks it on random groups).
 */

/** Mean distance over all pairs of the group's states (positions x, D = d per state), pair by pair. */
export function pairwiseSpread(x: Float64Array, d: number, states: Int32Array): number {
  const m = states.length;
  if (m < 2) return m === 1 ? 0 : NaN;
  let total = 0;
  for (let a = 0; a < m; a++) {
    const ia = states[a] * d;
    for (let b = a + 1; b < m; b++) {
      const ib = states[b] * d;
      // d² starts at 0 and adds the squares in dimension order, as the definition does
      let d2 = 0;
      for (let k = 0; k < d; k++) {
        const diff = x[ia + k] - x[ib + k];
        d2 += diff * diff;
      }
      total += Math.sqrt(d2 / d);
    }
  }
  return total / ((m * (m - 1)) / 2);
}

/** Mean pairwise distance of one-dimensional values given sorted ascending. */
export function sortedSpread(sorted: Float64Array): number {
  const m = sorted.length;
  if (m < 2) return m === 1 ? 0 : NaN;
  let total = 0;
  for (let k = 1; k < m; k++) total += (sorted[k] - sorted[k - 1]) * (k * (m - k));
  return total / ((m * (m - 1)) / 2);
}

/** The values of a one-dimensional group, sorted ascending (a new array). */
export function sortedValues(x: Float64Array, states: Int32Array): Float64Array {
  const v = new Float64Array(states.length);
  for (let a = 0; a < states.length; a++) v[a] = x[states[a]];
  return v.sort();
}
