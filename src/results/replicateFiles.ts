/**
 * The files a replicated run adds to its folder: `replicates.csv` (one summary row per
 * replicate) and `curves.csv` (replicate statistics of group `all` per metric and tick).
 */
import {curveStats} from "../run/curveStats.js";
import type {ReplicateBatch} from "../run/replicates.js";
import {flattenSummary} from "../metrics/summary.js";
import {csvLine} from "./csv.js";

/** Columns of a replicated run's `curves.csv` (the sweep's `metric … p95` columns, led by `group`). */
export const replicateCurveColumns = ["group", "metric", "tick", "year", "n", "mean", "p05", "p50", "p95"];

/**
 * The text of `curves.csv`: for group `all`, each metric (recording order) and tick, the number
 * of replicates with a value and their mean and 5th, 50th and 95th percentiles (type 7, as the
 * sweep's `curves.csv`). A replicate that stopped early keeps its last value.
 */
export function replicateCurvesCsv(batch: Pick<ReplicateBatch, "records" | "metrics">): string {
  const lines = [csvLine(replicateCurveColumns)];
  const stats = curveStats(batch.records, batch.metrics.length);
  batch.metrics.forEach((metric, k) => {
    for (const s of stats[k]) lines.push(csvLine(["all", metric, s.tick, s.year, s.n, s.mean, s.p05, s.p50, s.p95]));
  });
  return lines.join("");
}

/**
 * The text of `replicates.csv`: one row per replicate, `replicate, seed`, then the flat summary
 * (`flattenSummary`: ticks, final.<metric> of group all, convergedAt, beta, ...); columns from
 * replicate 0, a value a replicate lacks is an empty cell.
 */
export function replicatesCsv(batch: Pick<ReplicateBatch, "seeds" | "summaries">): string {
  const flat = batch.summaries.map(flattenSummary);
  const keys = Object.keys(flat[0] ?? {});
  const lines = [csvLine(["replicate", "seed", ...keys])];
  flat.forEach((row, r) => lines.push(csvLine([r, batch.seeds[r], ...keys.map((k) => row[k] ?? null)])));
  return lines.join("");
}
