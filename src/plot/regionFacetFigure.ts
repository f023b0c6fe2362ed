/**
 * Curves faceted by region: one small panel per region and metric (a block of rows per metric,
 * regions filling the rows left to right), in each a line and a translucent p05–p95 band per
 * label, one colour per label with a legend, and optionally a grey reference curve (all
 * states) in every panel. Each metric's block has its own y scale. Pure: returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import type {CompareRow} from "./compareRow.js";
import {groupLabel, metricLabel} from "./metricLabel.js";
import {niceTicks} from "./niceTicks.js";
import {panelScales, unitY} from "./panelScales.js";
import {distinctColors, figureStyle, plainNumber} from "./theme.js";
import {timeAxis} from "./timeAxis.js";

/** Options of `regionFacetFigure`. */
export interface RegionFacetOptions {
  /** Metrics to draw, one block of panels each, in this order; default every metric of the rows. */
  metrics?: string[];
  title?: string;
  subtitle?: string;
  caption?: string;
  /** Panels per row; default 2 to 4 depending on the number of regions. */
  columns?: number;
  /** Rows (group `all`) drawn as a grey line in every panel of their metric, e.g. all states; default none. */
  reference?: readonly CompareRow[];
  /** Legend label of the reference line; default "all states". */
  referenceLabel?: string;
  /** Name the metric in every panel under the region (default true; false when the title names the one metric). */
  metricLabels?: boolean;
}

interface Point {
  x: number;
  col: number;
  row: number;
  label: string;
  center: number;
  lo: number;
  hi: number;
}

const referenceColor = "#9a9a9a";

/** Panels per row for `n` regions: all of them up to 3, 2 for 4, 3 up to 9, else 4. */
export function facetColumns(n: number): number {
  return n <= 3 ? n : n === 4 ? 2 : n <= 9 ? 3 : 4;
}

/**
 * X ticks that stay clear of a panel's two ends (so that the last label of one panel and the
 * first of the next never meet): round values at least 12% of the range inside each end.
 */
export function innerTicks(lo: number, hi: number, count = 3): number[] {
  const margin = 0.12 * (hi - lo);
  const inside = niceTicks(lo + margin, hi - margin, count);
  return inside.length > 0 ? inside : [(lo + hi) / 2];
}

/** The figure; rows of groups other than `region:<name>` are left out. Throws when no region rows remain. */
export function regionFacetFigure(rows: readonly CompareRow[], o: RegionFacetOptions = {}): Plot.PlotOptions {
  const regional = rows.filter((r) => r.group.startsWith("region:"));
  const metrics = (o.metrics ?? [...new Set(regional.map((r) => r.metric))]).filter((m) => regional.some((r) => r.metric === m));
  if (metrics.length === 0) throw new Error("no region curves to draw");
  const regions = [...new Set(regional.map((r) => r.group))];
  const cols = o.columns ?? facetColumns(regions.length);
  const perMetric = Math.ceil(regions.length / cols);
  const cell = (metric: string, group: string) => {
    const k = regions.indexOf(group);
    return {col: k % cols, row: metrics.indexOf(metric) * perMetric + Math.floor(k / cols)};
  };
  const kept = regional.filter((r) => metrics.includes(r.metric));
  const axis = timeAxis(kept);
  const points: Point[] = kept.map((r) => ({x: axis.x(r), ...cell(r.metric, r.group), label: r.label, center: r.mean, lo: r.p05, hi: r.p95}));
  const refLabel = o.referenceLabel ?? "all states";
  const reference = (o.reference ?? []).filter((r) => metrics.includes(r.metric));
  const refPoints = reference.flatMap((r) => regions.map((g) => ({x: axis.x(r), ...cell(r.metric, g), label: refLabel, center: r.mean, lo: r.p05, hi: r.p95})));
  const labels = [...new Set(points.map((p) => p.label))];
  const panels = metrics.flatMap((metric) => regions.map((group) => ({...cell(metric, group), region: groupLabel(group), metric: metricLabel(metric)})));
  // One y scale per metric: its block of rows shares it.
  const block = (row: number) => metrics[Math.floor(row / perMetric)];
  const scales = panelScales(new Map(metrics.map((m) => [m, [...points, ...refPoints].filter((p) => block(p.row) === m).flatMap((p) => [p.lo, p.hi, p.center])])), 3);
  const scaled = (p: Point) => ({...p, center: scales.y(block(p.row), p.center), lo: scales.y(block(p.row), p.lo), hi: scales.y(block(p.row), p.hi)});
  const xs = points.map((p) => p.x);
  const facets = {fx: "col", fy: "row"} as const;
  const panelFacets = {fx: (p: {col: number}) => p.col, fy: (p: {row: number}) => p.row};
  const axisRows = Array.from({length: perMetric * metrics.length}, (_, row) => row);
  return {
    title: o.title, subtitle: o.subtitle, caption: o.caption,
    width: Math.max(800, 70 + 250 * cols), height: 60 + 190 * perMetric * metrics.length,
    marginTop: 40, marginLeft: Math.max(44, scales.marginLeft), marginRight: 20, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: plainNumber, labelAnchor: "center", labelArrow: "none", ticks: innerTicks(Math.min(...xs), Math.max(...xs))},
    y: unitY,
    fx: {domain: Array.from({length: cols}, (_, k) => k), axis: null, label: null, padding: 0.16},
    fy: {domain: axisRows, axis: null, label: null, padding: 0.26},
    color: {
      domain: [...labels, ...(refPoints.length > 0 ? [refLabel] : [])],
      range: [...distinctColors(labels.length), ...(refPoints.length > 0 ? [referenceColor] : [])],
      legend: true
    },
    marks: [
      // a frame and grid lines in the panels that exist only (the last row may have fewer), tick labels in the first column
      Plot.rect(panels, {...panelFacets, fill: "none", stroke: "#ddd"}),
      ...axisRows.flatMap((row) => scaleMarks(scales, block(row), row, panels.filter((p) => p.row === row).map((p) => p.col))),
      Plot.lineY(refPoints.map(scaled), {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 1.4, ...facets}),
      Plot.areaY(points.map(scaled), {x: "x", y1: "lo", y2: "hi", z: "label", fill: "label", fillOpacity: 0.18, ...facets}),
      Plot.lineY(points.map(scaled), {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 1.8, ...facets}),
      Plot.text(panels, {...panelFacets, text: "region", frameAnchor: "top-left", lineAnchor: "bottom", dy: o.metricLabels === false ? -6 : -20, fontWeight: "bold", fontSize: 12}),
      ...(o.metricLabels === false ? [] : [Plot.text(panels, {...panelFacets, text: "metric", frameAnchor: "top-left", lineAnchor: "bottom", dy: -6, fontSize: 11, fill: "#555"})])
    ]
  };
}

/** Grid lines in the panels of a row (columns `cols`), tick labels only in its first column. */
function scaleMarks(scales: ReturnType<typeof panelScales>, metric: string, row: number, cols: readonly number[]): Plot.Markish[] {
  const [lo, hi] = scales.domains.get(metric)!;
  const ticks = niceTicks(lo, hi, 3).map((t) => ({y: (t - lo) / (hi - lo), label: plainNumber(Number(t.toPrecision(3)))}));
  return [
    Plot.ruleY(ticks.flatMap((t) => cols.map((col) => ({...t, col}))), {y: "y", fx: "col", fy: () => row, stroke: "#e4e4e4"}),
    Plot.text(ticks, {y: "y", fx: () => 0, fy: () => row, text: "label", frameAnchor: "left", textAnchor: "end", dx: -6, fontSize: 11, fill: "#333"})
  ];
}
