/**
 * How the map and the strip colour a state: by its position on the dimension (0 to 1, viridis),
 * or by its change against the pinned run (a diverging scale, symmetric around 0), with a legend
 * that says what each end means.
 */
import * as Plot from "@observablehq/plot";
import type {Dimension} from "../src/scenario/schema.js";
import {h} from "./dom.js";

/** A colouring: the colour of a value and the legend's words. */
export interface Colouring {
  kind: "position" | "change";
  color(value: number): string;
  /** Plot's options for the colour scale. */
  scale: Plot.ScaleOptions;
  title: string;
  /** What the low and high ends mean. */
  low: string;
  high: string;
}

const dimLabel = (dim: Dimension) => dim.label ?? dim.id;

function made(kind: Colouring["kind"], scale: Plot.ScaleOptions, words: {title: string; low: string; high: string}): Colouring {
  const s = Plot.scale({color: scale}) as {apply(v: number): string};
  return {kind, scale, ...words, color: (v) => (Number.isFinite(v) ? s.apply(v) : "#ccc")};
}

/** By position: 0 (the dimension's `low`) dark purple to 1 (its `high`) yellow. */
export function positionColouring(dim: Dimension): Colouring {
  return made("position", {type: "linear", domain: [0, 1], scheme: "viridis"}, {
    title: `${dimLabel(dim)}: position of each state`,
    low: `0 = ${dim.low ?? "low"}`,
    high: `1 = ${dim.high ?? "high"}`
  });
}

/** By change against the pinned run, from −span (orange) through 0 (white) to +span (purple). */
export function changeColouring(dim: Dimension, span: number): Colouring {
  return made("change", {type: "diverging", domain: [-span, span], scheme: "PuOr", reverse: true}, {
    title: `${dimLabel(dim)}: change against the pinned run`,
    low: `← lower than pinned`,
    high: `higher than pinned →`
  });
}

/** A round span that holds the largest change: 0.02, 0.05, 0.1, 0.2, 0.3, 0.5 or 1. */
export function changeSpan(largest: number): number {
  return [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1].find((s) => largest <= s) ?? 1;
}

/** The legend, in one row: the meaning of the low end, the colour ramp with ticks, the meaning of the high end; the title above. */
export function colorLegend(c: Colouring): HTMLElement {
  const ramp = Plot.legend({color: {...c.scale, label: null}, width: 300, ticks: 5, style: {fontSize: "14px"}}) as Element;
  return h("div", {class: "legend", "data-colouring": c.kind},
    h("div", {class: "legend-title"}, c.title),
    h("div", {class: "legend-row"}, h("span", {class: "legend-end low"}, c.low), ramp, h("span", {class: "legend-end high"}, c.high)));
}
