/**
 * What a scenario's figures show, read from its `figures` block or chosen for it: no Plot here,
 * so that the command line can ask before it loads the figure code.
 */
import type {Scenario} from "../scenario/schema.js";

/**
 * The metrics a scenario's convergence figure shows: its `figures.metrics`, else its question's
 * metric (if it has a question block) followed by dispersion, toStandard (with a standard) and
 * toHegemon.
 */
export function figureMetrics(s: Scenario): string[] {
  if (s.figures?.metrics) return [...s.figures.metrics];
  const defaults = ["dispersion", ...(s.dimensions.some((d) => d.standard !== undefined) ? ["toStandard"] : []), "toHegemon"];
  return [...new Set([...(s.question ? [s.question.metric] : []), ...defaults])];
}

/** The groups drawn beside all states: `figures.groups`, else the question's group (when not all), else the regions. */
export function figureGroups(s: Scenario): NonNullable<NonNullable<Scenario["figures"]>["groups"]> {
  if (s.figures?.groups) return s.figures.groups;
  return s.question && s.question.group !== "all" ? [s.question.group] : "regions";
}

/** The dimension of the positions figure: `figures.dimension`, else the first one a figure metric names, else the first. */
export function figureDimension(s: Scenario): string {
  if (s.figures?.dimension) return s.figures.dimension;
  const dims = s.dimensions.map((d) => d.id);
  const named = figureMetrics(s).map((m) => m.replace(/^(sd|mean)\./, "")).find((d) => dims.includes(d));
  return named ?? dims[0];
}
