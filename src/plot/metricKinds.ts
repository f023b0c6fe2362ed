/**
 * What kind of quantity a metric is, for drawing it: a count per tick (drawn cumulatively, since
 * a per-tick count of 0, 1 or 2 is a zigzag), or a measure of spread within a group (meaningless
 * for a group of one state, which figures leave out).
 */

const counts = new Set(["meetings", "withheld"]);
const spreads = new Set(["dispersion", "spread", "clusters", "majorClusters"]);

/** Whether `metric` counts events in each tick (`meetings`, `withheld`). */
export function isCountMetric(metric: string): boolean {
  return counts.has(metric);
}

/** Whether `metric` measures how far a group's states are apart (`dispersion`, `spread`, `sd.<dim>`, clusters). */
export function isSpreadMetric(metric: string): boolean {
  return spreads.has(metric) || metric.startsWith("sd.");
}

/** Running sums of `values` (a count per recorded tick becomes the count so far). */
export function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += Number.isFinite(v) ? v : 0));
}

/** Whether `metric` takes whole values only (counts, cluster counts): drawn as steps, not slopes. */
export function isStepMetric(metric: string): boolean {
  return counts.has(metric) || metric === "clusters" || metric === "majorClusters";
}
