/**
 * What a scenario's figures show, read from its `figures` block or chosen for it: no Plot here,
 * so that the command line can ask before it loads the figure code.
 */
import type {Scenario} from "../scenario/schema.js";

/** The metrics a scenario's convergence figure shows: its `figures.metrics`, else dispersion, toStandard (with a standard), toHegemon. */
export function figureMetrics(s: Scenario): string[] {
  if (s.figures?.metrics) return [...s.figures.metrics];
  return ["dispersion", ...(s.dimensions.some((d) => d.standard !== undefined) ? ["toStandard"] : []), "toHegemon"];
}

/** The dimension of the positions figure: `figures.dimension`, else the first one a figure metric names, else the first. */
export function figureDimension(s: Scenario): string {
  if (s.figures?.dimension) return s.figures.dimension;
  const dims = s.dimensions.map((d) => d.id);
  const named = figureMetrics(s).map((m) => m.replace(/^(sd|mean)\./, "")).find((d) => dims.includes(d));
  return named ?? dims[0];
}
