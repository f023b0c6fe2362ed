import * as Plot from "@observablehq/plot";
import {figureStyle, plainNumber} from "./theme.js";

/** One axis of a pair panel: the parameter's name, its values per particle, its domain and scale. */
export interface PairAxis {
  name: string;
  values: ArrayLike<number>;
  domain: [number, number];
  log?: boolean;
}

/**
 * Two parameters' joint posterior: one dot per particle, its opacity growing with its weight,
 * over both priors' ranges (a ridge means the data pin down a combination, not each one).
 * Returns Plot options.
 */
export function pairPanel(x: PairAxis, y: PairAxis, weights: ArrayLike<number>, width = 220): Plot.PlotOptions {
  let top = 0;
  for (let i = 0; i < weights.length; i++) top = Math.max(top, weights[i]);
  const points = Array.from(weights, (w, i) => ({x: x.values[i], y: y.values[i], o: 0.08 + 0.6 * (w / top)}));
  const axis = (a: PairAxis) => ({domain: a.domain, type: a.log ? "log" : "linear", tickFormat: plainNumber, ticks: a.log ? 3 : 4, label: a.name} as const);
  return {
    width, height: width, marginLeft: 50, marginRight: 12, marginTop: 12, marginBottom: 40, style: figureStyle,
    x: {...axis(x), labelAnchor: "center", labelArrow: "none"},
    y: {...axis(y), labelAnchor: "center", labelArrow: "none"},
    marks: [Plot.frame({stroke: "#cccccc"}), Plot.dot(points, {x: "x", y: "y", r: 1.6, fill: "#4269d0", fillOpacity: "o", stroke: null})]
  };
}
