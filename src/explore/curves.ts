/**
 * The explorer's convergence curves: which metrics of the group `all` it draws, and their points
 * with the year (or the tick, without a calendar) as x.
 */
import {seriesOf, type Series} from "../metrics/series.js";

/** A curve point. */
export interface CurvePoint {
  x: number;
  value: number;
  /** The metric's name in the run's series. */
  metric: string;
}

/** Short labels for the curves' legend. */
export const curveLabels: Readonly<Record<string, string>> = {
  dispersion: "dispersion (spread of positions)",
  toStandard: "distance to the international standard",
  hegemonPull: "hegemon's pull",
  toHegemon: "distance to the hegemon"
};

/**
 * The metrics to draw: dispersion; the distance to the standard where the scenario has one; the
 * hegemon's pull where the run records `hegemonPull`, else the distance to the hegemon (where
 * there is one). A metric with no finite value is left out.
 */
export function curveMetrics(series: Series): string[] {
  const finite = (metric: string) => seriesOf(series, "all", metric)?.some(Number.isFinite) ?? false;
  const hegemon = finite("hegemonPull") ? "hegemonPull" : "toHegemon";
  return ["dispersion", "toStandard", hegemon].filter(finite);
}

/** The x of each recorded tick: its year with a calendar, else the tick. */
export function curveXs(series: Series): number[] {
  return series.ticks.map((t, k) => series.years[k] ?? t);
}

/** The points of the group `all` for the given metrics, leaving out non-finite values. */
export function curvePoints(series: Series, metrics: readonly string[]): CurvePoint[] {
  const xs = curveXs(series);
  const out: CurvePoint[] = [];
  for (const metric of metrics) {
    const values = seriesOf(series, "all", metric);
    if (values === undefined) continue;
    values.forEach((value, k) => {
      if (Number.isFinite(value)) out.push({x: xs[k], value, metric});
    });
  }
  return out;
}

/** The value of a metric of group `all` at the last recorded tick at or before `tick` (NaN when none). */
export function valueAtTick(series: Series, metric: string, tick: number): number {
  const values = seriesOf(series, "all", metric);
  if (values === undefined) return NaN;
  let k = -1;
  while (k + 1 < series.ticks.length && series.ticks[k + 1] <= tick) k++;
  return k < 0 ? NaN : values[k];
}
