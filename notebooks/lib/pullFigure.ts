/**
 * Where the states' mean position ends, per dimension, against the hegemon's starting position
 * (and the international standard, where a dimension has one). Pure: returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import {darkColor, figureStyle} from "../../src/plot/theme.js";

/** One dimension's row of the figure; positions in [0, 1]. */
export interface PullRow {
  /** Readable dimension label. */
  dim: string;
  meanStart: number;
  meanEnd: number;
  hegemonStart: number;
  standard?: number;
}

/** Colour of the hegemon's marker. */
export const hegemonColor = "#c0392b";

/** Options of {@link pullFigure}. */
export interface PullFigureOptions {
  /** Name of the hegemon in the legend; default "hegemon". */
  hegemon?: string;
  /** Width in pixels; default 800. */
  width?: number;
}

/**
 * An arrow per dimension from the mean at the start to the mean at the end, the hegemon's start
 * as a red diamond and the standard as a dashed tick.
 */
export function pullFigure(rows: readonly PullRow[], options: PullFigureOptions = {}): Plot.PlotOptions {
  const {hegemon = "hegemon", width = 800} = options;
  const standards = rows.filter((r) => r.standard !== undefined);
  return {
    width, height: 60 + 46 * rows.length, marginLeft: 160, marginRight: 30, marginBottom: 40,
    style: figureStyle,
    x: {domain: [0, 1], grid: true, label: "position (0 = low, 1 = high)", labelAnchor: "center", labelArrow: "none"},
    y: {domain: rows.map((r) => r.dim), label: null},
    marks: [
      Plot.tickX(standards, {x: "standard", y: "dim", stroke: "#777", strokeDasharray: "4,3", strokeWidth: 1.5}),
      Plot.arrow(rows, {x1: "meanStart", x2: "meanEnd", y: "dim", stroke: darkColor, strokeWidth: 2, headLength: 10}),
      Plot.dot(rows, {x: "meanStart", y: "dim", r: 3.5, fill: "#999"}),
      Plot.dot(rows, {x: "hegemonStart", y: "dim", symbol: "diamond", r: 7, fill: hegemonColor}),
      Plot.text(rows, {x: "hegemonStart", y: "dim", text: () => `${hegemon} at start`, dy: -14, fontSize: 10, fill: hegemonColor}),
      Plot.text(rows, {x: "meanEnd", y: "dim", text: () => "mean at end", dy: 14, fontSize: 10})
    ]
  };
}
