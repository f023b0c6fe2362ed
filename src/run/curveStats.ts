/**
 * Replicate statistics of a design point's curves: per recorded metric and tick, the mean and
 * the 5th, 50th and 95th percentiles over the point's finished replicates.
 *
 * Percentiles are Hyndman–Fan type 7 (the default of R and NumPy): for sorted values
 * x₀ ≤ … ≤ x₍ₙ₋₁₎ and probability p, h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 * The mean adds values in replicate order, so the result never depends on completion order.
 * A run that stopped early (`stopWhenStable`) keeps its last value at later ticks; non-finite
 * values are left out and `n` counts the values used.
 */
/** One run's recorded curves. */
export interface CurveRecord {
  run: number;
  point: number;
  /** Recorded ticks, ascending. */
  ticks: Float64Array;
  /** Year of each tick; NaN without a calendar. */
  years: Float64Array;
  /** values[k][t]: k-th recorded metric at the t-th tick. */
  values: Float64Array[];
}

/** Type 7 quantile of `sorted` (ascending, at least one value) at probability p in [0,1]. */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The statistics of one metric at one tick. */
export interface TickStats {
  tick: number;
  /** Calendar year, or null. */
  year: number | null;
  /** Replicates with a finite value. */
  n: number;
  mean: number;
  p05: number;
  p50: number;
  p95: number;
}

/** Sorted union of the ticks of the records, with the year of each (from the first record that has it). */
export function unionTicks(records: readonly CurveRecord[]): {ticks: number[]; years: (number | null)[]} {
  const years = new Map<number, number>();
  for (const r of records) r.ticks.forEach((t, k) => years.has(t) || years.set(t, r.years[k]));
  const ticks = [...years.keys()].sort((a, b) => a - b);
  return {ticks, years: ticks.map((t) => (Number.isNaN(years.get(t)) ? null : (years.get(t) as number)))};
}

/**
 * Statistics per metric (index into each record's values) and tick, for the records of one
 * design point given in replicate order. Ticks with no finite value are left out.
 */
export function curveStats(records: readonly CurveRecord[], metrics: number): TickStats[][] {
  const {ticks, years} = unionTicks(records);
  const out: TickStats[][] = [];
  const at = new Int32Array(records.length);
  const buf = new Float64Array(records.length);
  for (let k = 0; k < metrics; k++) {
    const rows: TickStats[] = [];
    at.fill(0);
    ticks.forEach((tick, i) => {
      let n = 0;
      let sum = 0;
      records.forEach((r, j) => {
        while (at[j] + 1 < r.ticks.length && r.ticks[at[j] + 1] <= tick) at[j]++;
        const v = r.ticks.length > 0 && r.ticks[at[j]] <= tick ? r.values[k][at[j]] : NaN;
        if (Number.isFinite(v)) {
          buf[n++] = v;
          sum += v;
        }
      });
      if (n === 0) return;
      const sorted = buf.subarray(0, n).sort();
      // the float sum can leave [min, max] by an ulp (e.g. when all replicates agree): clamp it
      const mean = Math.min(sorted[n - 1], Math.max(sorted[0], sum / n));
      rows.push({tick, year: years[i], n, mean, p05: quantile7(sorted, 0.05), p50: quantile7(sorted, 0.5), p95: quantile7(sorted, 0.95)});
    });
    out.push(rows);
  }
  return out;
}
