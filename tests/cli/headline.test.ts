/**
 * The run's headline says what each number is; its cluster count, for every RCMP scenario, lies
 * between 1 and the number of states and is the count of single-linkage groups at the scenario's
 * gap (the groups the positions plot shows as separate: the teaching hegemon on its own); a run
 * that stops because nothing moved says so.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {headline} from "../../src/cli/headline.js";
import {clusterSizes} from "../../src/metrics/clusters.js";

const load = (file: string) => parseScenario(readFileSync(file, "utf8"), file);

describe("the run's headline", () => {
  for (const file of ["scenarios/igc-1985.yaml", "scenarios/world-2004.yaml", "scenarios/teaching/hegemon.yaml"]) {
    it(`${file}: a cluster count between 1 and the number of states, with the clusters' sizes`, () => {
      const s = load(file);
      const r = simulate(s);
      const text = headline("out", s, r, 0);
      const m = text.match(/clusters +(\d+) → (\d+) +groups of states linked by steps ≤ 0\.1 \(RMS\); final sizes ([\d, .]+);/);
      expect(m, text).not.toBeNull();
      const final = Number(m![2]);
      expect(final).toBeGreaterThanOrEqual(1);
      expect(final).toBeLessThanOrEqual(Math.max(2, r.world.n / 4)); // groups, not lone states
      const sizes = clusterSizes(r.world.x, r.world.d, Int32Array.from({length: r.world.n}, (_, i) => i), 0.1).sort((a, b) => b - a);
      expect(final).toBe(sizes.length);
      expect(m![3]).toBe(sizes.slice(0, 6).join(", ") + (sizes.length > 6 ? ", ..." : ""));
      expect(text).toMatch(/dispersion +[\d.]+ → [\d.]+ +mean SD of positions over dimensions/);
      expect(text).toMatch(/hegemon's pull +-?[\d.]+ +how much closer to \w+ its channels/);
    });
  }

  it("the teaching hegemon stands apart: 2 clusters, of 7 states and 1", () => {
    const s = load("scenarios/teaching/hegemon.yaml");
    expect(headline("out", s, simulate(s), 0)).toMatch(/final sizes 7, 1;/);
  });

  it("says when the run stopped early because nothing moved", () => {
    const s = load("scenarios/classic/hegselmann-krause.yaml");
    const text = headline("out", s, simulate(s, {metrics: ["dispersion", "toHegemon", "clusters", "majorClusters"], groups: false}), 0);
    expect(text).toMatch(/stopped early at tick 8: no position moved more than 1e-12 in a tick \(metrics\.stopWhenStable\)/);
    expect(text).toMatch(/1000 states, 8 ticks/);
  });
});
