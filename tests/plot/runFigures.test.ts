/**
 * Every built-in scenario's run draws its figures, and a question scenario's convergence figure
 * shows the metric (of the group) that its header names as the question's metric.
 */
import {describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {simulate} from "../../src/run/simulate.js";
import {positionTicks} from "../../src/run/positionTicks.js";
import {runFigures} from "../../src/plot/runFigures.js";
import {metricLabel} from "../../src/plot/metricLabel.js";
import {builtin} from "../helpers/scenarios.js";

const questions = readdirSync("scenarios/questions").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/questions/${f}`);

/** The metric and group the header's `# Metric:` line names: `betweenRegion (group all)`, `sd.return of group process:carib`. */
function headerMetric(file: string): {metric: string; group: string} {
  const line = /^# Metric: (.*)$/m.exec(readFileSync(file, "utf8"));
  if (!line) throw new Error(`${file}: no "# Metric:" line`);
  const metric = /^([A-Za-z.]+)/.exec(line[1])![1];
  const group = /group ([a-z]+:[a-z-]+|all)/.exec(line[1])?.[1] ?? "all";
  return {metric, group};
}

describe("runFigures", () => {
  it.each(questions)("%s: the convergence figure shows the question's metric for its group", (file) => {
    const {metric, group} = headerMetric(file);
    const s = builtin(file);
    const result = simulate(s, {positions: {ticks: positionTicks(s, s.ticks)}});
    const figures = runFigures(s, result);
    expect(figures.map((f) => f.name)).toContain("positions");
    const convergence = figures.find((f) => f.name === "convergence")!.options;
    expect(convergence.fy?.domain).toContain(metricLabel(metric));
    if (group !== "all") expect(s.figures?.groups).toContain(group);
  });

  it("teaching: both scenarios show the distance to the hegemon, and the hegemon run its withheld topics", () => {
    for (const name of ["equal-voice", "hegemon"]) {
      const s = builtin(`scenarios/teaching/${name}.yaml`);
      const convergence = runFigures(s, simulate(s)).find((f) => f.name === "convergence")!.options;
      expect(convergence.fy?.domain).toContain(metricLabel("toHegemon"));
      if (name === "hegemon") expect(convergence.fy?.domain).toContain("withheld topics, cumulative");
    }
  });

  it("world-2004: regions too many for colours get a panel each, and no colour repeats", () => {
    const s = builtin("scenarios/world-2004.yaml", {ticks: 8});
    const figures = runFigures(s, simulate(s, {positions: {ticks: [0, 4, 8]}}));
    expect(figures.map((f) => f.name)).toEqual(["convergence", "regions", "positions"]);
    for (const f of figures) {
      const range = (f.options.color as {range?: string[]} | undefined)?.range ?? [];
      expect(new Set(range).size, f.name).toBe(range.length);
    }
  });
});
