/**
 * The figures of `rcmp sensitivity`: horizontal bars of each parameter's measures with their
 * bootstrap intervals (Sobol' S1 and ST side by side, or Morris μ* and σ), a row of panels per
 * metric; and, over time, each parameter's index as a line with its interval as a band.
 * Pure: returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import type {SensitivityIndex, SensitivityRow} from "./sensitivityRow.js";
import {metricLabel} from "./metricLabel.js";
import {formatNumber, textWidth} from "./svgText.js";
import {categoryColors, defaultWidth, figureStyle} from "./theme.js";
import {timeAxis} from "./timeAxis.js";
import {panelTitles} from "./panelTitles.js";

/** Column headings of the measures drawn. */
export const indexLabels: Partial<Record<SensitivityIndex, string>> = {
  S1: "first order S1 (alone)",
  ST: "total order ST (with interactions)",
  mu_star: "μ* (mean |elementary effect|)",
  sigma: "σ (interactions, non-linearity)"
};

/** Options of the sensitivity figures. */
export interface SensitivityFigureOptions {
  title?: string;
  subtitle?: string;
  /** A parameter's label (e.g. its short name); default the path. */
  label?: (parameter: string) => string;
  width?: number;
}

/** A metric's panel title: `final.dispersion` → "final dispersion (mean SD across dimensions)". */
export function outputLabel(metric: string): string {
  return metric.startsWith("final.") ? `final ${metricLabel(metric.slice(6))}` : metricLabel(metric);
}

const drawn = (rows: readonly SensitivityRow[]) => rows.filter((r) => r.index in indexLabels && Number.isFinite(r.estimate));

/** Bars with intervals: a column per measure, a panel row per metric, parameters sorted by their largest measure. */
export function sensitivityFigure(rows: readonly SensitivityRow[], o: SensitivityFigureOptions = {}): Plot.PlotOptions {
  const kept = drawn(rows);
  if (kept.length === 0) throw new Error("no sensitivity measures to draw");
  const label = o.label ?? ((p: string) => p);
  const indexes = (Object.keys(indexLabels) as SensitivityIndex[]).filter((i) => kept.some((r) => r.index === i)).map((i) => indexLabels[i]!);
  const metrics = [...new Set(kept.map((r) => outputLabel(r.metric)))];
  const first = kept.filter((r) => r.metric === kept[0].metric);
  const order = [...new Set(kept.map((r) => r.parameter))].sort((a, b) => largest(first, b) - largest(first, a));
  const data = kept.map((r) => ({...r, y: label(r.parameter), fx: indexLabels[r.index]!, fy: outputLabel(r.metric), text: formatNumber(r.estimate, 2)}));
  const marginLeft = Math.min(260, 16 + Math.max(...order.map((p) => textWidth(label(p), 12))));
  const hasIntervals = data.some((d) => Number.isFinite(d.lo));
  const sobol = data.some((d) => d.index === "S1" || d.index === "ST");
  const reach = (d: (typeof data)[number], side: "lo" | "hi") => (Number.isFinite(d[side]) ? d[side] : d.estimate);
  // Sobol' indices lie in [0, 1]: a wild interval of a small sample is cut at −0.5 and 1.5 rather than squash the rest.
  const lo = Math.min(0, ...data.map((d) => reach(d, "lo")));
  const hi = Math.max(...data.map((d) => reach(d, "hi")));
  const domain = sobol ? [Math.max(-0.5, lo), Math.min(1.5, Math.max(1, hi)) * 1.08] : [lo, hi * 1.12];
  return {
    title: o.title, subtitle: o.subtitle ?? (hasIntervals ? "bars: estimates; whiskers: 95% bootstrap intervals" : undefined),
    width: o.width ?? defaultWidth, height: 70 + metrics.length * (56 + 26 * order.length),
    marginLeft, marginRight: 40, marginTop: 56, marginBottom: 36, style: figureStyle,
    x: {label: null, grid: true, domain},
    y: {domain: order.map(label), label: null},
    fx: {domain: indexes, label: null, axis: null},
    fy: {domain: metrics, label: null, axis: null, padding: 0.25},
    color: {domain: indexes, range: indexes.map((_, k) => categoryColors[k])},
    marks: [
      Plot.ruleX([0]),
      Plot.barX(data, {x: "estimate", y: "y", fx: "fx", fy: "fy", fill: "fx", fillOpacity: 0.75, insetTop: 3, insetBottom: 3, clip: true}),
      Plot.ruleY(data.filter((d) => Number.isFinite(d.lo)), {x1: "lo", x2: "hi", y: "y", fx: "fx", fy: "fy", stroke: "black", strokeWidth: 1.5, clip: true}),
      Plot.tickX(data.filter((d) => Number.isFinite(d.lo)), {x: "lo", y: "y", fx: "fx", fy: "fy", stroke: "black", insetTop: 7, insetBottom: 7, clip: true}),
      Plot.tickX(data.filter((d) => Number.isFinite(d.lo)), {x: "hi", y: "y", fx: "fx", fy: "fy", stroke: "black", insetTop: 7, insetBottom: 7, clip: true}),
      Plot.text(data, {x: (d) => Math.min(Math.max(reach(d, "hi"), d.estimate), domain[1] * 0.94), y: "y", fx: "fx", fy: "fy", text: "text", textAnchor: "start", dx: 4, fontSize: 11, fill: "black", stroke: "white", strokeWidth: 3, paintOrder: "stroke"}),
      panelTitles(metrics, indexes[0]),
      Plot.axisFx({anchor: "top", label: null, tickSize: 0, dy: -26, fontSize: 12})
    ]
  };
}

function largest(rows: readonly SensitivityRow[], parameter: string): number {
  return Math.max(...rows.filter((r) => r.parameter === parameter).map((r) => r.estimate));
}

/** Over time: per measure (S1, ST or μ*) a panel, per parameter a coloured line with its interval band. */
export function sensitivityTimeFigure(rows: readonly SensitivityRow[], o: SensitivityFigureOptions = {}): Plot.PlotOptions {
  const kept = drawn(rows).filter((r) => r.tick !== null && r.index !== "sigma");
  if (kept.length === 0) throw new Error("no sensitivity measures over time to draw");
  const label = o.label ?? ((p: string) => p);
  const axis = timeAxis(kept.map((r) => ({tick: r.tick!, year: r.year})));
  const panels = [...new Set(kept.map((r) => `${outputLabel(r.metric)}: ${indexLabels[r.index]}`))];
  const parameters = [...new Set(kept.map((r) => label(r.parameter)))];
  const bounded = kept.every((r) => r.index === "S1" || r.index === "ST");
  const data = kept.map((r) => ({x: axis.x({tick: r.tick!, year: r.year}), estimate: r.estimate, lo: r.lo, hi: r.hi, parameter: label(r.parameter), panel: `${outputLabel(r.metric)}: ${indexLabels[r.index]}`}));
  return {
    title: o.title, subtitle: o.subtitle ?? `lines: estimates at each tick; bands: 95% bootstrap intervals${bounded ? " (cut at −0.25 and 1.25)" : ""}`,
    width: o.width ?? defaultWidth, height: 90 + 220 * panels.length,
    marginLeft: 56, marginRight: 20, marginTop: 30, marginBottom: 42, style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none"},
    y: {label: null, grid: true, ...(bounded ? {domain: [-0.25, 1.25]} : {nice: true})},
    fy: {domain: panels, label: null, axis: null, padding: 0.2},
    color: {domain: parameters, range: parameters.map((_, k) => categoryColors[k % categoryColors.length]), legend: true},
    marks: [
      Plot.areaY(data.filter((d) => Number.isFinite(d.lo)), {x: "x", y1: "lo", y2: "hi", z: "parameter", fill: "parameter", fillOpacity: 0.15, fy: "panel", clip: true}),
      Plot.lineY(data, {x: "x", y: "estimate", z: "parameter", stroke: "parameter", strokeWidth: 2, fy: "panel", clip: true}),
      panelTitles(panels)
    ]
  };
}
