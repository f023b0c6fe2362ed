/**
 * A point of a compared curve: a `CurveRow` (label, tick, year, metric, mean, p05, p50, p95)
 * that also names the group it describes, so that a figure can be faceted by region.
 */
import type {CurveRow} from "./curveRow.js";

/** A curve row with its group: `all`, `region:<name>` or `process:<id>`. */
export interface CompareRow extends CurveRow {
  group: string;
}

/** Which rows to keep while reading: by metric (default every one) and by group (default `all`). */
export interface RowFilter {
  /** Metric names to keep; default every metric. */
  metrics?: readonly string[];
  /** A group name, or a test on group names; default `all`. */
  group?: string | ((group: string) => boolean);
}

/** The group test of a filter. */
export function groupTest(filter: RowFilter = {}): (group: string) => boolean {
  const g = filter.group ?? "all";
  return typeof g === "function" ? g : (name) => name === g;
}

/** The metric test of a filter. */
export function metricTest(filter: RowFilter = {}): (metric: string) => boolean {
  if (filter.metrics === undefined) return () => true;
  const keep = new Set(filter.metrics);
  return (metric) => keep.has(metric);
}
