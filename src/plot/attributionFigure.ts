/**
 * The bar chart of an attribution for one metric: one bar per player (its Shapley value, the mean
 * over replicates) with the 90% interval of that mean as a line, the hegemon's channels in red,
 * and below a rule the channels together and the total effect. Returns Plot options.
 */
import * as Plot from "@observablehq/plot";
import {metricLabel} from "./metricLabel.js";
import {textWidth} from "./svgText.js";
import {darkColor, defaultWidth, figureStyle} from "./theme.js";

/** One bar: a row of the attribution table. */
export interface AttributionBar {
  name: string;
  kind: "mechanism" | "channel" | "channels" | "sum" | "total";
  mean: number;
  /** Half the width of the 90% interval (NaN: none drawn). */
  ci90: number;
}

/** Options of {@link attributionFigure}. */
export interface AttributionFigureOptions {
  metric: string;
  title?: string;
  subtitle?: string;
  /** Width in pixels; default 800. */
  width?: number;
}

const kindColor: Record<AttributionBar["kind"], string> = {mechanism: "#4269d0", channel: "#c0392b", channels: "#c0392b", sum: "#777", total: darkColor};

/** The chart (see the file's comment); bars of kind `sum` are left out (they equal the total). */
export function attributionFigure(bars: readonly AttributionBar[], o: AttributionFigureOptions): Plot.PlotOptions {
  const shown = bars.filter((b) => b.kind !== "sum").map((b) => ({...b, label: b.kind === "channel" ? `${b.name} (hegemonic)` : b.name}));
  const labels = shown.map((b) => b.label);
  const lo = Math.min(0, ...shown.map((b) => b.mean - (Number.isFinite(b.ci90) ? b.ci90 : 0)));
  const hi = Math.max(0, ...shown.map((b) => b.mean + (Number.isFinite(b.ci90) ? b.ci90 : 0)));
  const pad = (hi - lo || 1) * 0.18;
  const firstSummary = shown.find((b) => b.kind === "channels" || b.kind === "total")?.label;
  const intervals = shown.filter((b) => Number.isFinite(b.ci90) && b.ci90 > 0);
  return {
    title: o.title, subtitle: o.subtitle, width: o.width ?? defaultWidth, height: 70 + 28 * shown.length,
    marginLeft: Math.min(260, Math.ceil(Math.max(...labels.map((l) => textWidth(l, 12)))) + 16), marginRight: 24, marginBottom: 44,
    style: figureStyle,
    x: {domain: [lo - pad, hi + pad], grid: true, label: `contribution to the change in ${metricLabel(o.metric)} from the first tick to the last`, labelAnchor: "center", labelArrow: "none"},
    y: {domain: labels, label: null},
    marks: [
      Plot.ruleX([0], {stroke: darkColor}),
      ...(firstSummary === undefined ? [] : [Plot.ruleY([firstSummary], {stroke: "#bbb", dy: -14})]),
      Plot.barX(shown, {x: "mean", y: "label", fill: (b: AttributionBar) => kindColor[b.kind], insetTop: 4, insetBottom: 4}),
      Plot.ruleY(intervals, {y: "label", x1: (b: AttributionBar) => b.mean - b.ci90, x2: (b: AttributionBar) => b.mean + b.ci90, stroke: darkColor, strokeWidth: 1.5}),
      ...valueLabels(shown)
    ]
  };
}

/** Each bar's value beside its end: right of a positive bar, left of a negative one. */
function valueLabels(bars: readonly (AttributionBar & {label: string})[]): Plot.Markish[] {
  const text = (b: AttributionBar) => b.mean.toFixed(3);
  const end = (b: AttributionBar) => b.mean + Math.sign(b.mean) * (Number.isFinite(b.ci90) ? b.ci90 : 0);
  return [
    Plot.text(bars.filter((b) => b.mean >= 0), {x: end, y: "label", text, textAnchor: "start", dx: 5, fontSize: 10, fill: darkColor}),
    Plot.text(bars.filter((b) => b.mean < 0), {x: end, y: "label", text, textAnchor: "end", dx: -5, fontSize: 10, fill: darkColor})
  ];
}
