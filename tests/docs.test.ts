/**
 * The README's scenario example is a valid scenario that runs.
 */
import {expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../src/scenario/load.js";
import {simulate} from "../src/run/simulate.js";

test("the README's example scenario validates and runs", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = readme.match(/```yaml\n(id: two-regions[\s\S]*?)```/);
  expect(block).not.toBeNull();
  const s = parseScenario(block![1], "README.md");
  const r = simulate(s);
  expect(r.summary.totals.meetings).toBeGreaterThan(0);
  expect(r.summary.final.all.dispersion).toBeGreaterThanOrEqual(0);
});
