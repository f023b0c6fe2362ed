/**
 * hegemonPull measures the hegemon's channels and nothing else: per tick and group, toHegemon of
 * the twin run with the channels off minus toHegemon of the run. equal-voice.yaml is hegemon.yaml
 * with exactly those three channels off, so its toHegemon is the twin's, computed independently.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {seriesOf} from "../../src/metrics/series.js";
import {belowFrom} from "../../src/metrics/summarize.js";
import {majorClusterCount, majorClusterSize} from "../../src/metrics/clusterRule.js";
import type {Series} from "../../src/metrics/series.js";
import {loadSweep} from "../../src/sweep/loadSweep.js";

const load = (file: string) => parseScenario(readFileSync(file, "utf8"), file);

describe("hegemonPull", () => {
  const hegemon = simulate(load("scenarios/teaching/hegemon.yaml"), {seed: 3});
  const equal = simulate(load("scenarios/teaching/equal-voice.yaml"), {seed: 3});

  it("is toHegemon of the run with the channels off minus the run's, at every tick and in every group", () => {
    for (const group of hegemon.series.groups) {
      const pull = seriesOf(hegemon.series, group, "hegemonPull")!;
      const run = seriesOf(hegemon.series, group, "toHegemon")!;
      const twin = seriesOf(equal.series, group, "toHegemon")!;
      expect(pull.length).toBe(81);
      pull.forEach((p, k) => expect(p).toBeCloseTo(twin[k] - run[k], 12));
    }
    expect(hegemon.summary.hegemonPull).toBeGreaterThan(0.05);
    expect(hegemon.summary.hegemonPull).toBe(hegemon.summary.final.all.hegemonPull);
  });

  it("is 0 at every tick when no channel is on, whatever the facilitator does", () => {
    expect([...seriesOf(equal.series, "all", "hegemonPull")!].every((v) => v === 0)).toBe(true);
    expect(equal.summary.towardHegemonStart).toBeGreaterThan(0.05); // the old projection counted the facilitator's pull
  });

  it("is recorded by the shipped sweep example, as a curve and in runs.csv", async () => {
    const plan = await loadSweep("examples/slurm/igc-bias-ngo.yaml");
    expect(plan.record).toContain("hegemonPull");
    expect(plan.summaryColumns).toContain("final.hegemonPull");
  });

  it("is computed only when recorded", () => {
    const r = simulate(load("scenarios/teaching/hegemon.yaml"), {metrics: ["dispersion"], groups: false});
    expect(r.summary.hegemonPull).toBeNull();
    expect(r.series.metrics[0]).toEqual(["dispersion"]);
  });
});

describe("convergedAt and firstBelow", () => {
  const series = (values: number[]): Series => ({
    ticks: values.map((_, k) => 10 * k), years: values.map(() => null), groups: ["all"], metrics: [["dispersion"]], values: [[Float64Array.from(values)]]
  });
  it("convergedAt is the first tick from which dispersion stays at or below the bar; firstBelow the first dip", () => {
    const s = series([0.2, 0.04, 0.08, 0.05, 0.03]);
    expect(belowFrom(s, 0.05, "stays")).toBe(30);
    expect(belowFrom(s, 0.05, "first")).toBe(10);
    expect(belowFrom(series([0.2, 0.04, 0.08]), 0.05, "stays")).toBeNull();
    expect(belowFrom(series([0.04, 0.03]), 0.05, "stays")).toBe(0);
  });
});

describe("major clusters", () => {
  it("hold at least max(2, ⌈share·m⌉) states, all of a one-state group", () => {
    expect(majorClusterSize(16, 0.05)).toBe(2);
    expect(majorClusterSize(145, 0.05)).toBe(8);
    expect(majorClusterSize(1000, 0.02)).toBe(20);
    expect(majorClusterSize(1, 0.05)).toBe(1);
    expect(majorClusterCount([1, 1, 1, 13], 16, 0.05)).toBe(1); // 16 lone states were 16 "major" clusters at 2%
  });
});
