/**
 * A question scenario's convergence figure shows the metric (of the group) its question block
 * asks about; the teaching pair shows the hegemon's pull; regions too many to colour get panels.
 */
import {describe, expect, it} from "vitest";
import {readdirSync} from "node:fs";
import {simulate} from "../../src/run/simulate.js";
import {positionTicks} from "../../src/run/positionTicks.js";
import {runFigures} from "../../src/plot/runFigures.js";
import {metricLabel} from "../../src/plot/metricLabel.js";
import {builtin} from "../helpers/scenarios.js";

const questions = readdirSync("scenarios/questions").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/questions/${f}`);

describe("runFigures", () => {
  it.each(questions)("%s: the convergence figure shows the question's metric for its group", (file) => {
    const s = builtin(file);
    const {metric, group} = s.question!;
    const result = simulate(s, {positions: {ticks: positionTicks(s, s.ticks)}});
    const figures = runFigures(s, result);
    expect(figures.map((f) => f.name)).toContain("positions");
    const convergence = figures.find((f) => f.name === "convergence")!.options;
    expect(convergence.fy?.domain).toContain(metricLabel(metric));
    if (group !== "all") expect((convergence.color as {domain: string[]}).domain).toContain(group.replace(/^[a-z]+:/, ""));
  });

  it("teaching: the hegemon run shows the hegemon's pull and its withheld topics; equal voice says both are 0", () => {
    const figure = (name: string) => {
      const s = builtin(`scenarios/teaching/${name}.yaml`);
      return runFigures(s, simulate(s)).find((f) => f.name === "convergence")!.options;
    };
    const hegemon = figure("hegemon");
    expect(hegemon.fy?.domain).toEqual(expect.arrayContaining([metricLabel("hegemonPull"), metricLabel("toHegemon"), "withheld topics, cumulative"]));
    const equal = figure("equal-voice");
    expect(equal.fy?.domain).toContain(metricLabel("toHegemon"));
    expect(equal.caption).toContain(`${metricLabel("hegemonPull")}: 0 throughout`);
  });

  it("a question scenario without a figures block shows its question's metric and group", () => {
    const s = builtin("scenarios/questions/caribbean-agenda.yaml");
    const bare = {...s, figures: undefined};
    const convergence = runFigures(bare, simulate(bare)).find((f) => f.name === "convergence")!.options;
    expect(convergence.fy?.domain).toContain(metricLabel("sd.return"));
    expect((convergence.color as {domain: string[]}).domain).toContain("carib");
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
