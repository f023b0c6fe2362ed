import * as Plot from "@observablehq/plot";
import {metricLabel} from "./metricLabel.js";
import {formatNumber} from "./svgText.js";
import {distinctDigits} from "./distinctDigits.js";
import {defaultWidth, figureStyle, plainNumber} from "./theme.js";

/** One cell's input: the two swept parameter values and the metric's final value there. */
export interface HeatmapRow {
  x: number;
  y: number;
  value: number;
  /** The replicates' 5th and 95th percentiles there, when known: shown as ± in the cell and keeping noise pale. */
  lo?: number;
  hi?: number;
}

/** Options of `heatmapFigure`. */
export interface HeatmapFigureOptions {
  /** The parameter on the x axis, e.g. `dynamics.hegemonBias` (the axis label). */
  x: string;
  /** The parameter on the y axis (the axis label). */
  y: string;
  /** The metric whose final value colours the cells (the legend label, via `metricLabel`). */
  metric: string;
  title?: string;
  /** Width in pixels; default 800. */
  width?: number;
  /** A Plot colour scheme, dark for low values; default `viridis`. */
  scheme?: Plot.ColorScheme;
  /** Print each cell's value in it; default when there are at most 12×12 cells. */
  cellLabels?: boolean;
}

/**
 * A heat map of a metric's final value over two swept parameters: one cell per (x, y), the mean
 * when several rows (replicates) share a cell, with a colour legend and axis labels. Cell
 * values print with the digits that tell them apart (0.0999 and 0.102, not 0.1 twice); with
 * replicate percentiles, each cell also prints ± half its 5–95% band, and the colour scale
 * spans at least the median band, so that differences smaller than the replicates' own spread
 * stay pale instead of being stretched into a pattern.
 * Returns Plot options; call `Plot.plot` (or `renderSvg`) on them.
 */
export function heatmapFigure(rows: readonly HeatmapRow[], options: HeatmapFigureOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error(`no rows for heat map of ${options.metric}`);
  const xs = [...new Set(rows.map((row) => row.x))].sort((a, b) => a - b);
  const ys = [...new Set(rows.map((row) => row.y))].sort((a, b) => a - b);
  const cellLabels = options.cellLabels ?? (xs.length <= 12 && ys.length <= 12);
  const cells = meanCells(rows);
  const spread = cells.filter((c) => c.lo !== undefined && c.hi !== undefined && Number.isFinite(c.hi - c.lo));
  const band = spread.length > 0 ? median(spread.map((c) => c.hi! - c.lo!)) : 0;
  const values = cells.map((c) => c.value);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const middle = (lo + hi) / 2;
  const domain = hi - lo >= band ? [lo, hi] : [middle - band / 2, middle + band / 2];
  const subtitle = spread.length > 0 ? `± half the 5–95% range of the replicates; colours span at least the median range (${formatNumber(band, 2)}), so differences within it stay pale` : undefined;
  return {
    title: options.title, subtitle, width: options.width ?? defaultWidth, height: Math.min(640, 90 + (spread.length > 0 ? 54 : 44) * ys.length),
    marginLeft: 70, marginBottom: 46, marginTop: 12, marginRight: 20,
    style: figureStyle,
    x: {domain: xs, label: options.x, tickFormat: plainNumber, labelAnchor: "center", labelArrow: "none"},
    y: {domain: ys, label: options.y, tickFormat: plainNumber, reverse: true, labelArrow: "none", labelOffset: 56},
    color: {type: "linear", scheme: options.scheme ?? "viridis", domain, label: `final ${metricLabel(options.metric)}`, legend: true},
    marks: [
      Plot.cell(cells, {x: "x", y: "y", fill: "value", inset: 0.5}),
      ...(cellLabels ? cellText(cells, domain) : [])
    ]
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** The value printed in each cell (± half the replicate band): white on the dark half of the scheme, black on the light half. */
function cellText(cells: HeatmapRow[], [lo, hi]: number[]): Plot.Markish[] {
  const dark = (c: HeatmapRow) => hi === lo || (c.value - lo) / (hi - lo) < 0.55;
  const digits = distinctDigits(cells.map((c) => c.value), 2, 4);
  const half = (c: HeatmapRow) => (c.lo !== undefined && c.hi !== undefined && Number.isFinite(c.hi - c.lo) ? `\n±${formatNumber((c.hi - c.lo) / 2, 1)}` : "");
  const text = (c: HeatmapRow) => `${formatNumber(c.value, digits)}${half(c)}`;
  return [
    Plot.text(cells.filter(dark), {x: "x", y: "y", text, fill: "white", fontSize: 11}),
    Plot.text(cells.filter((c) => !dark(c)), {x: "x", y: "y", text, fill: "black", fontSize: 11})
  ];
}

/** One row per distinct (x, y), holding the mean value of the rows there (and, of one row, its band). */
function meanCells(rows: readonly HeatmapRow[]): HeatmapRow[] {
  const sums = new Map<string, {x: number; y: number; sum: number; n: number; lo?: number; hi?: number}>();
  for (const row of rows) {
    const key = `${row.x}|${row.y}`;
    const cell = sums.get(key) ?? {x: row.x, y: row.y, sum: 0, n: 0, lo: row.lo, hi: row.hi};
    cell.sum += row.value;
    cell.n++;
    sums.set(key, cell);
  }
  return [...sums.values()].map((c) => ({x: c.x, y: c.y, value: c.sum / c.n, ...(c.n === 1 && c.lo !== undefined ? {lo: c.lo, hi: c.hi} : {})}));
}
