import * as Plot from "@observablehq/plot";
import {beeswarm} from "./beeswarm.js";
import {textWidth} from "./svgText.js";
import {categoryColors, darkColor, defaultWidth, figureStyle} from "./theme.js";

/** One state's current policy position: `values[dim]` in [0, 1]. */
export interface StatePosition {
  id: string;
  region: string;
  values: Record<string, number>;
}

/** Options of `positionsFigure`. */
export interface PositionsFigureOptions {
  /** Id of a state to ring and name (the hegemon); default none. */
  highlight?: string;
  /** International standard per dimension id, drawn as a dashed tick; default none. */
  standards?: Record<string, number>;
  /** Readable label per dimension id; default the id. */
  labels?: Record<string, string>;
  title?: string;
  /** Width in pixels; default 800. */
  width?: number;
}

interface Dot {
  id: string;
  region: string;
  dim: string;
  position: number;
  level: number;
}

const radius = 6;

/**
 * States' positions on each dimension: one row per dimension (x = position 0..1), a dot per state
 * coloured by region (stacked where they would overlap), the highlighted state ringed and named
 * at the top of each row,
 * standards as dashed ticks. Returns Plot options; call `Plot.plot` (or `renderSvg`) on them.
 */
export function positionsFigure(states: readonly StatePosition[], dims: readonly string[], options: PositionsFigureOptions = {}): Plot.PlotOptions {
  const {highlight, standards = {}, labels = {}, title} = options;
  if (highlight !== undefined && !states.some((s) => s.id === highlight)) throw new Error(`unknown highlight state: ${highlight}`);
  if (dims.length === 0) throw new Error("no dimensions to show");
  const width = options.width ?? defaultWidth;
  const rowLabels = dims.map((d) => labels[d] ?? d);
  const marginLeft = Math.min(220, Math.max(60, Math.ceil(Math.max(...rowLabels.map((l) => textWidth(l, 12)))) + 20));
  const dots = placeDots(states, dims, rowLabels, (2 * radius + 1) / (width - marginLeft - 30));
  const maxLevel = Math.max(1, ...dots.map((d) => Math.abs(d.level)));
  const rowHeight = Math.min(260, Math.max(100, (2 * maxLevel + 5) * (2 * radius + 1)));
  const regions = [...new Set(states.map((s) => s.region))];
  const marked = dots.filter((d) => d.id === highlight);
  const ticks = dims.flatMap((d, k) => (standards[d] === undefined ? [] : [{dim: rowLabels[k], position: standards[d]}]));
  return {
    title, width, height: 70 + rowHeight * dims.length,
    marginLeft, marginRight: 30, marginTop: 20, marginBottom: 44,
    style: figureStyle,
    x: {domain: [0, 1], label: "position (0 = low, 1 = high)", labelAnchor: "center", labelArrow: "none", grid: true, inset: radius + 6},
    y: {domain: [-maxLevel - 1, maxLevel + 2.4], axis: null},
    fy: {domain: rowLabels, label: null, padding: 0.1, axis: null},
    color: {domain: regions, range: regions.map((_, k) => categoryColors[k % categoryColors.length]), legend: true, label: "region"},
    marks: [
      Plot.ruleY([0], {stroke: "#ccc"}),
      Plot.text(rowLabels, {fy: (d: string) => d, y: () => 0, text: (d: string) => d, frameAnchor: "left", textAnchor: "end", dx: -8, fontSize: 12}),
      Plot.tickX(ticks, {x: "position", fy: "dim", stroke: darkColor, strokeDasharray: "4,3", strokeWidth: 1.5}),
      Plot.text(ticks, {x: "position", fy: "dim", text: () => "standard", frameAnchor: "bottom", dy: -2, lineAnchor: "bottom", fontSize: 10,
        stroke: "white", strokeWidth: 3, fill: darkColor}),
      Plot.dot(dots, {x: "position", y: "level", fy: "dim", fill: "region", r: radius, stroke: "white", strokeWidth: 0.8}),
      Plot.dot(marked, {x: "position", y: "level", fy: "dim", r: radius + 3.5, stroke: darkColor, strokeWidth: 2}),
      Plot.text(marked, {x: "position", fy: "dim", text: "id", frameAnchor: "top", lineAnchor: "top", dy: 2, fontWeight: "bold",
        stroke: "white", strokeWidth: 3, fill: darkColor})
    ]
  };
}

function placeDots(states: readonly StatePosition[], dims: readonly string[], rowLabels: string[], diameter: number): Dot[] {
  return dims.flatMap((dim, k) => {
    const values = states.map((s) => {
      const v = s.values[dim];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`state ${s.id} has no value for dimension ${dim}`);
      return v;
    });
    const levels = beeswarm(values, diameter);
    return states.map((s, i) => ({id: s.id, region: s.region, dim: rowLabels[k], position: values[i], level: levels[i]}));
  });
}
