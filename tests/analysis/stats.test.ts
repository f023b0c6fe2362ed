/**
 * The small statistics of src/analysis against published values: normal and Student t quantiles
 * (tables of Abramowitz and Stegun 26.2 and 26.7), Spearman's ρ, and the priors' inverse
 * distribution functions at points where their values are known in closed form.
 */
import {describe, expect, it} from "vitest";
import {halfWidth90, normalQuantile, ranks, spearman, tQuantile} from "../../src/analysis/stats.js";
import {normalCdf, priorValue} from "../../src/analysis/priors.js";
import type {Prior} from "../../src/scenario/question.js";

describe("quantiles", () => {
  it("normal: Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.95) = 1.644854, Φ⁻¹(0.001) = -3.090232", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    for (const z of [-2.5, -1, 0.3, 1.7]) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 5);
  });

  it("Student t at 0.95: 6.314 (1), 2.920 (2), 2.353 (3), 2.015 (5), 1.812 (10), 1.697 (30)", () => {
    const table: [number, number][] = [[1, 6.314], [2, 2.92], [3, 2.353], [5, 2.015], [10, 1.812], [30, 1.697]];
    for (const [df, t] of table) expect(tQuantile(0.95, df)).toBeCloseTo(t, 2);
  });

  it("the 90% half-width of a mean is t(0.95, n−1)·s/√n", () => {
    expect(halfWidth90([1, 2, 3, 4, 5])).toBeCloseTo((2.132 * Math.sqrt(2.5)) / Math.sqrt(5), 2);
    expect(halfWidth90([1])).toBeNaN();
  });
});

describe("ranks and Spearman's ρ", () => {
  it("ties share their mean rank", () => {
    expect([...ranks([10, 20, 20, 5])]).toEqual([2, 3.5, 3.5, 1]);
  });
  it("is 1 for any increasing relation, −1 for a decreasing one, and 0.4 for a known case", () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(spearman(x, x.map((v) => Math.exp(v)))).toBeCloseTo(1, 12);
    expect(spearman(x, x.map((v) => -v * v))).toBeCloseTo(-1, 12);
    // ranks of y: 2, 1, 4, 3, 6, 5 → d² = 1+1+1+1+1+1 = 6; ρ = 1 − 6·6/(6·35) = 0.8286
    expect(spearman(x, [20, 10, 40, 30, 60, 50])).toBeCloseTo(1 - 36 / 210, 12);
  });
});

describe("priors", () => {
  const at = (p: Prior, u: number) => priorValue(p, u) as number;
  it("uniform, loguniform and triangular at known points", () => {
    expect(at({uniform: [0.2, 0.6]}, 0.25)).toBeCloseTo(0.3, 12);
    expect(at({loguniform: [0.01, 1]}, 0.5)).toBeCloseTo(0.1, 12);
    expect(at({triangular: [0, 0.5, 1]}, 0.5)).toBeCloseTo(0.5, 12);
    expect(at({triangular: [0, 0, 1]}, 0.75)).toBeCloseTo(0.5, 12); // F(x) = 1 − (1 − x)²
  });
  it("normal, cut or not, at its quantiles", () => {
    expect(at({normal: [1, 2]}, 0.975)).toBeCloseTo(1 + 2 * 1.959964, 4);
    const cut = at({normal: [0, 1], min: 0}, 0.5); // the upper half: median Φ⁻¹(0.75)
    expect(cut).toBeCloseTo(0.67449, 4);
    for (const u of [0, 0.3, 0.999999]) {
      const v = at({normal: [0.5, 1], min: 0, max: 1}, u);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
  it("integer and choice take each value equally often", () => {
    const counts = new Map<unknown, number>();
    for (let k = 0; k < 600; k++) {
      const v = priorValue({integer: [1, 3]}, (k + 0.5) / 600);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.entries()].sort()).toEqual([[1, 200], [2, 200], [3, 200]]);
    expect(priorValue({choice: ["averaging", "pairwise"]}, 0.7)).toBe("pairwise");
  });
});
