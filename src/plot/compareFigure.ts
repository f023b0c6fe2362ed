/**
 * The figure of `rcmp compare`: curves side by side (`bandsFigure`: one colour per label, one
 * panel per metric, replicate bands), or one panel per region and metric with `byRegion`.
 * Pure: returns Plot options for `renderSvg` or `Plot.plot`.
 */
import type * as Plot from "@observablehq/plot";
import {bandsFigure} from "./bandsFigure.js";
import type {CompareRow} from "./compareRow.js";
import {regionFacetFigure} from "./regionFacetFigure.js";
import {textWidth} from "./svgText.js";

/** Options of `compareFigure`. */
export interface CompareFigureOptions {
  /** Metrics, one panel (or block of panels) each, in this order; default every metric of the rows. */
  metrics?: string[];
  title?: string;
  subtitle?: string;
  /** One panel per region (rows of `region:<name>` groups); default false. */
  byRegion?: boolean;
}

/** The comparison figure. */
export function compareFigure(rows: readonly CompareRow[], o: CompareFigureOptions = {}): Plot.PlotOptions {
  if (o.byRegion) return regionFacetFigure(rows, {metrics: o.metrics, title: o.title, subtitle: o.subtitle});
  return {...bandsFigure(rows, {metrics: o.metrics, title: o.title}), subtitle: o.subtitle};
}

/**
 * A subtitle saying what the lines and bands are, from how many of the curves have replicates
 * (`banded` of `total` folders), and which group they describe.
 */
export function compareSubtitle(banded: number, total: number, group: string): string {
  const bands = "line: mean over replicates; band: 5–95% of replicates";
  const what = banded === 0 ? "one run per curve" : banded === total ? bands : `${bands} (a single run: its line alone)`;
  return group === "all" ? `${what}; all states` : `${what}; ${group === "by-region" ? "one panel per region" : group}`;
}

/** `Compared: A · B` when that fits in `width` pixels at 17 px, else `Compared: n results` (the legend names them). */
export function compareTitle(labels: readonly string[], width: number): string {
  const full = `Compared: ${labels.join(" · ")}`;
  return textWidth(full, 17) <= width - 20 ? full : `Compared: ${labels.length} results (see the legend)`;
}
