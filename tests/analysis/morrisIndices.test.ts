/**
 * Morris elementary effects through the morris design and the estimator: a linear function
 * gives μ*_i = |a_i| × range and σ_i = 0, an inert input μ* = 0; the trajectories move one
 * parameter at a time by ±Δ on the grid.
 */
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {morrisDesign, type Axis} from "../../src/sweep/designs.js";
import {morrisUnit} from "../../src/sweep/morrisDesign.js";
import {morrisIndices} from "../../src/analysis/morrisIndices.js";

const axes: Axis[] = [
  {path: "a", from: 0, to: 1, integer: false},
  {path: "b", from: -2, to: 6, integer: false},
  {path: "c", from: 10, to: 10.5, integer: false},
  {path: "inert", from: 0, to: 3, integer: false}
];
const coefficients = [3, -0.5, 4, 0];
const linear = (point: readonly (string | number | boolean)[]) => point.reduce<number>((s, x, i) => s + coefficients[i] * (x as number), 7);

describe("morris on a linear function", () => {
  for (const [levels, candidates] of [[4, undefined], [6, undefined], [4, 40]] as const) {
    it(`gives μ* = |a|·range, μ = a·range, σ = 0, and μ* = 0 for an inert input (levels ${levels}${candidates ? `, ${candidates} candidates` : ""})`, () => {
      const design = morrisDesign(axes, 12, 5, {levels, candidates});
      const steps = morrisUnit(12, axes.length, 5, {levels, candidates});
      const r = morrisIndices(design.points.map(linear), steps, {resamples: 100});
      const ranges = axes.map((a) => ("from" in a ? a.to - a.from : NaN));
      r.muStar.forEach((e, i) => expect(e.estimate).toBeCloseTo(Math.abs(coefficients[i]) * ranges[i], 10));
      r.mu.forEach((m, i) => expect(m).toBeCloseTo(coefficients[i] * ranges[i], 10));
      r.sigma.forEach((s) => expect(s).toBeLessThan(1e-10));
      expect(r.muStar[3].estimate).toBe(0);
      expect(r.sigma[3]).toBe(0);
      expect(r.trajectories).toBe(12);
    });
  }

  it("tells a non-linear input by its σ", () => {
    const design = morrisDesign(axes.slice(0, 2), 20, 1);
    const y = design.points.map(([a, b]) => (a as number) * (b as number));
    const r = morrisIndices(y, morrisUnit(20, 2, 1));
    expect(r.sigma[0]).toBeGreaterThan(0.5);
    expect(r.sigma[1]).toBeGreaterThan(0.05);
  });
});

describe("morris trajectories", () => {
  it("move each parameter once by ±Δ on the p-level grid, inside [0, 1]", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 8}), fc.constantFrom(2, 4, 6, 8), fc.integer({min: 0, max: 1000}), (k, r, p, seed) => {
      const plan = morrisUnit(r, k, seed, {levels: p});
      const step = p / (2 * (p - 1));
      for (let t = 0; t < r; t++) {
        const moved = new Set<number>();
        for (let s = 0; s < k; s++) {
          const i = plan.factor[t * k + s];
          moved.add(i);
          for (let j = 0; j < k; j++) {
            const before = plan.u[j][t * (k + 1) + s];
            const after = plan.u[j][t * (k + 1) + s + 1];
            expect(Math.abs(before * (p - 1) - Math.round(before * (p - 1)))).toBeLessThan(1e-12);
            expect(before).toBeGreaterThanOrEqual(0);
            expect(after).toBeLessThanOrEqual(1);
            expect(after - before).toBeCloseTo(j === i ? plan.delta[t * k + s] : 0, 12);
          }
          expect(Math.abs(plan.delta[t * k + s])).toBeCloseTo(step, 12);
        }
        expect(moved.size).toBe(k);
      }
    }), {numRuns: 60});
  });

  it("are deterministic from the seed; Campolongo's selection spreads them more", () => {
    expect(morrisUnit(5, 3, 9)).toEqual(morrisUnit(5, 3, 9));
    expect(morrisUnit(5, 3, 9).u).not.toEqual(morrisUnit(5, 3, 10).u);
    const spread = (u: Float64Array[], r: number, k: number) => {
      let total = 0;
      for (let a = 0; a < r; a++) for (let b = a + 1; b < r; b++) {
        let d = 0;
        for (let s = 0; s <= k; s++) for (let q = 0; q <= k; q++) d += Math.hypot(...u.map((c) => c[a * (k + 1) + s] - c[b * (k + 1) + q]));
        total += d * d;
      }
      return total;
    };
    const plain = morrisUnit(6, 4, 3);
    const chosen = morrisUnit(6, 4, 3, {candidates: 60});
    expect(spread(chosen.u, 6, 4)).toBeGreaterThan(spread(plain.u, 6, 4));
  });

  it("refuses odd levels", () => {
    expect(() => morrisUnit(2, 2, 1, {levels: 5})).toThrow(/even/);
  });
});
