/**
 * The README's scenario example is a valid scenario that runs as the README describes it.
 */
import {expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../src/scenario/load.js";
import {simulate} from "../src/run/simulate.js";

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
