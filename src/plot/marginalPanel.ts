import * as Plot from "@observablehq/plot";
import {figureStyle, plainNumber} from "./theme.js";

/** A histogram bin in natural units, its height a density in the axis' units (log axis: per unit of ln x). */
export interface Bin {
  x1: number;
  x2: number;
  density: number;
}

/** Options of `marginalPanel`. */
export interface MarginalPanelOptions {
  /** The parameter (panel title). */
  name: string;
  /** The posterior's weighted histogram, and the prior's density at points (natural x, same units as the bins). */
  bins: readonly Bin[];
  prior: readonly {x: number; density: number}[];
  /** The x domain (the prior's range) and whether the axis is logarithmic. */
  domain: [number, number];
  log?: boolean;
  /** The posterior median, drawn as a vertical rule. */
  median?: number;
  /** Width in pixels; default 300. */
  width?: number;
}

/**
 * One parameter's posterior: a weighted histogram over the prior's range, the prior's density
 * as a dashed line and the median as a rule, so that how far the data narrowed the prior shows
 * at a glance. Returns Plot options.
 */
export function marginalPanel(o: MarginalPanelOptions): Plot.PlotOptions {
  return {
    width: o.width ?? 300, height: 210, marginLeft: 44, marginRight: 14, marginTop: 30, marginBottom: 36, style: figureStyle,
    x: {domain: o.domain, type: o.log ? "log" : "linear", label: null, tickFormat: plainNumber, ticks: o.log ? 4 : 5},
    y: {label: null, grid: true, ticks: 4},
    marks: [
      Plot.rectY(o.bins, {x1: "x1", x2: "x2", y: "density", fill: "#4269d0", fillOpacity: 0.75, inset: 0}),
      Plot.lineY(o.prior, {x: "x", y: "density", stroke: "#222222", strokeDasharray: "4,3", strokeWidth: 1.5}),
      ...(o.median === undefined ? [] : [Plot.ruleX([o.median], {stroke: "#ff725c", strokeWidth: 2})]),
      Plot.ruleY([0]),
      Plot.text([o.name], {frameAnchor: "top-left", dy: -22, fontWeight: "bold", fontSize: 12, text: (d: string) => d})
    ]
  };
}
