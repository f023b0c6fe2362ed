/**
 * The convergence curves of the group `all`: the current run in colour, the pinned run dashed and
 * paler, and a vertical marker at the shown tick that moves without redrawing the curves.
 */
import * as Plot from "@observablehq/plot";
import type {Series} from "../src/metrics/series.js";
import {curveLabels, curveMetrics, curvePoints} from "../src/explore/curves.js";
import {h} from "./dom.js";

const colors = ["#1f5fbf", "#d9480f", "#2b8a3e"];

/** A drawn set of curves and a way to move its marker. */
export interface CurvesView {
  element: HTMLElement;
  /** Moves the marker to x (a year, or a tick without a calendar). */
  mark(x: number): void;
}

/** Draws the curves of `series` (and of `pinned`, when given) with the marker at `x`. */
export function curvesView(series: Series, pinned: Series | undefined, x: number, o: {width: number; timeLabel: string}): CurvesView {
  const metrics = curveMetrics(series);
  const now = curvePoints(series, metrics).map((p) => ({...p, run: "now"}));
  const before = pinned === undefined ? [] : curvePoints(pinned, metrics.filter((m) => curveMetrics(pinned).includes(m))).map((p) => ({...p, run: "pinned"}));
  const domain = metrics.map((m) => curveLabels[m] ?? m);
  const label = (p: {metric: string}) => curveLabels[p.metric] ?? p.metric;
  const plot = Plot.plot({
    width: o.width, height: 320, marginLeft: 56, marginBottom: 44, marginTop: 16,
    style: {fontSize: "16px", background: "white"},
    x: {label: o.timeLabel, tickFormat: (v: number) => String(v), labelAnchor: "center", labelArrow: "none"},
    y: {label: null, grid: true, zero: true, nice: true},
    color: {domain, range: colors.slice(0, domain.length), legend: false},
    marks: [
      Plot.ruleY([0], {stroke: "#999"}),
      Plot.line(before, {x: "x", y: "value", z: "metric", stroke: label, strokeWidth: 2.5, strokeDasharray: "7 5", strokeOpacity: 0.55, className: "curve-pinned"}),
      Plot.line(now, {x: "x", y: "value", z: "metric", stroke: label, strokeWidth: 3.5, className: "curve-now"}),
      Plot.ruleX([x], {stroke: "#111", strokeWidth: 2, className: "curve-marker"})
    ]
  }) as SVGSVGElement & {scale(name: string): {apply(v: number): number}};
  const legend = h("div", {class: "curve-legend"},
    domain.map((name, k) => h("span", {class: "swatch"}, h("i", {style: `background:${colors[k]}`}), name)),
    pinned === undefined ? null : h("span", {class: "swatch"}, h("i", {class: "dashed"}), "dashed: pinned run"));
  const element = h("div", {class: "curves", "data-figure": "curves"}, legend, plot);
  const line = plot.querySelector(".curve-marker line");
  const scale = plot.scale("x");
  return {
    element,
    mark(x) {
      const px = String(scale.apply(x));
      line?.setAttribute("x1", px);
      line?.setAttribute("x2", px);
      element.dataset.marker = String(x);
    }
  };
}
