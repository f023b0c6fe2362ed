/**
 * Checks a scenario's `figures` block against what its runs record: each metric must be one the
 * run records for all states or for a drawn group, and each named group one the run has.
 */
import type {Scenario} from "../scenario/schema.js";
import type {RawProblem} from "../scenario/zodProblems.js";
import {suggestion} from "../scenario/problems.js";
import {groupNames, metricNames, scenarioMetricShape} from "./names.js";

/** The groups a run of `s` records metrics for. */
export function scenarioGroups(s: Scenario): string[] {
  const regions = s.states ? [...new Set(s.states.map((st) => st.region))].sort() : [...new Set(s.generate?.regions ?? [])].sort();
  return groupNames(regions, s.processes.map((p) => p.id), s.metrics.groups);
}

/** Problems of `s.figures` (none without the block). */
export function figureProblems(s: Scenario): RawProblem[] {
  if (s.figures === undefined) return [];
  const problems: RawProblem[] = [];
  const groups = scenarioGroups(s);
  const shape = scenarioMetricShape(s);
  const listed = Array.isArray(s.figures.groups) ? s.figures.groups : [];
  listed.forEach((g, k) => {
    if (!groups.includes(g)) problems.push({path: ["figures", "groups", k], message: `no group ${g} is recorded${suggestion(g, groups)} (groups: ${groups.join(", ")})`});
  });
  const drawn = ["all", ...listed.filter((g) => groups.includes(g))];
  const known = [...new Set(drawn.flatMap((g) => metricNames(shape, g)))];
  (s.figures.metrics ?? []).forEach((m, k) => {
    if (!known.includes(m)) problems.push({path: ["figures", "metrics", k], message: `no metric ${m} is recorded${suggestion(m, known)} (metrics: ${known.join(", ")})`});
  });
  return problems;
}
