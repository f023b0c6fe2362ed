/**
 * `sensitivity.csv` (and `sensitivity-over-time.csv`), written by `rcmp sensitivity`: one row per
 * measure, tidy: `metric,tick,year,index,parameter,with,estimate,lo,hi`. `tick` and `year` are
 * empty for values from runs.csv; `index` is S1, ST, S2 (with `with` the pair's other
 * parameter), mu_star, mu, sigma or seed_share (no parameter); `lo` and `hi` bound the 95%
 * bootstrap interval, empty where there is none; an estimate that could not be computed is empty.
 */
import type {SensitivityRow} from "../plot/sensitivityRow.js";
import {csvLine} from "./csv.js";

/** The columns of sensitivity.csv. */
export const sensitivityColumns = ["metric", "tick", "year", "index", "parameter", "with", "estimate", "lo", "hi"];

const cell = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

/** The CSV text of measures, in the order given. */
export function sensitivityCsv(rows: readonly SensitivityRow[]): string {
  return csvLine(sensitivityColumns) + rows.map((r) => csvLine([r.metric, cell(r.tick), cell(r.year), r.index, r.parameter, r.with, cell(r.estimate), cell(r.lo), cell(r.hi)])).join("");
}
