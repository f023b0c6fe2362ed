import * as Plot from "@observablehq/plot";
import type {CurveRow} from "./curveRow.js";
import {metricLabel} from "./metricLabel.js";
import {maxOverlaidLabels} from "./overlaidLabels.js";
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
 * colour per label with a legend, one panel per metric; more than 8 labels get one column each.
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
  const points: Point[] = kept.map((row) => ({
    x: axis.x(row), label: row.label, panel: metricLabel(row.metric), center: row[center], lo: row.p05, hi: row.p95
  }));
  const labels = [...new Set(points.map((p) => p.label))];
  const panels = present.map(metricLabel);
  const columns = labels.length > maxOverlaidLabels;
  const header = columnHeader(labels);
  const width = Math.max(options.width ?? defaultWidth, columns ? 80 + header.columnWidth * labels.length : 0);
  const facets = {fy: "panel", ...(columns ? {fx: "label"} : {})} as const;
  return {
    title, width, height: 80 + 210 * panels.length,
    marginTop: columns ? 40 + 13 * header.lines : 30, marginLeft: 56, marginRight: 20, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none", ticks: columns ? 3 : undefined},
    y: {label: null, grid: true, nice: true},
    fy: {domain: panels, axis: null, label: null, padding: 0.18},
    fx: columns ? {domain: labels, axis: null, label: null, padding: 0.2} : undefined,
    color: {
      domain: labels, range: labels.map((_, k) => categoryColors[k % categoryColors.length]),
      legend: !columns, label: legendLabel
    },
    marks: [
      Plot.areaY(points, {x: "x", y1: "lo", y2: "hi", z: "label", fill: "label", fillOpacity: 0.18, ...facets}),
      Plot.lineY(points, {x: "x", y: "center", z: "label", stroke: "label", strokeWidth: 2, ...facets}),
      ...(columns ? [Plot.axisFx({anchor: "top", label: null, tickSize: 0, dy: -24, fontSize: 11, tickFormat: header.format})] : []),
      panelTitles(panels, columns ? labels[0] : undefined)
    ]
  };
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
