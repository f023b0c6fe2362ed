/**
 * The names a run records, without running it: its groups and each group's metrics, in output
 * order. The recorder builds its metrics from these lists, and `rcmp explain` and the sweep's
 * checks read them, so that what is described and checked is what is recorded.
 */
import type {Scenario} from "../scenario/schema.js";

/** `all`; `region:<name>` for each region when there are several; `process:<id>` for each process (with `byRegionAndProcess`). */
export function groupNames(regions: readonly string[], processIds: readonly string[], byRegionAndProcess: boolean): string[] {
  const names = ["all"];
  if (!byRegionAndProcess) return names;
  if (regions.length > 1) names.push(...Array.from(regions, (r) => `region:${r}`));
  names.push(...Array.from(processIds, (id) => `process:${id}`));
  return names;
}

/** What the metric names of a group depend on: the dimensions and whether any has a standard. */
export interface MetricShape {
  dims: readonly string[];
  hasStandard: boolean;
}

/** The metric shape of a scenario: its dimension ids, and whether any has a standard. */
export function scenarioMetricShape(s: Scenario): MetricShape {
  return {dims: Array.from(s.dimensions, (d) => d.id), hasStandard: s.dimensions.some((d) => d.standard !== undefined)};
}

/** The metric names of a group, in output order; the group `all` has the whole-population extras. */
export function metricNames(shape: MetricShape, group: string): string[] {
  const names = ["dispersion", "spread"];
  if (shape.hasStandard) names.push("toStandard");
  names.push("toHegemon", "hegemonPull", "clusters", "majorClusters");
  for (const dim of shape.dims) names.push(`mean.${dim}`);
  for (const dim of shape.dims) names.push(`sd.${dim}`);
  if (group === "all") names.push("withinRegion", "betweenRegion", "meanTrust", "meetings", "withheld");
  return names;
}
