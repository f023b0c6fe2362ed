/**
 * The classic opinion-dynamics models, checked against their closed forms and published
 * results, each run through the full engine from the scenarios in scenarios/classic/.
 */
import {describe, expect, test} from "vitest";
import * as math from "mathjs";
import {simulate} from "../../src/run/simulate.js";
import {compile} from "../../src/model/compile.js";
import {builtin} from "../helpers/scenarios.js";

describe("DeGroot (1974)", () => {
  // x(t+1) = ((1−μ)I + μ1wᵀ)x(t) converges to Σ_j w_j x_j(0), w_j = p_j^h / Σ p^h.
  for (const h of [0, 1, 3]) {
    test(`consensus is the power^${h}-weighted mean of the starts`, () => {
      const s = builtin("scenarios/classic/degroot.yaml", {"dynamics.hegemonBias": h, ticks: 200});
      const start = compile(s);
      let num = 0;
      let den = 0;
      for (let i = 0; i < start.n; i++) {
        const w = Math.pow(start.power[i], h);
        num += w * start.x[i];
        den += w;
      }
      const expected = num / den;
      const {world} = simulate(s);
      for (let i = 0; i < world.n; i++) expect(Math.abs(world.x[i] - expected)).toBeLessThan(1e-9);
      if (h === 3) {
        // a strong bias pulls the consensus away from the simple mean, toward the strongest
        const mean = start.x.reduce((a, b) => a + b, 0) / start.n;
        expect(Math.abs(expected - mean)).toBeGreaterThan(0.01);
      }
    });
  }
});

describe("Friedkin and Johnsen (1990)", () => {
  test("reaches x* = (I − ΛW)⁻¹(I − Λ)u", () => {
    const s = builtin("scenarios/classic/friedkin-johnsen.yaml");
    const w0 = compile(s);
    const n = w0.n;
    const mu = s.dynamics.dialogue.rate;
    const h = s.dynamics.hegemonBias;
    const pw = Array.from(w0.power, (p) => Math.pow(p, h));
    const total = pw.reduce((a, b) => a + b, 0);
    // W = (1 − μ)I + μ 1 wᵀ ; Λ = diag(1 − λ)
    const W = math.matrix(Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) => (i === j ? 1 - mu : 0) + (mu * pw[j]) / total)));
    const L = math.diag(Array.from(w0.stubbornness, (l) => 1 - l));
    const I = math.identity(n);
    const u = math.matrix(Array.from(w0.u));
    const xStar = math.multiply(math.inv(math.subtract(I, math.multiply(L, W))), math.multiply(math.subtract(I, L), u)) as math.Matrix;
    const {world} = simulate(s);
    const expected = xStar.toArray() as number[];
    for (let i = 0; i < n; i++) expect(Math.abs(world.x[i] - expected[i])).toBeLessThan(1e-8);
    // and it is not a consensus: stubbornness keeps disagreement
    expect(Math.max(...expected) - Math.min(...expected)).toBeGreaterThan(0.05);
  });
});

/** Major clusters (≥ 2% of agents, single linkage at gap 0.01) at the end of a run. */
const majorClusters = (path: string, sets: Record<string, unknown>, seed: number) =>
  simulate(builtin(path, sets), {seed, metrics: ["majorClusters"], groups: false}).summary.final.all.majorClusters;

describe("Hegselmann and Krause (2002), N = 1000", () => {
  // HK 2002 (JASSS 5(3), figs. 3-6) and Lorenz (2007, Int. J. Mod. Phys. C 18(12)): uniform
  // starts reach consensus for ε above about 0.2; below it they split into about 1/(2ε) clusters.
  const path = "scenarios/classic/hegselmann-krause.yaml";
  test("wide confidence (ε = 0.3) gives one cluster", () => {
    for (const seed of [1, 2, 3]) expect(majorClusters(path, {"dynamics.dialogue.confidence": 0.3}, seed)).toBe(1);
  });
  test("narrow confidence (ε = 0.05) gives several clusters, about 1/(2ε)", () => {
    for (const seed of [1, 2, 3]) {
      const k = majorClusters(path, {"dynamics.dialogue.confidence": 0.05}, seed);
      expect(k).toBeGreaterThanOrEqual(6);
      expect(k).toBeLessThanOrEqual(14);
    }
  });
  test("clusters multiply as confidence shrinks", () => {
    const counts = [0.3, 0.15, 0.1, 0.05].map((eps) => majorClusters(path, {"dynamics.dialogue.confidence": eps}, 1));
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1]);
  });
});

describe("Deffuant, Neau, Amblard and Weisbuch (2000), N = 1000", () => {
  // Deffuant et al. 2000 (Adv. Complex Syst. 3, fig. 2 and sec. 2.1): with μ = 0.5, thresholds
  // d ≥ about 0.3 give consensus; smaller d gives about ⌊1/(2d)⌋ major clusters.
  const path = "scenarios/classic/deffuant-weisbuch.yaml";
  test("wide threshold (ε = 0.4) gives one cluster", () => {
    for (const seed of [1, 2]) expect(majorClusters(path, {"dynamics.dialogue.confidence": 0.4}, seed)).toBe(1);
  });
  test("narrow threshold (ε = 0.1) gives several clusters, about 1/(2ε)", () => {
    for (const seed of [1, 2]) {
      const k = majorClusters(path, {"dynamics.dialogue.confidence": 0.1}, seed);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(6);
    }
  });
});
