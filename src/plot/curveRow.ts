/**
 * One point of an aggregated curve, as read from a sweep's or a comparison's `curves.csv`:
 * the distribution over replicates of one metric at one tick for one labelled design point.
 */
export interface CurveRow {
  /** The curve's name in the legend, e.g. `hegemonBias=2` or a scenario id. */
  label: string;
  tick: number;
  /** Calendar year of the tick, or null without a calendar. */
  year: number | null;
  /** Metric name, e.g. `dispersion` (see `metricLabel`). */
  metric: string;
  /** Mean over replicates. */
  mean: number;
  /** 5th, 50th and 95th percentiles over replicates. */
  p05: number;
  p50: number;
  p95: number;
}
