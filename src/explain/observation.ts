/**
 * What a run of the scenario records: the groups and metric names (as src/metrics/metricNames.ts
 * lists them for this scenario) and the per-run summary.
 */
import type {Scenario} from "../scenario/schema.js";
import type {Population} from "./population.js";
import {bullets, code, num} from "./format.js";
import {groupNames, metricNames, scenarioMetricShape} from "../metrics/names.js";

/** The groups a run reports metrics for, as the recorder names them (`groupNames`). */
export function observedGroups(s: Scenario, pop: Population): string[] {
  return groupNames([...new Set(pop.regions)].sort(), s.processes.map((p) => p.id), s.metrics.groups);
}

/** The metric names of a group, in output order, as the recorder names them (`metricNames`). */
export function observedMetrics(s: Scenario, group: string): string[] {
  return metricNames(scenarioMetricShape(s), group);
}

/** II.x Observation. */
export function observation(s: Scenario, pop: Population): string {
  const m = s.metrics;
  const groups = observedGroups(s, pop);
  const withStandard = s.dimensions.filter((d) => d.standard !== undefined).map((d) => d.id);
  const defs = [
    "`dispersion` (σ-convergence): mean over dimensions of the population standard deviation of positions",
    "`spread`: mean distance between pairs of states (distance: RMS over all dimensions)",
    withStandard.length > 0 ? `\`toStandard\` (δ-convergence): mean RMS distance to the standards, over the dimensions that have one (${withStandard.join(", ")})` : "`toStandard`: not recorded (no dimension has a standard)",
    `\`toHegemon\`: mean RMS distance of the other states to the hegemon's current position (${pop.ids[pop.hegemon]})`,
    "`hegemonPull`: toHegemon of the twin run with the hegemon's channels off (power in dialogue h = 0, no agenda control, no funder steering; same seed) minus toHegemon of the run: how much closer the channels brought the states",
    `\`clusters\`, \`majorClusters\`: single-linkage groups with links of at most ${num(m.clusterGap)} (RMS over all dimensions), and those holding at least max(2, ${num(m.majorShare)} of the group's) states`,
    "`mean.<dim>`, `sd.<dim>`: mean and population standard deviation per dimension",
    "group `all` only: `withinRegion` (mean of the regions' dispersions), `betweenRegion` (dispersion of the regions' mean positions, each region one point), `meanTrust` (mean T over pairs of distinct states), `meetings` and `withheld` (meetings held and topics withheld during the step that produced the tick)"
  ];
  return `### II.x Observation

Recorded at tick 0, then ${m.every === 1 ? "every tick" : `every ${m.every} ticks and at the last`}, for ${groups.length} group${groups.length > 1 ? "s" : ""}: ${groups.map(code).join(", ")} (process groups hold the current members).

${bullets(defs)}

Metrics of group \`all\`: ${observedMetrics(s, "all").map(code).join(", ")}.

The run's summary (summary.json) adds: the final value of every metric; \`convergedAt\`, the first recorded tick from which dispersion stays ≤ ${num(m.convergedBelow)} to the end (else null), and \`firstBelow\`, the first at or below it; β-convergence, the OLS slope of x_T − x_0 on x_0 across states, per dimension and their mean (negative: laggards catch up); \`hegemonPull\`, its final value for all states; \`towardHegemonStart\`, the movement of the mean position projected on the line from the starting mean to the hegemon's start, as a fraction of that distance; total meetings and topics withheld; the final stage of each process.${m.stopWhenStable > 0 ? ` The run stops early once no position moves by as much as ${num(m.stopWhenStable)} in a tick.` : ""}`;
}
