/**
 * A few chosen design points of a sweep with many, for figures that draw a curve per point
 * (`rcmp compare`, compare.html): the points with the lowest, the quartiles, the median and the
 * highest final value of one metric (the mean at the last tick), each label saying which it is.
 * More than `maxOverlaidLabels` curves would need a panel each and no longer read at a glance.
 */
import type {CompareRow} from "../plot/compareRow.js";
import {maxOverlaidLabels} from "../plot/overlaidLabels.js";

/** The ranks kept, as fractions of the way from the lowest to the highest final value: 5, 3 or 2 of them. */
const ranks: Record<number, [number, string][]> = {
  5: [[0, "lowest"], [0.25, "lower quartile"], [0.5, "median"], [0.75, "upper quartile"], [1, "highest"]],
  3: [[0, "lowest"], [0.5, "median"], [1, "highest"]],
  2: [[0, "lowest"], [1, "highest"]]
};

/** What {@link chosenPoints} did: the rows kept, and a note for the reader (empty when every point is kept). */
export interface ChosenPoints<R> {
  rows: R[];
  note: string;
}

/**
 * The rows of `keep` points (5, 3 or 2; default 5) when a sweep's rows have more than
 * `maxOverlaidLabels` labels (points), ranked by the final mean of `metric` (default, or when
 * absent: the first metric of the rows); each kept label gets `<rank> <metric>: ` in front.
 * Fewer points: the rows as they are.
 */
export function chosenPoints<R extends Pick<CompareRow, "label" | "metric" | "tick" | "mean">>(rows: readonly R[], metric?: string, what = "the sweep", keep: 5 | 3 | 2 = 5): ChosenPoints<R> {
  const labels = [...new Set(rows.map((r) => r.label))];
  const by = metric !== undefined && rows.some((r) => r.metric === metric) ? metric : rows[0]?.metric;
  if (labels.length <= maxOverlaidLabels || by === undefined) return {rows: [...rows], note: ""};
  const last = new Map<string, {tick: number; mean: number}>();
  for (const r of rows) {
    if (r.metric !== by) continue;
    const seen = last.get(r.label);
    if (seen === undefined || r.tick >= seen.tick) last.set(r.label, {tick: r.tick, mean: r.mean});
  }
  const ordered = [...last].filter(([, v]) => Number.isFinite(v.mean)).sort((a, b) => a[1].mean - b[1].mean || a[0].localeCompare(b[0]));
  if (ordered.length === 0) return {rows: [...rows], note: ""};
  const names = new Map<string, string>();
  for (const [fraction, name] of ranks[keep]) {
    const [label] = ordered[Math.round(fraction * (ordered.length - 1))];
    if (!names.has(label)) names.set(label, `${name} ${by}: ${label}`);
  }
  const order = [...names.keys()];
  const kept = rows.filter((r) => names.has(r.label)).sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label)).map((r) => ({...r, label: names.get(r.label)!}));
  const which = ranks[keep].map(([, name]) => name).join(", ");
  return {rows: kept, note: `${what} has ${labels.length} design points: drawn are the ${names.size} with the ${which} final ${by}; the figures in its plots/ folder show every point`};
}
