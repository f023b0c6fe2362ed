import * as Plot from "@observablehq/plot";
import {figureStyle, plainNumber} from "./theme.js";

/** One predictive quantity at one year: its quantiles (p05..p95), for panel `panel`. */
export interface BandRow {
  panel: string;
  year: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** An observed value in panel `panel`: `fitted` ones were calibrated on, the others not. */
export interface ObservedPoint {
  panel: string;
  year: number;
  value: number;
  fitted: boolean;
}

/** Options of `predictiveFigure`. */
export interface PredictiveFigureOptions {
  /** Panels in order (e.g. state ids), wrapped into rows of `columns` (default 4). */
  panels: readonly string[];
  columns?: number;
  title?: string;
  subtitle?: string;
  /** The y domain; default [0, 1], the model's scale. */
  domain?: [number, number];
  /** Width in pixels; default 900. */
  width?: number;
}

/**
 * Posterior predictive bands over the observations, one small panel each: the 90% band (light),
 * the 50% band (darker), the median line, the targets the calibration fitted as filled dots and
 * others (held out, or outside the years fitted) as open circles. Returns Plot options.
 */
export function predictiveFigure(bandRows: readonly BandRow[], observedRows: readonly ObservedPoint[], o: PredictiveFigureOptions): Plot.PlotOptions {
  // rows of other panels would make facets of their own
  const bands = bandRows.filter((r) => o.panels.includes(r.panel));
  const observed = observedRows.filter((r) => o.panels.includes(r.panel));
  const columns = Math.min(o.columns ?? 4, o.panels.length);
  const rows = Math.ceil(o.panels.length / columns);
  const fx = (d: {panel: string}) => o.panels.indexOf(d.panel) % columns;
  const fy = (d: {panel: string}) => Math.floor(o.panels.indexOf(d.panel) / columns);
  const facet = {fx, fy};
  const fitted = observed.filter((p) => p.fitted);
  const other = observed.filter((p) => !p.fitted);
  return {
    title: o.title, subtitle: o.subtitle, width: o.width ?? 900, height: 60 + 150 * rows,
    marginLeft: 40, marginRight: 12, marginTop: 26, marginBottom: 34, style: figureStyle,
    x: {label: null, tickFormat: plainNumber, ticks: 3},
    y: {domain: o.domain ?? [0, 1], label: null, grid: true, ticks: 3},
    fx: {axis: null, padding: 0.16}, fy: {axis: null, padding: 0.22},
    marks: [
      Plot.areaY(bands, {x: "year", y1: "p05", y2: "p95", fill: "#4269d0", fillOpacity: 0.18, ...facet}),
      Plot.areaY(bands, {x: "year", y1: "p25", y2: "p75", fill: "#4269d0", fillOpacity: 0.35, ...facet}),
      Plot.lineY(bands, {x: "year", y: "p50", stroke: "#4269d0", strokeWidth: 1.8, ...facet}),
      Plot.dot(other, {x: "year", y: "value", r: 2.6, stroke: "#ff725c", strokeWidth: 1.3, fill: "white", ...facet}),
      Plot.dot(fitted, {x: "year", y: "value", r: 2.4, fill: "#222222", ...facet}),
      Plot.text(o.panels.map((panel) => ({panel})), {text: "panel", frameAnchor: "top-left", dy: -16, fontWeight: "bold", fontSize: 12, ...facet}),
      Plot.frame({stroke: "#dddddd"})
    ]
  };
}
