/**
 * The states' positions on one dimension for scenarios whose states are not on the map
 * (synthetic ids): up to 40 states, one row each (a dot now; with a pinned run, a grey ring where
 * it stood and a line between); more states, a beeswarm (now above, pinned below).
 */
import * as Plot from "@observablehq/plot";
import type {Dimension} from "../src/scenario/schema.js";
import {h, fill} from "./dom.js";
import type {PositionsView} from "./mapView.js";

/** Beyond this many states the strip becomes a beeswarm. */
const rowsUpTo = 40;

const regionColors = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

/** The states of a run, as the strip needs them. */
export interface StripStates {
  names: readonly string[];
  regions: readonly string[];
  /** Index of the hegemon, or −1. */
  hegemon: number;
}

/** Draws the strip (or beeswarm) anew at each `show`. */
export function stripView(states: StripStates, dim: Dimension, o: {width: number}): PositionsView {
  const element = h("div", {class: "strip", "data-figure": "map", "data-states": String(states.names.length)});
  const regionDomain = [...new Set(states.regions)];
  const color: Plot.ScaleOptions = {domain: regionDomain, range: regionDomain.map((_, k) => regionColors[k % regionColors.length]), legend: true};
  const x: Plot.ScaleOptions = {domain: [0, 1], label: `${dim.label ?? dim.id}: 0 = ${dim.low ?? "low"}, 1 = ${dim.high ?? "high"}`, labelAnchor: "center", labelArrow: "none", grid: true};
  const standard = dim.standard === undefined ? [] : [Plot.ruleX([dim.standard], {stroke: "#2b8a3e", strokeWidth: 2, strokeDasharray: "6 4"}),
    Plot.text([dim.standard], {x: (v: number) => v, frameAnchor: "top", dy: -4, text: () => "standard", fill: "#2b8a3e", fontSize: 14, textAnchor: "start", dx: 4})];
  const name = (i: number) => (i === states.hegemon ? `${states.names[i]} (hegemon)` : states.names[i]);
  return {
    element,
    show(now, pinned) {
      const idx = states.names.map((_, i) => i);
      const rows = idx.map((i) => ({i, name: name(i), region: states.regions[i], now: now(i), pinned: pinned?.(i)}));
      const plot = states.names.length <= rowsUpTo
        ? Plot.plot({
          width: o.width, height: 70 + 30 * rows.length, marginLeft: Math.min(280, 30 + 10 * Math.max(...rows.map((r) => r.name.length))), marginTop: 26, marginBottom: 48,
          style: {fontSize: "16px", background: "white"}, x, y: {domain: rows.map((r) => r.name), label: null}, color,
          marks: [...standard,
            Plot.link(pinned === undefined ? [] : rows, {x1: "pinned", x2: "now", y1: "name", y2: "name", stroke: "#999", strokeWidth: 2}),
            Plot.dot(pinned === undefined ? [] : rows, {x: "pinned", y: "name", r: 8, stroke: "#777", strokeWidth: 2, fill: "white", className: "strip-pinned"}),
            Plot.dot(rows, {x: "now", y: "name", r: 9, fill: "region", stroke: (r: {i: number}) => (r.i === states.hegemon ? "#111" : "white"), strokeWidth: 2, className: "strip-now"})]
        })
        : Plot.plot({
          width: o.width, height: pinned === undefined ? 260 : 460, marginTop: 26, marginBottom: 48, marginLeft: 80,
          style: {fontSize: "16px", background: "white"}, x, fy: {domain: ["now", "pinned"], label: null}, color,
          marks: [...standard,
            Plot.dot(rows, Plot.dodgeY({x: "now", fy: () => "now", r: 3, fill: "region", className: "strip-now"})),
            Plot.dot(pinned === undefined ? [] : rows, Plot.dodgeY({x: "pinned", fy: () => "pinned", r: 3, fill: "#999", className: "strip-pinned"}))]
        });
      fill(element, pinned === undefined ? null : h("div", {class: "legend-title"}, "dot: now · grey ring: pinned run"), plot);
      element.dataset.shown = String(Number(element.dataset.shown ?? 0) + 1);
    }
  };
}
