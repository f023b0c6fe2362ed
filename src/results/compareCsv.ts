/**
 * The text of `compare.csv`: the tidy curves a comparison drew, one row per label, group,
 * tick and metric.
 */
import {csvLine} from "./csv.js";
import type {CompareRow} from "../plot/compareRow.js";

/** Columns of compare.csv. */
export const compareColumns = ["label", "group", "tick", "year", "metric", "mean", "p05", "p50", "p95"];

/** compare.csv as text, rows in the order given. */
export function compareCsv(rows: readonly CompareRow[]): string {
  const lines = [csvLine(compareColumns)];
  for (const r of rows) lines.push(csvLine([r.label, r.group, r.tick, r.year, r.metric, r.mean, r.p05, r.p50, r.p95]));
  return lines.join("");
}
