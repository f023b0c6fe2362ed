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
  /** First tick with dispersion (group all) at or below `metrics.convergedBelow`, else null. */
  convergedAt: number | null;
  /** β-convergence: OLS slope of x_T − x_0 on x_0 per dimension, and their mean (negative: laggards catch up). */
  beta: {perDimension: Record<string, number | null>; mean: number | null};
  /** How far the mean position moved toward the hegemon's start, as a fraction of the start distance. */
  hegemonPull: number | null;
  hegemon: string | null;
  /** Meetings held and topics withheld over the whole run. */
  totals: {meetings: number; withheld: number};
  /** Final stage of each process. */
  stages: Record<string, number>;
}

/**
 * A flat record of the summary for one row of `runs.csv`: `final.<metric>` of group `all`,
 * `convergedAt`, `beta`, `hegemonPull`, `meetings`, `withheld`, `ticks`. Null is an empty cell.
 */
export function flattenSummary(s: Summary): Record<string, number | null> {
  const row: Record<string, number | null> = {ticks: s.ticks};
  for (const [metric, value] of Object.entries(s.final.all ?? {})) row[`final.${metric}`] = value;
  row.convergedAt = s.convergedAt;
  row.beta = s.beta.mean;
  row.hegemonPull = s.hegemonPull;
  row.meetings = s.totals.meetings;
  row.withheld = s.totals.withheld;
  return row;
}
