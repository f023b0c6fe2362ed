/**
 * A run's recorded metrics, held column-wise: one Float64Array per (group, metric), indexed by
 * the recorded tick. `tidyRows` turns it into the rows of `timeseries.csv`.
 */

/** One row of `timeseries.csv`: `tick,year,group,metric,value`. */
export interface TidyRow {
  tick: number;
  /** Calendar year of the tick (start + tick / perYear), or null without a calendar. */
  year: number | null;
  /** `all`, `region:<name>` or `process:<id>`. */
  group: string;
  metric: string;
  value: number;
}

export interface Series {
  /** Recorded ticks, ascending; tick 0 is the starting state. */
  ticks: number[];
  /** Year of each recorded tick, or null without a calendar. */
  years: (number | null)[];
  groups: string[];
  /** metrics[g] lists the metric names of group g. */
  metrics: string[][];
  /** values[g][m][k]: group g, metric m, k-th recorded tick. */
  values: Float64Array[][];
}

/** Rows in tick order, then group order, then metric order. */
export function* tidyRows(series: Series): Generator<TidyRow> {
  for (let k = 0; k < series.ticks.length; k++) {
    for (let g = 0; g < series.groups.length; g++) {
      const names = series.metrics[g];
      for (let m = 0; m < names.length; m++) {
        yield {
          tick: series.ticks[k],
          year: series.years[k],
          group: series.groups[g],
          metric: names[m],
          value: series.values[g][m][k]
        };
      }
    }
  }
}

/** The values of one metric of one group over the recorded ticks, or undefined. */
export function seriesOf(series: Series, group: string, metric: string): Float64Array | undefined {
  const g = series.groups.indexOf(group);
  if (g < 0) return undefined;
  const m = series.metrics[g].indexOf(metric);
  return m < 0 ? undefined : series.values[g][m].subarray(0, series.ticks.length);
}
