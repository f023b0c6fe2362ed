/**
 * Scores against independent computations: CRPS by its definition (all pairs, and the integral
 * of the squared difference of distribution functions), coverage and errors by hand.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {crps, scoreCell, scoreRows} from "../../src/analysis/score.js";

/** CRPS = E|X − y| − ½ E|X − X′| over all pairs (O(m²)). */
function crpsPairs(x: number[], y: number): number {
  const m = x.length;
  const a = x.reduce((s, v) => s + Math.abs(v - y), 0) / m;
  let b = 0;
  for (const u of x) for (const v of x) b += Math.abs(u - v);
  return a - b / (2 * m * m);
}

/** CRPS = ∫ (F(z) − 1{z ≥ y})² dz for the sample's step function F, integrated exactly piece by piece. */
function crpsIntegral(x: number[], y: number): number {
  const points = [...x, y].sort((a, b) => a - b);
  let total = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const z = points[k];
    const F = x.filter((v) => v <= z).length / x.length;
    total += (F - (z >= y ? 1 : 0)) ** 2 * (points[k + 1] - z);
  }
  return total;
}

describe("crps", () => {
  test("equals the pairwise definition and the integral of squared distribution differences", () => {
    fc.assert(fc.property(fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 40}), fc.double({min: -0.5, max: 1.5, noNaN: true}), (xs, y) => {
      const sorted = Float64Array.from(xs).sort();
      expect(crps(sorted, y)).toBeCloseTo(crpsPairs(xs, y), 10);
      expect(crps(sorted, y)).toBeCloseTo(crpsIntegral(xs, y), 10);
    }));
  });

  test("a point forecast's CRPS is its absolute error", () => {
    expect(crps(Float64Array.of(0.3, 0.3, 0.3), 0.5)).toBeCloseTo(0.2, 15);
  });
});

describe("scoreCell and scoreRows", () => {
  const sample = Float64Array.from({length: 101}, (_, i) => i / 100); // quantile p is p itself (type 7)
  test("median error, persistence error and interval membership", () => {
    const s = scoreCell({state: "A", year: 2000, dimension: "d", observed: 0.8, sorted: sample, persistence: 0.6});
    expect(s.median).toBeCloseTo(0.5, 12);
    expect(s.errorMedian).toBeCloseTo(0.3, 12);
    expect(s.errorPersistence).toBeCloseTo(0.2, 12);
    expect([s.in50, s.in90]).toEqual([false, true]);
  });

  test("aggregates: all, per dimension, per year; skill against persistence over the cells that have it", () => {
    const cells = [
      {state: "A", year: 2000, dimension: "d", observed: 0.5, sorted: sample, persistence: 0.7},
      {state: "B", year: 2001, dimension: "d", observed: 0.9, sorted: sample},
      {state: "A", year: 2001, dimension: "e", observed: 0.6, sorted: sample, persistence: 0.6}
    ];
    const rows = scoreRows(cells, cells.map(scoreCell));
    expect(rows.map((r) => [r.scope, r.key, r.n])).toEqual([["all", "", 3], ["dimension", "d", 2], ["dimension", "e", 1], ["year", "2000", 1], ["year", "2001", 2]]);
    const all = rows[0];
    expect(all.maeMedian).toBeCloseTo((0 + 0.4 + 0.1) / 3, 12);
    expect(all.nPersistence).toBe(2);
    expect(all.maePersistence).toBeCloseTo(0.1, 12);
    expect(all.maeMedianPaired).toBeCloseTo(0.05, 12);
    expect(all.skill).toBeCloseTo(0.5, 12);
    expect(all.coverage50).toBeCloseTo(2 / 3, 12);
    expect(all.coverage90).toBe(1);
  });
});
