import * as Plot from "@observablehq/plot";
import type {CurveRow} from "./curveRow.js";
import {metricLabel} from "./metricLabel.js";
import {maxOverlaidLabels} from "./overlaidLabels.js";
import {cumulative, isCountMetric, isStepMetric} from "./metricKinds.js";
import {panelScales, unitY} from "./panelScales.js";
import {panelTitles} from "./panelTitles.js";
import {textWidth} from "./svgText.js";
import {categoryColors, defaultWidth, figureStyle} from "./theme.js";
import {timeAxis} from "./timeAxis.js";

/** Options of `bandsFigure`. */
export interface BandsFigureOptions {
  /** Metrics to draw, one panel each, in this order; default every metric of the rows, in order of appearance. */
  metrics?: string[];
  /** The line: `mean` (default) or `p50` (the median). */
  center?: "mean" | "p50";
  title?: string;
  /** Width in pixels; default 800 (more when faceted by label: at least 90 pixels per label). */
  width?: number;
  /** Heading of the colour legend, e.g. the swept parameter; default none. */
  legendLabel?: string;
  /** One y scale for every panel (when the panels are one metric at different parameter values); default false: each panel its own. */
  sharedY?: boolean;
}

export {maxOverlaidLabels};

interface Point {
  x: number;
  label: string;
  panel: string;
  center: number;
  lo: number;
  hi: number;
}

/**
 * Sweep or comparison curves: per label a line (mean, or p50) and a translucent p05–p95 band, one
 * colour per label with a legend, one panel per metric, each on its own y scale fitted to its
 * data; more than 8 labels get one column each. Counts per tick (`withheld`, `meetings`) are
 * drawn as running sums of the mean, without a band (the panel title says so).
 * Returns Plot options; call `Plot.plot` (or `renderSvg`) on them.
 */
export function bandsFigure(rows: readonly CurveRow[], options: BandsFigureOptions = {}): Plot.PlotOptions {
  const {center = "mean", title, legendLabel} = options;
  if (center !== "mean" && center !== "p50") throw new Error(`invalid center: ${center}`);
  const metrics = options.metrics ?? [...new Set(rows.map((row) => row.metric))];
  const kept = rows.filter((row) => metrics.includes(row.metric));
  const present = metrics.filter((metric) => kept.some((row) => row.metric === metric));
  if (present.length === 0) throw new Error(`no curve rows for metrics: ${metrics.join(", ") || "(none)"}`);
  const axis = timeAxis(kept);
  const points = curvePoints(kept, center, axis.x);
  const labels = [...new Set(points.map((p) => p.label))];
  const panels = present.map(panelName);
  const columns = labels.length > maxOverlaidLabels;
  const header = columnHeader(labels);
  const width = Math.max(options.width ?? defaultWidth, columns ? 80 + header.columnWidth * labels.length : 0);
  const whole = new Set(present.filter(isStepMetric).map(panelName));
  const valuesOf = (panel?: string) => points.filter((p) => panel === undefined || p.panel === panel).flatMap((p) => [p.lo, p.hi, p.center]);
  const scales = panelScales(new Map(panels.map((panel) => [panel, valuesOf(options.sharedY ? undefined : panel)])), 4, whole,
    columns ? labels[0] : undefined);
  const drawn = points.map((p) => ({...p, center: scales.y(p.panel, p.center), lo: scales.y(p.panel, p.lo), hi: scales.y(p.panel, p.hi)}));
  const facets = {fy: "panel", ...(columns ? {fx: "label"} : {})} as const;
  return {
    title, width, height: 80 + 210 * panels.length,
    marginTop: columns ? 40 + 13 * header.lines : 30, marginLeft: Math.max(44, scales.marginLeft), marginRight: 20, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none", ticks: columns ? 3 : undefined},
    y: unitY,
    fy: {domain: panels, axis: null, label: null, padding: 0.18},
    fx: columns ? {domain: labels, axis: null, label: null, padding: 0.2} : undefined,
    color: {
      domain: labels, range: labels.map((_, k) => categoryColors[k % categoryColors.length]),
      legend: !columns, label: legendLabel
    },
    marks: [
      ...scales.marks,
      Plot.areaY(drawn.filter((p) => !p.count), {x: "x", y1: "lo", y2: "hi", z: "label", fill: "label", fillOpacity: 0.18, ...facets}),
      Plot.lineY(drawn.filter((p) => !p.step), {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 2, ...facets}),
      Plot.lineY(drawn.filter((p) => p.step), {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 2, curve: "step-after", ...facets}),
      ...(columns ? [Plot.axisFx({anchor: "top", label: null, tickSize: 0, dy: -24, fontSize: 11, tickFormat: header.format})] : []),
      panelTitles(panels, columns ? labels[0] : undefined)
    ]
  };
}

/** A metric's panel title: its label, and for a count what is drawn of it. */
function panelName(metric: string): string {
  return isCountMetric(metric) ? `${metricLabel(metric)}, cumulative (running sum of the mean; no band)` : metricLabel(metric);
}

/** The points of each curve, in row order; a count's become the running sum of its centre line. */
function curvePoints(rows: readonly CurveRow[], center: "mean" | "p50", x: (r: CurveRow) => number): (Point & {count: boolean; step: boolean})[] {
  const out: (Point & {count: boolean; step: boolean})[] = [];
  const groups = new Map<string, CurveRow[]>();
  for (const r of rows) groups.set(`${r.label}\u0000${r.metric}`, [...(groups.get(`${r.label}\u0000${r.metric}`) ?? []), r]);
  for (const list of groups.values()) {
    const metric = list[0].metric;
    const count = isCountMetric(metric);
    const sums = count ? cumulative(list.map((r) => r.mean)) : [];
    list.forEach((r, k) => out.push({
      x: x(r), label: r.label, panel: panelName(metric), count, step: isStepMetric(metric),
      center: count ? sums[k] : r[center], lo: count ? sums[k] : r.p05, hi: count ? sums[k] : r.p95
    }));
  }
  return out;
}

/** Column headings for many labels: one line per `, `-separated part, and the room they need. */
function columnHeader(labels: readonly string[]): {format: (label: string) => string; lines: number; columnWidth: number} {
  const parts = labels.map((label) => label.split(", "));
  const widest = Math.max(...parts.flat().map((part) => textWidth(part, 11)));
  return {
    format: (label) => label.split(", ").join("\n"),
    lines: Math.max(...parts.map((p) => p.length)),
    columnWidth: Math.min(240, Math.max(100, Math.ceil(widest / 0.8) + 8))
  };
}
