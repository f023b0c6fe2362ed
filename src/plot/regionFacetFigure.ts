/**
 * Compared curves faceted by region: one small panel per region and metric (a block of rows per
 * metric, regions filling the rows left to right), in each a line and a translucent p05–p95
 * band per label, one colour per label with a legend. Pure: returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import type {CompareRow} from "./compareRow.js";
import {groupLabel, metricLabel} from "./metricLabel.js";
import {categoryColors, figureStyle} from "./theme.js";
import {timeAxis} from "./timeAxis.js";

/** Options of `regionFacetFigure`. */
export interface RegionFacetOptions {
  /** Metrics to draw, one block of panels each, in this order; default every metric of the rows. */
  metrics?: string[];
  title?: string;
  subtitle?: string;
  /** Panels per row; default 2 to 4 depending on the number of regions. */
  columns?: number;
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

/** Panels per row for `n` regions: all of them up to 3, 2 for 4, 3 up to 9, else 4. */
export function facetColumns(n: number): number {
  return n <= 3 ? n : n === 4 ? 2 : n <= 9 ? 3 : 4;
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
  const labels = [...new Set(points.map((p) => p.label))];
  const panels = metrics.flatMap((metric) => regions.map((group) => ({...cell(metric, group), region: groupLabel(group), metric: metricLabel(metric)})));
  const facets = {fx: "col", fy: "row"} as const;
  const panelFacets = {fx: (p: {col: number}) => p.col, fy: (p: {row: number}) => p.row};
  return {
    title: o.title, subtitle: o.subtitle,
    width: Math.max(800, 70 + 250 * cols), height: 60 + 190 * perMetric * metrics.length,
    marginTop: 40, marginLeft: 56, marginRight: 28, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none", ticks: 4},
    y: {label: null, grid: true, nice: true},
    fx: {domain: Array.from({length: cols}, (_, k) => k), axis: null, label: null, padding: 0.12},
    fy: {domain: Array.from({length: perMetric * metrics.length}, (_, k) => k), axis: null, label: null, padding: 0.26},
    color: {domain: labels, range: labels.map((_, k) => categoryColors[k % categoryColors.length]), legend: true},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.areaY(points, {x: "x", y1: "lo", y2: "hi", z: "label", fill: "label", fillOpacity: 0.18, ...facets}),
      Plot.lineY(points, {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 1.8, ...facets}),
      Plot.text(panels, {...panelFacets, text: "region", frameAnchor: "top-left", lineAnchor: "bottom", dy: -20, fontWeight: "bold", fontSize: 12}),
      Plot.text(panels, {...panelFacets, text: "metric", frameAnchor: "top-left", lineAnchor: "bottom", dy: -6, fontSize: 11, fill: "#555"})
    ]
  };
}
