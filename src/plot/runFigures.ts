/**
 * The figures of one run, as its scenario asks for them (`figures:`): `convergence` (the
 * headline metrics over time, all states and the chosen groups, events marked), `positions`
 * (the states over time on the headline dimension) and, when the regions are too many to
 * colour apart, `regions` (one small panel per region). Pure: Plot options, named.
 */
import type * as Plot from "@observablehq/plot";
import {tidyRows, type TidyRow} from "../metrics/series.js";
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {convergenceFigure} from "./convergenceFigure.js";
import {figureDimension, figureGroups, figureMetrics} from "./figureChoice.js";
import {eventMarkers} from "./eventMarkers.js";
import {isSpreadMetric} from "./metricKinds.js";
import {metricLabel} from "./metricLabel.js";
import {regionFacetFigure} from "./regionFacetFigure.js";
import {distinctColors, maxLineColors} from "./theme.js";
import {trajectoriesFigure, type TrajectoriesData} from "./trajectoriesFigure.js";

/** A figure and the file name it is written under (without extension). */
export interface NamedFigure {
  name: string;
  options: Plot.PlotOptions;
}

/** The figures of a run; `convergence: false` leaves that one out (a replicated run draws it with bands). */
export function runFigures(s: Scenario, result: RunResult, o: {convergence?: boolean} = {}): NamedFigure[] {
  const rows = [...tidyRows(result.series)].filter((r) => !Number.isNaN(r.value));
  const title = s.title || s.id;
  const events = eventMarkers(s, result.summary.ticks);
  const sizes = groupSizes(result);
  const groups = figureGroups(s);
  const regions = regionOrder(result);
  const colors = regions.length <= maxLineColors ? Object.fromEntries(regions.map((r, k) => [r, distinctColors(regions.length)[k]])) : {};
  const out: NamedFigure[] = [];
  if (o.convergence ?? true) {
    const metrics = figureMetrics(s);
    const order = (r: TidyRow) => (r.group.startsWith("region:") ? regions.indexOf(r.group.slice(7)) : -1);
    const sorted = rows.map((r, k) => ({r, k})).sort((a, b) => a.r.tick - b.r.tick || order(a.r) - order(b.r) || a.k - b.k).map((x) => x.r);
    const options = convergenceFigure(sorted, {metrics, groups, groupSizes: sizes, events, title, colors});
    const faceted = groups === "regions" && regions.length > maxLineColors;
    if (faceted) options.caption = `${options.caption ? `${options.caption} ` : ""}The regions have a panel each in regions.png.`;
    out.push({name: "convergence", options});
    if (faceted) out.push({name: "regions", options: regionsFigure(sorted, metrics, sizes, title)});
  }
  const positions = trajectories(s, result, colors);
  if (positions) out.push({name: "positions", options: positions});
  return out;
}

/** The regions in the order their first state appears in the scenario. */
function regionOrder(result: RunResult): string[] {
  const w = result.world;
  return [...new Set(Array.from(w.fileOrder, (i) => w.regions[w.regionOf[i]]))];
}

/** States per region (and `all`). */
function groupSizes(result: RunResult): Record<string, number> {
  const w = result.world;
  const sizes: Record<string, number> = {all: w.n};
  w.regions.forEach((r, k) => (sizes[`region:${r}`] = w.regionOf.filter((x) => x === k).length));
  return sizes;
}

/** One small panel per region of the first spread metric the figure shows (else dispersion), all states in grey behind. */
function regionsFigure(rows: readonly TidyRow[], metrics: readonly string[], sizes: Record<string, number>, title: string): Plot.PlotOptions {
  const metric = metrics.find((m) => isSpreadMetric(m) && rows.some((r) => r.metric === m && r.group.startsWith("region:"))) ?? "dispersion";
  const asCurve = (r: TidyRow) => ({label: r.group === "all" ? "all states" : "the region's states", group: r.group, tick: r.tick, year: r.year, metric: r.metric, mean: r.value, p05: r.value, p50: r.value, p95: r.value});
  const lonely = Object.keys(sizes).filter((g) => g.startsWith("region:") && sizes[g] === 1);
  const drawn = rows.filter((r) => r.metric === metric && r.group.startsWith("region:") && !lonely.includes(r.group));
  return regionFacetFigure(drawn.map(asCurve), {
    metrics: [metric], title: `${title}: ${metricLabel(metric)} by region`, metricLabels: false, referenceLabel: "all states",
    reference: rows.filter((r) => r.metric === metric && r.group === "all").map(asCurve),
    caption: lonely.length > 0 ? `Not drawn: regions of one state (${lonely.map((g) => g.slice(7)).join(", ")}), whose ${metricLabel(metric)} is 0 by definition.` : undefined
  });
}

/** The positions figure, from the positions the run recorded (none: no figure). */
function trajectories(s: Scenario, result: RunResult, colors: Record<string, string>): Plot.PlotOptions | undefined {
  const p = result.positions;
  if (p === undefined || p.ticks.length < 2) return undefined;
  const dim = figureDimension(s);
  const d = p.dims.indexOf(dim);
  const dimension = s.dimensions.find((x) => x.id === dim)!;
  const w = result.world;
  const years = p.years.every((y) => y !== null);
  const data: TrajectoriesData = {
    axis: years ? "year" : "tick", ticks: p.ticks, times: years ? (p.years as number[]) : p.ticks,
    states: p.fileOrder.map((i) => ({id: p.states[i], region: w.regions[w.regionOf[i]], values: p.values.map((x) => x[i * p.dims.length + d])}))
  };
  const powers = Array.from(w.power);
  const highlight = s.hegemon ?? (Math.max(...powers) > Math.min(...powers) ? result.summary.hegemon ?? undefined : undefined);
  return trajectoriesFigure(data, {
    dimension: dimension.label ?? dim, ends: [dimension.low, dimension.high], standard: dimension.standard,
    highlight, highlightRole: s.hegemon !== undefined ? "the hegemon" : "the most powerful state", colors, events: eventMarkers(s, result.summary.ticks), title: `${s.title || s.id}: ${/position/i.test(dimension.label ?? dim) ? dimension.label ?? dim : `positions on ${dimension.label ?? dim}`}`
  });
}

