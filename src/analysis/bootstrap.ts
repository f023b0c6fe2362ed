/**
 * Percentile bootstrap intervals: resample the N units of an estimate (base rows of a Saltelli
 * design, trajectories of a Morris design) with replacement, recompute the estimates, and take
 * the (1−c)/2 and (1+c)/2 quantiles of each. Seeded: the same seed gives the same intervals.
 */
import {alea} from "../model/random.js";
import {quantile7} from "../run/curveStats.js";

/** An estimate with its confidence interval (NaN bounds without a bootstrap). */
export interface Estimate {
  estimate: number;
  lo: number;
  hi: number;
}

/** Options of {@link bootstrapIntervals}. */
export interface BootstrapOptions {
  /** Resamples; 0 gives no interval (NaN bounds). Default 1000. */
  resamples?: number;
  /** Seed of the resampling stream. Default 1. */
  seed?: number;
  /** Coverage of the interval. Default 0.95. */
  confidence?: number;
}

/**
 * Estimates from all `units` (`statistic(null)`) with percentile intervals from resamples
 * (`statistic(indices)`, `indices` the units drawn). `statistic` returns one number per index.
 */
export function bootstrapIntervals(units: number, statistic: (indices: Int32Array | null) => Float64Array, o: BootstrapOptions = {}): Estimate[] {
  const resamples = o.resamples ?? 1000;
  const confidence = o.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new Error(`bootstrap: confidence must lie between 0 and 1, got ${confidence}`);
  const full = statistic(null);
  if (resamples <= 0 || units < 2) return Array.from(full, (estimate) => ({estimate, lo: NaN, hi: NaN}));
  const random = alea(`rcmp-bootstrap:${o.seed ?? 1}`);
  const draws: Float64Array[] = Array.from(full, () => new Float64Array(resamples));
  const indices = new Int32Array(units);
  for (let b = 0; b < resamples; b++) {
    for (let n = 0; n < units; n++) indices[n] = Math.floor(random() * units);
    const values = statistic(indices);
    for (let s = 0; s < values.length; s++) draws[s][b] = values[s];
  }
  const tail = (1 - confidence) / 2;
  return Array.from(full, (estimate, s) => {
    const sorted = draws[s].filter(Number.isFinite).sort();
    return {estimate, lo: sorted.length > 0 ? quantile7(sorted, tail) : NaN, hi: sorted.length > 0 ? quantile7(sorted, 1 - tail) : NaN};
  });
}
