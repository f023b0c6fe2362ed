import * as Plot from "@observablehq/plot";
import {figureStyle, plainNumber} from "./theme.js";

/** The scores drawn, in legend order: the mean absolute errors of the predictive median and of persistence, and the mean CRPS. */
export const scoreNames = ["MAE of the median", "MAE of persistence", "CRPS"];

/** One point of the score figure: a dimension, a year and one score there (one of {@link scoreNames}). */
export interface ScorePoint {
  dimension: string;
  year: number;
  score: string;
  value: number;
}

/**
 * Out-of-sample scores by year, one panel per dimension: the mean absolute error of the
 * predictive median and of persistence, and the mean CRPS. Returns Plot options.
 */
export function scoreFigure(points: readonly ScorePoint[], o: {title?: string; subtitle?: string; caption?: string; width?: number} = {}): Plot.PlotOptions {
  const dims = [...new Set(points.map((p) => p.dimension))];
  const scores = scoreNames;
  return {
    title: o.title, subtitle: o.subtitle, caption: o.caption, width: o.width ?? Math.max(840, 280 * dims.length), height: 320,
    marginLeft: 52, marginRight: 14, marginTop: 24, marginBottom: 40, style: figureStyle,
    x: {label: "year", tickFormat: plainNumber, ticks: 4, labelAnchor: "center", labelArrow: "none"},
    y: {label: null, grid: true, nice: true, zero: true},
    fx: {domain: dims, label: null, padding: 0.12},
    color: {domain: scores, range: ["#4269d0", "#9498a0", "#ff725c"], legend: true},
    marks: [
      Plot.lineY(points.filter((p) => p.score !== scores[1]), {x: "year", y: "value", fx: "dimension", stroke: "score", strokeWidth: 2}),
      Plot.lineY(points.filter((p) => p.score === scores[1]), {x: "year", y: "value", fx: "dimension", stroke: "score", strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.dot(points, {x: "year", y: "value", fx: "dimension", fill: "score", r: 3}),
      Plot.ruleY([0])
    ]
  };
}
