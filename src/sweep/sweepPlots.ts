/**
 * A sweep's figures, drawn from its `curves.csv` (so `rcmp merge` draws them the same way):
 * per recorded metric, curves with p05–p95 replicate bands, one colour per design point
 * (beyond 8 points of a grid: panels by all but the last parameter, or columns; left out beyond
 * `maxBandPoints` points, and beyond 8 points of a sampled design); for a sampled design (lhs,
 * sobol, saltelli, morris) or a grid too large for curves, the final value against each
 * parameter (`scatterFigure`); and for a grid over two numeric parameters, a heat map of each
 * metric's final value (the mean at the last tick, with the replicates' spread).
 */
import {join} from "node:path";
import type * as Plot from "@observablehq/plot";
import {parseCsvRecord} from "../results/csv.js";
import {bandsFigure, maxOverlaidLabels} from "../plot/bandsFigure.js";
import {metricLabel} from "../plot/metricLabel.js";
import {heatmapFigure, type HeatmapRow} from "../plot/heatmapFigure.js";
import type {CurveRow} from "../plot/curveRow.js";
import {writeFigure} from "../io/writeFigure.js";
import {csvRecords} from "./csvFile.js";
import {files} from "./resultFiles.js";
import {parameterFormats, shortNames, sweepLabelOf} from "../results/labels.js";
import {scatterFigure, type ScatterPoint} from "../plot/scatterFigure.js";
import {readFileSync} from "node:fs";

/** Most design points drawn as curves; more would be unreadable. */
export const maxBandPoints = 40;

/** What the figures need to know of the sweep. */
export interface PlotSpec {
  design: string;
  parameters: string[];
  record: string[];
  points: number;
}

/** Reads curves.csv, calling `each` with the cells of every row by column name. */
function readCurves(dir: string, each: (cell: (name: string) => string) => void): void {
  let header: string[] | undefined;
  for (const r of csvRecords(join(dir, files.curves))) {
    const cells = parseCsvRecord(r.text);
    if (header === undefined) header = cells;
    else each((name) => cells[header!.indexOf(name)]);
  }
}

/** Curve rows labelled `name=value, ...` (or `base` without parameters). */
export function curveRows(dir: string, parameters: readonly string[]): CurveRow[] {
  return panelRows(dir, parameters, 0);
}

/**
 * Curve rows whose `metric` is replaced by a panel name made of the first `panelParameters`
 * parameters and whose label is made of the others (all of them when `panelParameters` is 0,
 * which keeps the metric).
 */
function panelRows(dir: string, parameters: readonly string[], panelParameters: number): CurveRow[] {
  const names = shortNames(parameters);
  const formats = parameterFormats(parameters, readFileSync(join(dir, files.design), "utf8"));
  const rows: CurveRow[] = [];
  const part = (cell: (name: string) => string, from: number, to: number) =>
    parameters.slice(from, to).map((p, j) => `${names[from + j]}=${formats[from + j](cell(p))}`).join(", ");
  const pointLabel = sweepLabelOf(parameters, undefined, formats);
  readCurves(dir, (cell) => {
    const label = panelParameters === 0 ? pointLabel(cell) : part(cell, panelParameters, parameters.length);
    const metric = panelParameters === 0 ? cell("metric") : `${cell("metric")}|${part(cell, 0, panelParameters)}`;
    const year = cell("year");
    rows.push({label, tick: Number(cell("tick")), year: year === "" ? null : Number(year), metric,
      mean: Number(cell("mean")), p05: Number(cell("p05")), p50: Number(cell("p50")), p95: Number(cell("p95"))});
  });
  return rows;
}

/**
 * The figure of one metric. Up to 8 design points share one panel, a colour each; with more
 * points and two or more parameters, each combination of all but the last parameter gets a
 * panel and the last one a colour (when that makes at most 12 panels of at most 8 colours);
 * otherwise each point gets a column.
 */
function curvesFigure(dir: string, spec: PlotSpec, metric: string): Plot.PlotOptions | undefined {
  const title = `${metricLabel(metric)}: replicate mean with 5–95% band`;
  const names = shortNames(spec.parameters);
  if (spec.points > maxOverlaidLabels && spec.parameters.length >= 2) {
    const rows = panelRows(dir, spec.parameters, spec.parameters.length - 1).filter((r) => r.metric.startsWith(`${metric}|`));
    const panels = [...new Set(rows.map((r) => r.metric))];
    const colours = new Set(rows.map((r) => r.label));
    if (rows.length > 0 && panels.length <= 12 && colours.size <= maxOverlaidLabels) {
      const relabelled = rows.map((r) => ({...r, metric: r.metric.slice(metric.length + 1)}));
      return bandsFigure(relabelled, {metrics: panels.map((p) => p.slice(metric.length + 1)), legendLabel: names.at(-1), title, sharedY: true});
    }
  }
  const rows = curveRows(dir, spec.parameters).filter((r) => r.metric === metric);
  if (rows.length === 0) return undefined;
  return bandsFigure(rows, {metrics: [metric], legendLabel: spec.parameters.length > 0 ? names.join(", ") : undefined, title});
}

/** Per metric, each point's parameter values and its mean, p05 and p95 at its last tick, in point order. */
function finalPoints(dir: string, parameters: readonly string[]): Map<string, ScatterPoint[]> {
  const last = new Map<string, {tick: number; metric: string; point: ScatterPoint}>();
  readCurves(dir, (cell) => {
    const key = `${cell("point")}|${cell("metric")}`;
    const tick = Number(cell("tick"));
    const seen = last.get(key);
    if (seen === undefined || tick >= seen.tick) {
      const [mean, p05, p95] = ["mean", "p05", "p95"].map((c) => (cell(c) === "" ? NaN : Number(cell(c))));
      last.set(key, {tick, metric: cell("metric"), point: {values: parameters.map((p) => cell(p)), mean, p05, p95}});
    }
  });
  const out = new Map<string, ScatterPoint[]>();
  for (const {metric, point} of last.values()) out.set(metric, [...(out.get(metric) ?? []), point]);
  return out;
}

/** A heat-map row of a final point of a grid over two numeric parameters. */
const heatmapRow = (p: ScatterPoint): HeatmapRow => ({x: Number(p.values[0]), y: Number(p.values[1]), value: p.mean, lo: p.p05, hi: p.p95});

/** Whether every value of a parameter column in curves.csv is a number. */
function numericColumn(dir: string, name: string): boolean {
  let ok = true;
  readCurves(dir, (cell) => {
    if (ok && (cell(name) === "" || !Number.isFinite(Number(cell(name))))) ok = false;
  });
  return ok;
}

/** Draws the figures into `dir/plots/`; returns the paths written and notes on figures left out. */
export async function writeSweepPlots(dir: string, spec: PlotSpec): Promise<{paths: string[]; notes: string[]}> {
  const paths: string[] = [];
  const notes: string[] = [];
  const figure = async (options: Plot.PlotOptions, name: string) => paths.push(...(await writeFigure(options, join(dir, files.plots, name))));
  const grid = spec.design === "grid";
  const curves = spec.points <= (grid ? maxBandPoints : maxOverlaidLabels);
  if (curves) {
    for (const metric of spec.record) {
      const options = curvesFigure(dir, spec, metric);
      if (options) await figure(options, `curves-${metric}`);
    }
  } else notes.push(`curves left out for ${spec.points} design points (one per point would not read); scatter-<metric> shows each point's final value against each parameter`);
  const finals = spec.parameters.length > 0 && (!grid || !curves || spec.parameters.length === 2) ? finalPoints(dir, spec.parameters) : new Map<string, ScatterPoint[]>();
  if (spec.parameters.length > 0 && (!grid || !curves)) {
    for (const metric of spec.record) {
      const points = finals.get(metric);
      if (points && points.length > 0) {
        await figure(scatterFigure(points, {parameters: shortNames(spec.parameters), title: `Final ${metricLabel(metric)} against each parameter (${spec.points} design points)`}), `scatter-${metric}`);
      }
    }
  }
  if (grid && spec.parameters.length === 2) {
    const [x, y] = spec.parameters;
    if (numericColumn(dir, x) && numericColumn(dir, y)) {
      for (const metric of spec.record) {
        const rows = finals.get(metric)?.map(heatmapRow);
        if (rows && rows.length > 0) await figure(heatmapFigure(rows, {x, y, metric, title: `${metricLabel(metric)} at the last tick, replicate mean`}), `heatmap-${metric}`);
      }
    } else notes.push("no heat map: a swept parameter is not numeric");
  }
  return {paths, notes};
}
