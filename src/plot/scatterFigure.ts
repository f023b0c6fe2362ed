/**
 * A sweep's final values against each parameter: one panel per parameter (its own x range, in
 * rows of up to 3), a dot per design point at the replicate mean, a grey whisker over the
 * replicates' 5–95% range, and a LOESS smoother (a mean per value for a listed, non-numeric
 * parameter). Reads at a glance for any number of points and any design (lhs, sobol,
 * saltelli, morris, grids). Pure: returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import {loess} from "./smoother.js";
import {niceTicks} from "./niceTicks.js";
import {formatNumber} from "./svgText.js";
import {categoryColors, darkColor, defaultWidth, figureStyle} from "./theme.js";

/** One design point: its parameter values (as in curves.csv) and the metric's final mean and band. */
export interface ScatterPoint {
  values: readonly string[];
  mean: number;
  p05: number;
  p95: number;
}

/** Options of {@link scatterFigure}. */
export interface ScatterFigureOptions {
  /** Parameter labels (e.g. short names), one per value column. */
  parameters: readonly string[];
  title?: string;
  width?: number;
}

const columns = 3;

/** The scatter figure (see the file comment). */
export function scatterFigure(points: readonly ScatterPoint[], o: ScatterFigureOptions): Plot.PlotOptions {
  if (points.length === 0) throw new Error("no design points to draw");
  const k = o.parameters.length;
  const cols = Math.min(columns, Math.max(1, k));
  const rows = Math.ceil(k / cols);
  const data: {u: number; y: number; lo: number; hi: number; fx: number; fy: number}[] = [];
  const ticks: {u: number; text: string; fx: number; fy: number}[] = [];
  const smooth: {u: number; y: number; fx: number; fy: number; z: number}[] = [];
  const titles: {text: string; fx: number; fy: number}[] = [];
  for (let j = 0; j < k; j++) {
    const facet = {fx: j % cols, fy: Math.floor(j / cols)};
    const axis = positions(points.map((p) => p.values[j]));
    points.forEach((p, n) => data.push({u: axis.u[n], y: p.mean, lo: p.p05, hi: p.p95, ...facet}));
    for (const t of axis.ticks) ticks.push({...t, ...facet});
    const curve = axis.numeric ? loess(axis.u, points.map((p) => p.mean)) : categoryMeans(axis.u, points.map((p) => p.mean));
    curve.forEach((c, n) => smooth.push({u: c.x, y: c.y, ...facet, z: axis.numeric ? 0 : Math.floor(n / 2)}));
    titles.push({text: o.parameters[j], ...facet});
  }
  const banded = data.filter((d) => d.hi > d.lo);
  const dense = points.length > 100;
  const panelHeight = 200;
  return {
    title: o.title, subtitle: `dot: replicate mean of a design point${banded.length > 0 ? "; grey whisker: 5–95% of its replicates" : ""}; line: LOESS smoother`,
    width: o.width ?? defaultWidth, height: 24 + rows * (panelHeight + 56), marginTop: 26, marginLeft: 56, marginRight: 16, marginBottom: 26,
    style: figureStyle,
    x: {domain: [-0.04, 1.04], axis: null},
    y: {label: null, grid: true, nice: true},
    fx: {domain: Array.from({length: cols}, (_, c) => c), axis: null, padding: 0.12},
    fy: {domain: Array.from({length: rows}, (_, r) => r), axis: null, padding: 0.28},
    marks: [
      Plot.ruleX(ticks, {x: "u", fx: "fx", fy: "fy", stroke: "#e4e4e4"}),
      Plot.text(ticks, {x: "u", fx: "fx", fy: "fy", text: "text", frameAnchor: "bottom", dy: 14, fontSize: 11}),
      Plot.ruleX(banded, {x: "u", y1: "lo", y2: "hi", fx: "fx", fy: "fy", stroke: "#9a9a9a", strokeOpacity: dense ? 0.35 : 0.6}),
      Plot.dot(data, {x: "u", y: "y", fx: "fx", fy: "fy", r: dense ? 2.2 : 3, fill: categoryColors[0], fillOpacity: dense ? 0.55 : 0.8}),
      Plot.line(smooth, {x: "u", y: "y", z: (d) => `${d.fx},${d.fy},${d.z}`, fx: "fx", fy: "fy", stroke: darkColor, strokeWidth: 2.5}),
      Plot.text(titles, {fx: "fx", fy: "fy", text: "text", frameAnchor: "top-left", lineAnchor: "bottom", dy: -6, fontWeight: "bold", fontSize: 13}),
      Plot.frame({stroke: "#cccccc"})
    ]
  };
}

/** Positions in [0, 1] of a parameter's values and the ticks under its panel: numbers on a linear scale, other values evenly spaced. */
function positions(values: readonly string[]): {u: number[]; ticks: {u: number; text: string}[]; numeric: boolean} {
  const numeric = values.every((v) => v !== "" && Number.isFinite(Number(v)));
  if (numeric) {
    const xs = values.map(Number);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const scale = (x: number) => (hi > lo ? (x - lo) / (hi - lo) : 0.5);
    const ticks = niceTicks(lo, hi, 4).map((t) => ({u: scale(t), text: formatNumber(t)}));
    return {u: xs.map(scale), ticks: hi > lo ? ticks : [{u: 0.5, text: formatNumber(lo)}], numeric: hi > lo && new Set(xs).size >= 3};
  }
  const levels = [...new Set(values)];
  const place = (v: string) => (levels.length === 1 ? 0.5 : levels.indexOf(v) / (levels.length - 1));
  return {u: values.map(place), ticks: levels.map((v) => ({u: place(v), text: v})), numeric: false};
}

/** A short level line per distinct position: the mean of the points there. */
function categoryMeans(us: readonly number[], ys: readonly number[]): {x: number; y: number}[] {
  const groups = new Map<number, number[]>();
  us.forEach((u, n) => groups.set(u, [...(groups.get(u) ?? []), ys[n]]));
  return [...groups].sort((a, b) => a[0] - b[0]).flatMap(([u, g]) => {
    const mean = g.reduce((s, v) => s + v, 0) / g.length;
    return [{x: u - 0.06, y: mean}, {x: u + 0.06, y: mean}];
  });
}
