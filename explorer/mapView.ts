/**
 * The states on the world map, coloured by their position on one dimension (or, against a pinned
 * run, by the change from it). The outlines are drawn once per scenario, dimension and colouring;
 * moving in time only recolours them.
 */
import * as Plot from "@observablehq/plot";
import type {MapMatch} from "../src/explore/mapIds.js";
import {bbox, outlines, type Outline} from "./worldShapes.js";
import {h} from "./dom.js";
import {colorLegend, type Colouring} from "./colouring.js";

/** A drawn view of the states' positions and a way to show another tick. */
export interface PositionsView {
  element: HTMLElement;
  /**
   * Shows each state's position `now(i)` (state index in the run's order) and, with a pinned run,
   * its pinned position `pinned(i)`.
   */
  show(now: (i: number) => number, pinned?: (i: number) => number): void;
  /** Colours by another colouring from the next `show` on, with its legend (the map only). */
  recolour?(colouring: Colouring): void;
}

/** Outlines smaller than this (square degrees of their box) also get a dot, so that they can be seen. */
const smallArea = 6;

interface StateShape {
  outline: Outline;
  state: number;
}

/** Draws the map for the states of `match` (by index), ringing the hegemon's outlines. */
export function mapView(match: MapMatch, hegemon: number, first: Colouring, o: {width: number; hegemonName: string}): PositionsView {
  let colouring = first;
  const {all} = outlines();
  const shapes: StateShape[] = match.shapes.flatMap((ids, state) => ids.map((id) => ({outline: all.find((f) => String(f.id) === id) as Outline, state})));
  const used = new Set(shapes.map((s) => s.outline));
  const world = all.filter((f) => String(f.id) !== "010"); // Antarctica left out: room for the rest
  const others = world.filter((f) => !used.has(f));
  const dots = shapes.filter((s) => {
    const [w, south, e, north] = bbox(s.outline);
    return (e - w) * (north - south) < smallArea;
  }).map((s) => {
    const [w, south, e, north] = bbox(s.outline);
    return {...s, lon: (w + e) / 2, lat: (south + north) / 2};
  });
  const start = "#ccc";
  const plot = Plot.plot({
    width: o.width, height: Math.round(o.width * 0.47), margin: 4,
    projection: {type: "equal-earth", domain: {type: "FeatureCollection", features: world}},
    style: {background: "white"},
    marks: [
      Plot.sphere({fill: "#f4f8fb", stroke: "#bbb"}),
      Plot.geo(others, {fill: "#e4e4e4", stroke: "white", strokeWidth: 0.4}),
      Plot.geo(shapes.map((s) => s.outline), {fill: start, stroke: "white", strokeWidth: 0.5, className: "map-states"}),
      Plot.geo(shapes.filter((s) => s.state === hegemon).map((s) => s.outline), {fill: "none", stroke: "#111", strokeWidth: 2.2}),
      Plot.dot(dots, {x: "lon", y: "lat", r: 4.5, fill: start, stroke: "#333", strokeWidth: 0.8, className: "map-dots"})
    ]
  });
  const paths = [...plot.querySelectorAll(".map-states path")];
  const circles = [...plot.querySelectorAll(".map-dots circle")];
  paths.forEach((p, k) => p.setAttribute("data-state", String(shapes[k].state)));
  const ringed = hegemon >= 0 && shapes.some((s) => s.state === hegemon);
  const legendBox = (c: Colouring) => {
    const box = colorLegend(c);
    if (ringed) box.querySelector(".legend-title")?.append(h("span", {class: "legend-note"}, `outlined in black: ${o.hegemonName}, the hegemon`));
    return box;
  };
  let legend = legendBox(colouring);
  const element = h("div", {class: "map", "data-figure": "map", "data-states": String(new Set(shapes.map((s) => s.state)).size)},
    legend, plot,
    match.missing.length === 0 ? null : h("p", {class: "note"}, `Not on the map (no outline): ${match.missing.join(", ")}`));
  return {
    element,
    show(now, pinned) {
      const value = colouring.kind === "change" && pinned !== undefined ? (i: number) => now(i) - pinned(i) : now;
      shapes.forEach((s, k) => paths[k]?.setAttribute("fill", colouring.color(value(s.state))));
      dots.forEach((s, k) => circles[k]?.setAttribute("fill", colouring.color(value(s.state))));
      element.dataset.shown = String(Number(element.dataset.shown ?? 0) + 1);
    },
    recolour(next) {
      colouring = next;
      const fresh = legendBox(next);
      legend.replaceWith(fresh);
      legend = fresh;
    }
  };
}
