/**
 * ABC-SMC against a posterior known in closed form, and the properties that make a calibration
 * reproducible: the same particles whatever the batch size, the number of evaluations in flight
 * or the order they finish in, and a run resumed from saved generations equal to one that never
 * stopped.
 */
import {describe, expect, test} from "vitest";
import {abcSmc, abcSmcBatched, type AbcSettings, type Population} from "../../src/analysis/abcSmc.js";
import {weightedMean} from "../../src/analysis/weighted.js";
import {fmix32} from "../../src/run/seeds.js";

/** A standard normal draw that depends on the seed alone (Box–Muller on two hashes of it). */
function gaussianOf(seed: number): number {
  const u1 = (fmix32(seed) + 0.5) / 2 ** 32;
  const u2 = fmix32((seed ^ 0x9e3779b9) >>> 0) / 2 ** 32;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** y ~ N(θ, 0.5²), observed y = 2: distance |y − 2|. */
const simulator = (theta: Float64Array, seed: number) => Math.abs(theta[0] + 0.5 * gaussianOf(seed) - 2);

function meanSd(p: Population, k = 0): {mean: number; sd: number} {
  const mean = weightedMean(p.particles, p.weights)[k];
  const variance = p.particles.reduce((s, x, i) => s + p.weights[i] * (x[k] - mean) ** 2, 0);
  return {mean, sd: Math.sqrt(variance)};
}

describe("the conjugate normal model: prior N(0, 1), y ~ N(θ, 0.5²), y_obs = 2", () => {
  // Exact posterior: precision 1 + 1/0.25 = 5, mean (2/0.25)/5 = 1.6, sd sqrt(1/5) = 0.4472.
  const exact = {mean: 1.6, sd: Math.sqrt(1 / 5)};
  // A tolerance of 0.05 widens the likelihood's variance by ε²/3 < 0.001: sd 0.4474 at most.
  const settings = (kernel: string, particles: number): AbcSettings => ({
    parameters: [{name: "theta", prior: {prior: "normal", mean: 0, sd: 1}}], particles, seed: 11, kernel,
    generations: 20, tolerance: 0.05, minAcceptance: 0
  });

  test.each([["normal", 4000], ["olcm", 4000]])("kernel %s, %i particles: mean and sd within 0.03 of the exact posterior", async (kernel, n) => {
    const r = await abcSmc(settings(kernel as string, n as number), simulator);
    expect(r.stopped).toBe("tolerance");
    const {mean, sd} = meanSd(r.posterior);
    expect(Math.abs(mean - exact.mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - exact.sd)).toBeLessThan(0.03);
    expect(r.posterior.particles.length).toBe(n);
    expect(r.posterior.distances.every((d) => d <= r.posterior.tolerance)).toBe(true);
  }, 60_000);
});

describe("reproducibility", () => {
  const settings: AbcSettings = {
    parameters: [
      {name: "a", prior: {prior: "uniform", min: -3, max: 3}},
      {name: "b", prior: {prior: "log-uniform", min: 0.01, max: 10}}
    ],
    particles: 150, seed: 5, generations: 4, kernel: "olcm"
  };
  // y = (a + 0.3 z₁, log b + 0.3 z₂), observed (1, 0)
  const sim = (theta: Float64Array, seed: number) => Math.hypot(theta[0] + 0.3 * gaussianOf(seed) - 1, Math.log(theta[1]) + 0.3 * gaussianOf(seed + 1) - 0);
  const text = (ps: readonly Population[]) => JSON.stringify(ps.map((p) => [p.tolerance, p.runs, p.particles.map((x) => Array.from(x)), Array.from(p.weights), Array.from(p.distances)]));

  test("the same generations for any batch size, lanes, and order of completion", async () => {
    const plain = await abcSmc(settings, sim, {batch: 1});
    let tick = 0;
    const shuffled = await abcSmcBatched(settings, async (proposals) => {
      await new Promise((resolve) => setTimeout(resolve, (tick++ * 7) % 5));
      return proposals.map((p) => sim(p.theta, p.seed));
    }, {batch: 13, lanes: 4});
    expect(text(shuffled.generations)).toBe(text(plain.generations));
    expect(plain.generations.map((g) => g.generation)).toEqual([0, 1, 2, 3]);
    expect(plain.generations[3].tolerance).toBeLessThan(plain.generations[1].tolerance);
  });

  test("resumed from its first two generations, a run ends exactly as an uninterrupted one", async () => {
    const whole = await abcSmc(settings, sim);
    let calls = 0;
    const resumed = await abcSmc(settings, (t, s) => (calls++, sim(t, s)), {start: whole.generations.slice(0, 2)});
    expect(text(resumed.generations)).toBe(text(whole.generations));
    expect(calls).toBeGreaterThan(0);
  });

  test("log-uniform particles stay inside their prior; weights sum to 1", async () => {
    const r = await abcSmc(settings, sim);
    for (const g of r.generations) {
      expect(g.particles.every((x) => x[0] >= -3 && x[0] <= 3 && x[1] >= 0.01 && x[1] <= 10)).toBe(true);
      expect(g.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  test("bad settings are refused with the setting named", async () => {
    await expect(abcSmc({...settings, kernel: "gauss"}, sim)).rejects.toThrow("unknown kernel: gauss (expected one of normal, olcm)");
    await expect(abcSmc({...settings, particles: 1}, sim)).rejects.toThrow("particles must be a whole number ≥ 2");
    await expect(abcSmc({...settings, parameters: [{name: "x", prior: {prior: "log-uniform", min: 0, max: 1}}]}, sim)).rejects.toThrow("x: a log-uniform prior needs min > 0");
  });
});
