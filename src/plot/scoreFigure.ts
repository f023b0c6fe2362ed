import * as Plot from "@observablehq/plot";
import {figureStyle, plainNumber} from "./theme.js";

/** One point of the score figure: a dimension, a year and one score there. */
export interface ScorePoint {
  dimension: string;
  year: number;
  /** `median` (mean absolute error of the predictive median), `persistence` (of persistence), `CRPS`. */
  score: string;
  value: number;
}

/**
 * Out-of-sample scores by year, one panel per dimension: the mean absolute error of the
 * predictive median and of persistence, and the mean CRPS. Returns Plot options.
 */
export function scoreFigure(points: readonly ScorePoint[], o: {title?: string; subtitle?: string; width?: number} = {}): Plot.PlotOptions {
  const dims = [...new Set(points.map((p) => p.dimension))];
  const scores = ["median", "persistence", "CRPS"];
  return {
    title: o.title, subtitle: o.subtitle, width: o.width ?? Math.max(600, 280 * dims.length), height: 320,
    marginLeft: 52, marginRight: 14, marginTop: 30, marginBottom: 40, style: figureStyle,
    x: {label: "year", tickFormat: plainNumber, ticks: 4, labelAnchor: "center", labelArrow: "none"},
    y: {label: "mean absolute error / CRPS", grid: true, nice: true, zero: true},
    fx: {domain: dims, label: null, padding: 0.12},
    color: {domain: scores, range: ["#4269d0", "#9498a0", "#ff725c"], legend: true},
    marks: [
      Plot.lineY(points.filter((p) => p.score !== "persistence"), {x: "year", y: "value", fx: "dimension", stroke: "score", strokeWidth: 2}),
      Plot.lineY(points.filter((p) => p.score === "persistence"), {x: "year", y: "value", fx: "dimension", stroke: "score", strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.dot(points, {x: "year", y: "value", fx: "dimension", fill: "score", r: 3}),
      Plot.ruleY([0])
    ]
  };
}
