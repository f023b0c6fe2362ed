import * as Plot from "@observablehq/plot";
import {eventMarks, type EventMarker} from "./eventMarkers.js";
import {facetColumns, innerTicks} from "./regionFacetFigure.js";
import {darkColor, defaultWidth, distinctColors, figureStyle, maxLineColors} from "./theme.js";
import {plainNumber} from "./theme.js";
import {yTitle} from "./yTitle.js";

/** One state's position on one dimension at each recorded time. */
export interface Trajectory {
  id: string;
  region: string;
  /** Positions in [0, 1], one per entry of `TrajectoriesData.times`. */
  values: readonly number[];
}

/** What the figure draws: the recorded times and every state's positions at them. */
export interface TrajectoriesData {
  /** The x value of each recorded time: years with a calendar, else ticks. */
  times: readonly number[];
  /** `year` or `tick`: the x axis label. */
  axis: "year" | "tick";
  /** Ticks of the recorded times (to place events). */
  ticks: readonly number[];
  states: readonly Trajectory[];
}

/** Options of `trajectoriesFigure`. */
export interface TrajectoriesFigureOptions {
  /** The dimension's label, e.g. "asylum", for the y axis. */
  dimension: string;
  /** What 0 and 1 mean on it, e.g. ["restrictive", "protective"]; default none. */
  ends?: [string | undefined, string | undefined];
  /** The international standard on the dimension, drawn as a dashed line; default none. */
  standard?: number;
  /** A state to draw thick and name (the hegemon); default none. */
  highlight?: string;
  /** What the highlighted state is, for the subtitle, e.g. "the hegemon"; default none. */
  highlightRole?: string;
  events?: readonly EventMarker[];
  title?: string;
  subtitle?: string;
  width?: number;
  /** Above this many states, a density of positions over time instead of a line per state; default 200. */
  maxLines?: number;
  /** Colour of each region, so that several figures agree; default the palette in order of appearance. */
  colors?: Readonly<Record<string, string>>;
}

/**
 * States over time on one dimension. Up to 200 states: a line per state, coloured by region
 * when there are at most 8 regions, else one small panel per region with the other states'
 * 10–90% range in grey behind; the highlighted state thick and named. More states: how many
 * hold each position at each time (a density, so that clusters show as bands). Standard and
 * events are marked. Returns Plot options.
 */
export function trajectoriesFigure(data: TrajectoriesData, o: TrajectoriesFigureOptions): Plot.PlotOptions {
  if (data.states.length === 0 || data.times.length === 0) throw new Error("no positions to draw");
  const width = o.width ?? defaultWidth;
  const ends = (o.ends ?? []).map((e) => e?.split(":")[0].trim());
  const what = /position/i.test(o.dimension) ? o.dimension : `position on ${o.dimension}`;
  const yLabel = `${what}${ends[0] && ends[1] && ends[0] !== "0" ? ` (0 = ${ends[0]}, 1 = ${ends[1]})` : ""}`;
  const base = {
    title: o.title, width, marginLeft: 48, marginRight: 24, marginBottom: 42, style: figureStyle,
    x: {label: data.axis, tickFormat: plainNumber, labelAnchor: "center" as const, labelArrow: "none" as const}
  };
  const regions = [...new Set(data.states.map((s) => s.region))];
  const events = eventMarks(o.events ?? [], (m) => (data.axis === "year" ? m.year ?? m.tick : m.tick), [data.times[0], data.times.at(-1)!], width - 72);
  const figure = data.states.length > (o.maxLines ?? 200) ? density(data, o, base, yLabel, events.marks)
    : regions.length > maxLineColors ? byRegion(data, o, base, yLabel, regions) : lines(data, o, base, yLabel, regions, events.marks);
  return regions.length > maxLineColors && data.states.length <= (o.maxLines ?? 200) ? figure : {...figure, caption: events.note};
}

/** A line per state, coloured by region. */
function lines(data: TrajectoriesData, o: TrajectoriesFigureOptions, base: Base, yLabel: string, regions: string[], events: Plot.Markish[]): Plot.PlotOptions {
  const lines = data.states.flatMap((s) => s.values.map((v, k) => ({id: s.id, region: s.region, x: data.times[k], y: v})));
  const marked = lines.filter((p) => p.id === o.highlight);
  const end = marked.filter((p) => p.x === data.times.at(-1));
  return {
    ...base, subtitle: o.subtitle ?? `one line per state${regions.length > 1 ? ", coloured by region" : ""}${o.highlight ? `; ${o.highlight}${o.highlightRole ? ` (${o.highlightRole})` : ""} thick` : ""}`,
    height: 420, marginTop: 30, marginRight: o.highlight ? 48 : 24,
    y: {domain: [0, 1], label: null, grid: true},
    color: {domain: regions, range: regions.map((r, k) => o.colors?.[r] ?? distinctColors(regions.length)[k]), legend: regions.length > 1, label: "region"},
    marks: [
      yTitle(yLabel),
      ...standardMarks(o.standard),
      ...events,
      Plot.lineY(lines, {x: "x", y: "y", z: "id", stroke: "region", strokeWidth: 1.1, strokeOpacity: 0.8}),
      Plot.lineY(marked, {x: "x", y: "y", stroke: darkColor, strokeWidth: 3}),
      Plot.text(end, {x: "x", y: "y", text: "id", textAnchor: "start", dx: 5, fontWeight: "bold", fill: darkColor, stroke: "white", strokeWidth: 3, paintOrder: "stroke"})
    ]
  };
}

type Base = Pick<Plot.PlotOptions, "title" | "width" | "marginLeft" | "marginRight" | "marginBottom" | "style" | "x">;

function standardMarks(standard: number | undefined): Plot.Markish[] {
  if (standard === undefined) return [];
  return [
    Plot.ruleY([standard], {stroke: darkColor, strokeDasharray: "6,3", strokeWidth: 1.2}),
    Plot.text([standard], {y: (d: number) => d, text: () => "standard", frameAnchor: "left", dx: 4, dy: -7, fontSize: 10, fill: darkColor, stroke: "white", strokeWidth: 3, paintOrder: "stroke"})
  ];
}

/** One small panel per region: its states' lines over the other states' 10–90% range in grey. */
function byRegion(data: TrajectoriesData, o: TrajectoriesFigureOptions, base: Base, yLabel: string, regions: string[]): Plot.PlotOptions {
  const cols = facetColumns(regions.length);
  const cell = (region: string) => ({col: regions.indexOf(region) % cols, row: Math.floor(regions.indexOf(region) / cols)});
  const lines = data.states.flatMap((s) => s.values.map((v, k) => ({id: s.id, ...cell(s.region), x: data.times[k], y: v})));
  const band = data.times.map((x, k) => {
    const sorted = data.states.map((s) => s.values[k]).sort((a, b) => a - b);
    return {x, lo: sorted[Math.floor(0.1 * (sorted.length - 1))], hi: sorted[Math.ceil(0.9 * (sorted.length - 1))]};
  });
  const panels = regions.map((region) => ({region, ...cell(region)}));
  const rows = Math.ceil(regions.length / cols);
  return {
    ...base, subtitle: o.subtitle ?? `${yLabel}: one panel per region, a line per state${o.highlight ? ` (${o.highlight}${o.highlightRole ? `, ${o.highlightRole},` : ""} thick)` : ""}; grey: 10–90% of all states${o.standard === undefined ? "" : "; dashed: the standard"}`,
    width: Math.max(base.width ?? defaultWidth, 70 + 200 * cols), height: 60 + 150 * rows, marginTop: 36,
    x: {...base.x, ticks: innerTicks(data.times[0], data.times.at(-1)!)},
    y: {domain: [0, 1], label: null, ticks: 3, grid: true},
    fx: {domain: Array.from({length: cols}, (_, k) => k), axis: null, padding: 0.14},
    fy: {domain: Array.from({length: rows}, (_, k) => k), axis: null, padding: 0.3},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      ...panels.map((p) => Plot.areaY(band, {x: "x", y1: "lo", y2: "hi", fill: "#ccc", fillOpacity: 0.6, fx: () => p.col, fy: () => p.row})),
      ...(o.standard === undefined ? [] : [Plot.ruleY([o.standard], {stroke: darkColor, strokeDasharray: "6,3"})]),
      Plot.lineY(lines, {x: "x", y: "y", z: "id", fx: "col", fy: "row", stroke: "#4269d0", strokeWidth: 1.2}),
      Plot.lineY(lines.filter((p) => p.id === o.highlight), {x: "x", y: "y", fx: "col", fy: "row", stroke: darkColor, strokeWidth: 2.6}),
      Plot.text(panels, {fx: "col", fy: "row", text: "region", frameAnchor: "top-left", lineAnchor: "bottom", dy: -6, fontWeight: "bold", fontSize: 12})
    ]
  };
}

/** How many states hold each position (bins of 1/50) at each recorded time, the groups at the end counted at the right. */
function density(data: TrajectoriesData, o: TrajectoriesFigureOptions, base: Base, yLabel: string, events: Plot.Markish[]): Plot.PlotOptions {
  const bins = 50;
  const cells: {x1: number; x2: number; y1: number; y2: number; count: number}[] = [];
  const t = data.times;
  let last: number[] = [];
  t.forEach((x, k) => {
    const counts = new Array<number>(bins).fill(0);
    for (const s of data.states) counts[Math.min(bins - 1, Math.max(0, Math.floor(s.values[k] * bins)))]++;
    const x1 = k === 0 ? x : (x + t[k - 1]) / 2;
    const x2 = k === t.length - 1 ? x : (x + t[k + 1]) / 2;
    counts.forEach((count, b) => count > 0 && cells.push({x1, x2, y1: b / bins, y2: (b + 1) / bins, count}));
    last = counts;
  });
  const groups = finalGroups(last, bins);
  return {
    ...base, subtitle: o.subtitle ?? `${data.states.length} states: how many hold each position (bins of 0.02) at each recorded ${data.axis}; at the right, the groups at the end`,
    height: 420, marginTop: 30, marginRight: 86,
    y: {domain: [0, 1], label: null},
    color: {type: "sqrt", scheme: "blues", legend: true, label: "states"},
    marks: [
      yTitle(yLabel),
      Plot.rect(cells, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "count", inset: 0}),
      ...standardMarks(o.standard),
      ...events,
      Plot.text(groups, {x: () => t.at(-1), y: "y", text: "text", textAnchor: "start", dx: 6, fontSize: 11, fill: darkColor})
    ]
  };
}

/** Runs of occupied bins at the end, each as `n states` at its mean position (the 8 largest, none within 0.04 of a larger one). */
function finalGroups(counts: readonly number[], bins: number): {y: number; text: string}[] {
  const runs: {n: number; sum: number}[] = [];
  counts.forEach((c, b) => {
    if (c === 0) return;
    const open = runs.at(-1);
    if (open !== undefined && counts[b - 1] > 0) {
      open.n += c;
      open.sum += c * (b + 0.5) / bins;
    } else runs.push({n: c, sum: c * (b + 0.5) / bins});
  });
  const kept: {y: number; text: string}[] = [];
  for (const r of runs.sort((a, b) => b.n - a.n)) {
    const y = r.sum / r.n;
    if (kept.length < 8 && kept.every((k) => Math.abs(k.y - y) > 0.04)) kept.push({y, text: `${r.n} state${r.n === 1 ? "" : "s"}`});
  }
  return kept;
}
