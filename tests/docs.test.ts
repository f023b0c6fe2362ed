/**
 * The README's examples are what they claim: the scenario validates and runs as the README
 * describes it, the calibration file and mapping file validate, the targets example parses.
 */
import {expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../src/scenario/load.js";
import {simulate} from "../src/run/simulate.js";
import {parseText} from "../src/scenario/load.js";
import {parseCalibration} from "../src/calibrate/loadCalibration.js";
import {parseTargetMapping} from "../src/results/targetMapping.js";
import {parseTargets} from "../src/results/targetsCsv.js";

test("the README's example scenario validates and runs: years become quarters, and rcm meets every 4 ticks from 1996", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = readme.match(/```yaml\n(id: two-regions[\s\S]*?)```/);
  expect(block).not.toBeNull();
  const s = parseScenario(block![1], "README.md");
  const r = simulate(s);
  expect(r.series.ticks[0]).toBe(0);
  expect(r.series.ticks.at(-1)).toBe(80);
  // founded 1996 with start 1985 and 4 ticks a year: tick 44; meetings at 44, 48, ..., 76 (before tick 80)
  expect(r.summary.totals.meetings).toBe(9);
});

test("the README's calibration, mapping and targets examples are valid", () => {
  const readme = readFileSync("README.md", "utf8");
  const calibration = readme.match(/```yaml\n(base: \.\.\/\.\.\/scenarios\/igc-1985-impic[\s\S]*?)```/)![1];
  const spec = parseCalibration(parseText(calibration, "README.md"));
  expect(Object.keys(spec.parameters)).toEqual(["dynamics.hegemonBias", "dynamics.trust.gain", "facilitators.UNHCR.capacityRate"]);
  const mapping = parseTargetMapping(readme.match(/```yaml\n(source: [\s\S]*?)```/)![1], "README.md");
  expect(mapping.dimensions.asylum).toEqual({variable: "Reg_C", reverse: true, noLaw: 1});
  const targets = parseTargets(readme.match(/```csv\n([\s\S]*?)```/)![1], "README.md");
  expect(targets[1]).toEqual({state: "DEU", year: 1991, dimension: "asylum", value: 0.66, sd: 0.05});
});
