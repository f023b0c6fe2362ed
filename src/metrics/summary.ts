/**
 * The per-run summary (`summary.json`) and its flat form (a row of a sweep's `runs.csv`).
 */
export interface Summary {
  scenario: string;
  seed: number;
  /** Ticks actually run (fewer than asked when the run stopped on `metrics.stopWhenStable`). */
  ticks: number;
  /** Final value of every metric of every group: final[group][metric]. */
  final: Record<string, Record<string, number>>;
  /** The first recorded tick from which dispersion (group all) stays at or below `metrics.convergedBelow` to the end, else null. */
  convergedAt: number | null;
  /** The first recorded tick with dispersion (group all) at or below `metrics.convergedBelow` (it may climb back), else null. */
  firstBelow: number | null;
  /** The tick the run stopped at because no position moved more than `metrics.stopWhenStable` in a tick, else null (it ran every tick asked). */
  stoppedStable: number | null;
  /** β-convergence: OLS slope of x_T − x_0 on x_0 per dimension, and their mean (negative: laggards catch up). */
  beta: {perDimension: Record<string, number | null>; mean: number | null};
  /**
   * The final `hegemonPull` of group all: how much closer to the hegemon the states ended because
   * of its channels (toHegemon of the twin run with the channels off minus toHegemon of the run);
   * null when the run did not record it.
   */
  hegemonPull: number | null;
  /** How far the mean position moved toward the hegemon's start, as a fraction of the start distance (every mechanism's doing). */
  towardHegemonStart: number | null;
  hegemon: string | null;
  /** Meetings held and topics withheld over the whole run. */
  totals: {meetings: number; withheld: number};
  /** Final stage of each process. */
  stages: Record<string, number>;
}

/** The scalar fields of a summary that `runs.csv` has after the final values, in column order. */
const scalarColumns: [column: string, value: (s: Summary) => number | null][] = [
  ["convergedAt", (s) => s.convergedAt],
  ["firstBelow", (s) => s.firstBelow],
  ["beta", (s) => s.beta.mean],
  ["hegemonPull", (s) => s.hegemonPull],
  ["towardHegemonStart", (s) => s.towardHegemonStart],
  ["meetings", (s) => s.totals.meetings],
  ["withheld", (s) => s.totals.withheld]
];

/**
 * A flat record of the summary for one row of `runs.csv`: `ticks`, `final.<metric>` of group
 * `all` (in recording order), then `convergedAt`, `firstBelow`, `beta`, `hegemonPull`,
 * `towardHegemonStart`, `meetings`, `withheld`.
 * Null is an empty cell.
 */
export function flattenSummary(s: Summary): Record<string, number | null> {
  const row: Record<string, number | null> = {ticks: s.ticks};
  for (const [metric, value] of Object.entries(s.final.all ?? {})) row[`final.${metric}`] = value;
  for (const [column, value] of scalarColumns) row[column] = value(s);
  return row;
}

/** The columns of `flattenSummary` for a run whose group `all` records `metrics`, in order. */
export function summaryColumns(metrics: readonly string[]): string[] {
  return ["ticks", ...Array.from(metrics, (m) => `final.${m}`), ...Array.from(scalarColumns, ([column]) => column)];
}
