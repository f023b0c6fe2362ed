/**
 * The figure of `rcmp ask`: each draw's effect against the value of the assumption it depends
 * on most, with the replicates' 90% interval as a line, green where the claim holds and red
 * where it fails, the line of no effect (and the margin) dashed. Returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import {yTitle} from "./yTitle.js";
import {darkColor, defaultWidth, figureStyle} from "./theme.js";

/** One draw: the assumption's value, the effect and half its 90% interval over replicates (NaN: none). */
export interface AskPoint {
  x: number;
  effect: number;
  half: number;
  holds: boolean;
}

/** Options of {@link askFigure}. */
export interface AskFigureOptions {
  /** The assumption on the x axis (its path). */
  assumption: string;
  /** What the effect is, for the y axis: "sd.return: steered − open". */
  effect: string;
  /** The claim's bound: the effect must exceed it (`greater`) or stay below its negative (`less`). */
  margin: number;
  expect: "greater" | "less";
  /** Tick labels for a `choice` assumption (x is then the choice's position). */
  choices?: readonly string[];
  /** A log x scale, for an assumption drawn from a log-uniform prior (its draws spread evenly on it). */
  logX?: boolean;
  title?: string;
  subtitle?: string;
  /** Width in pixels; default 800. */
  width?: number;
}

const holdsColor = "#2e8b57";
const failsColor = "#c0392b";

/** The scatter of effects (see the file's comment). */
export function askFigure(points: readonly AskPoint[], o: AskFigureOptions): Plot.PlotOptions {
  const bound = o.expect === "greater" ? o.margin : -o.margin;
  const bars = points.filter((p) => Number.isFinite(p.half));
  const ys = points.flatMap((p) => (Number.isFinite(p.half) ? [p.effect - p.half, p.effect + p.half] : [p.effect]));
  const lo = Math.min(0, bound, ...ys);
  const hi = Math.max(0, bound, ...ys);
  const pad = (hi - lo || 1) * 0.08;
  return {
    title: o.title, subtitle: o.subtitle, width: o.width ?? defaultWidth, height: 460,
    marginLeft: 70, marginRight: 24, marginBottom: 46, marginTop: 32, style: figureStyle,
    x: {label: o.assumption, labelAnchor: "center", labelArrow: "none", grid: true, inset: 10, ...(o.logX ? {type: "log" as const, tickFormat: "~g"} : {}),
      ...(o.choices ? {ticks: o.choices.map((_, k) => k), tickFormat: (k: number) => o.choices![k] ?? ""} : {})},
    y: {domain: [lo - pad, hi + pad], label: null, grid: true},
    color: {domain: ["claim holds", "claim fails"], range: [holdsColor, failsColor], legend: true},
    marks: [
      yTitle(`effect: ${o.effect}`),
      Plot.ruleY([0], {stroke: darkColor}),
      ...(bound !== 0 ? [Plot.ruleY([bound], {stroke: darkColor, strokeDasharray: "5,4"})] : []),
      Plot.ruleX(bars, {x: "x", y1: (p: AskPoint) => p.effect - p.half, y2: (p: AskPoint) => p.effect + p.half, stroke: (p: AskPoint) => (p.holds ? "claim holds" : "claim fails"), strokeOpacity: 0.45}),
      Plot.dot(points, {x: "x", y: "effect", fill: (p: AskPoint) => (p.holds ? "claim holds" : "claim fails"), r: 4, stroke: "white", strokeWidth: 0.6})
    ]
  };
}
