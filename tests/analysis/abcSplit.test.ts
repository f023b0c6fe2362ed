/**
 * ABC-SMC split over independent tasks (src/analysis/abcSplit.ts): for any number of tasks and
 * any bound, the tasks' distances handed to `runGeneration` as already evaluated give the same
 * generations as the unsplit run; the collector evaluates only the proposals from the bound on,
 * and only when fewer than `particles` were accepted below it.
 */
import {describe, expect, test} from "vitest";
import {abcSmc, nextGeneration, resolveAbcSettings, runGeneration, type AbcSettings, type Population} from "../../src/analysis/abcSmc.js";
import {evaluateShare, expectedAcceptance, proposalBound} from "../../src/analysis/abcSplit.js";
import {fmix32} from "../../src/run/seeds.js";

/** A uniform draw in (0, 1) that depends on the seed alone. */
const uniformOf = (seed: number) => (fmix32(seed) + 0.5) / 2 ** 32;

const settings: AbcSettings = {
  parameters: [
    {name: "a", prior: {prior: "uniform", min: -3, max: 3}},
    {name: "b", prior: {prior: "log-uniform", min: 0.01, max: 10}}
  ],
  particles: 40, seed: 9, generations: 4, kernel: "normal"
};
// y = (a + noise, log b + noise), observed (1, 0); one run in 23 "fails" (NaN), as a crashed run would
const sim = (theta: Float64Array, seed: number) =>
  fmix32(seed) % 23 === 0 ? NaN : Math.hypot(theta[0] + uniformOf(seed) - 1.5, Math.log(theta[1]) + uniformOf(seed ^ 0x5bd1e995) - 0.5);
const text = (ps: readonly Population[]) => JSON.stringify(ps.map((p) => [p.tolerance, p.runs, p.particles.map((x) => Array.from(x)), Array.from(p.weights), Array.from(p.distances)]));

/** Runs the calibration as n tasks and a collector per generation would; `bound` overrides the split's bound. */
async function split(n: number, bound?: (computed: number) => number) {
  const s = resolveAbcSettings(settings);
  const generations: Population[] = [];
  const extra: number[] = [];
  for (;;) {
    const next = nextGeneration(s, generations);
    if ("stopped" in next) return {generations, extra};
    const computed = proposalBound(s, generations, next.limit);
    const below = Math.min(bound?.(computed) ?? computed, next.limit);
    const distances = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const indices = Array.from({length: Math.ceil((below - i) / n)}, (_, k) => i + k * n).filter((x) => x < below);
      const d = await evaluateShare(next.plan, indices, (ps) => ps.map((p) => sim(p.theta, p.seed)), {batch: 7, lanes: 2});
      indices.forEach((index, k) => Number.isFinite(d[k]) && distances.set(index, d[k]));
    }
    let evaluated = 0;
    const population = await runGeneration(next.plan, s.particles, (ps) => ((evaluated += ps.length), ps.map((p) => sim(p.theta, p.seed))), next.limit, {}, {below, distances});
    if (population === undefined) throw new Error("budget");
    generations.push(population);
    extra.push(evaluated);
  }
}

describe("a generation split over tasks equals the unsplit one", () => {
  test.each([1, 2, 3, 5])("%i tasks, the bound each task computes", async (n) => {
    const whole = await abcSmc(settings, sim);
    const r = await split(n);
    expect(text(r.generations)).toBe(text(whole.generations));
    expect(r.generations).toHaveLength(4);
  });

  test.each([[2, 5], [3, 41], [4, 3000]])("%i tasks, bound %i: too few below it, about enough, far more than needed", async (n, b) => {
    const whole = await abcSmc(settings, sim);
    const r = await split(n, () => b);
    expect(text(r.generations)).toBe(text(whole.generations));
    // with only 5 proposals split, the collector evaluates the rest, up to the last accepted one, itself
    if (b === 5) whole.generations.forEach((g, t) => expect(r.extra[t]).toBeGreaterThanOrEqual(g.runs - 5));
  });

  test("the collector runs nothing when enough were accepted below the bound", async () => {
    const r = await split(2, () => 3000);
    expect(r.extra).toEqual([0, 0, 0, 0]);
  });
});

describe("the bound", () => {
  const s = resolveAbcSettings(settings);
  const population = (generation: number, runs: number): Population =>
    ({generation, tolerance: 1, particles: Array.from({length: 40}, () => new Float64Array(2)), weights: new Float64Array(40).fill(1 / 40), distances: new Float64Array(40), runs});

  test("generation 0: the particles; generation 1: alpha times generation 0's acceptance", () => {
    expect(proposalBound(s, [], 1e9)).toBe(40);
    // generation 0 took 50 runs (acceptance 0.8): generation 1 expects 0.5 × 0.8 = 0.4, bound 40 × 1.25 / 0.4 = 125
    expect(expectedAcceptance(s, [population(0, 50)])).toBeCloseTo(0.4, 12);
    expect(proposalBound(s, [population(0, 50)], 1e9)).toBe(125);
  });

  test("later: the last acceptance times its fall from the one before (at most 1)", () => {
    // acceptance 0.8 then 0.4: expected 0.4 × 0.5 = 0.2, bound 40 × 1.25 / 0.2 = 250
    expect(proposalBound(s, [population(0, 50), population(1, 100)], 1e9)).toBe(250);
    // acceptance rising (0.4 then 0.8): no rise assumed, expected 0.8, bound 63 (62.5 rounded up)
    expect(proposalBound(s, [population(0, 100), population(1, 50)], 1e9)).toBe(63);
  });

  test("never past the budget left; the margin a quarter over the particles", () => {
    expect(proposalBound(s, [population(0, 50), population(1, 100)], 180)).toBe(180);
    expect(proposalBound(s, [population(0, 40), population(1, 40)], 1e9)).toBe(50);
    expect(proposalBound({alpha: 0.99, particles: 40}, [population(0, 40)], 1e9)).toBe(51);
  });
});
