import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {curveStats, quantile7} from "../../src/run/curveStats.js";
import type {CurveRecord} from "../../src/run/curveStats.js";

const record = (run: number, ticks: number[], values: number[]): CurveRecord => ({
  run, point: 0, ticks: Float64Array.from(ticks), years: Float64Array.from(ticks, (t) => 2000 + t / 4), values: [Float64Array.from(values)]
});

describe("quantiles (type 7)", () => {
  it("match R's quantile(1:10, c(.05, .5, .95))", () => {
    const x = Float64Array.from({length: 10}, (_, i) => i + 1);
    expect(quantile7(x, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantile7(x, 0.5)).toBe(5.5);
    expect(quantile7(x, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantile7([4], 0.95)).toBe(4);
  });

  it("lie between the smallest and largest value, in order", () => {
    fc.assert(fc.property(fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {minLength: 1, maxLength: 40}), (xs) => {
      const s = Float64Array.from(xs).sort();
      const [a, b, c] = [0.05, 0.5, 0.95].map((p) => quantile7(s, p));
      expect(s[0] <= a && a <= b && b <= c && c <= s[s.length - 1]).toBe(true);
    }));
  });
});

describe("curve statistics", () => {
  it("summarise replicates per tick", () => {
    const [rows] = curveStats([record(0, [0, 1], [1, 2]), record(1, [0, 1], [3, 6])], 1);
    expect(rows).toEqual([
      {tick: 0, year: 2000, n: 2, mean: 2, p05: 1.1, p50: 2, p95: 2.9},
      {tick: 1, year: 2000.25, n: 2, mean: 4, p05: 2.2, p50: 4, p95: 5.8}
    ].map((r) => ({...r, p05: expect.closeTo(r.p05, 12), p95: expect.closeTo(r.p95, 12)})));
  });

  it("carry a run that stopped early at its last value, and skip non-finite values", () => {
    const [rows] = curveStats([record(0, [0, 1, 2], [1, 1, 1]), record(1, [0, 1], [NaN, 5])], 1);
    expect(rows.map((r) => [r.tick, r.n, r.mean])).toEqual([[0, 1, 1], [1, 2, 3], [2, 2, 3]]);
  });

  it("do not depend on the order of the replicates beyond the mean's rounding", () => {
    fc.assert(fc.property(fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 20}), (xs) => {
      const recs = xs.map((x, i) => record(i, [0], [x]));
      const a = curveStats(recs, 1)[0][0];
      const b = curveStats([...recs].reverse(), 1)[0][0];
      expect([b.p05, b.p50, b.p95]).toEqual([a.p05, a.p50, a.p95]);
      expect(b.mean).toBeCloseTo(a.mean, 12);
    }));
  });
});
