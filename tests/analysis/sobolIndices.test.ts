/**
 * Sobol' indices through the saltelli design and the estimators, on functions whose indices are
 * known in closed form: Ishigami (a = 7, b = 0.1) and Sobol's g-function with
 * a = (0, 1, 4.5, 9, 99, 99, 99, 99). Sizes: estimates within 0.02 of the truth at N = 8192 base
 * rows; 95% bootstrap intervals holding the truth in at least 90 of 100 seeds at N = 256
 * (Ishigami) and N = 128 (g-function).
 */
import {describe, expect, it} from "vitest";
import {saltelliDesign} from "../../src/sweep/designs.js";
import {saltelliUnit} from "../../src/sweep/saltelliDesign.js";
import {sobolIndices} from "../../src/analysis/sobolIndices.js";
import {evaluate, gFunction, gFunctionIndices, ishigami, ishigamiIndices} from "./referenceFunctions.js";

const gA = [0, 1, 4.5, 9, 99, 99, 99, 99];

describe("the closed forms", () => {
  it("are the published Ishigami values", () => {
    const t = ishigamiIndices(7, 0.1);
    expect(t.first.map((x) => Number(x.toFixed(3)))).toEqual([0.314, 0.442, 0]);
    expect(t.total.map((x) => Number(x.toFixed(3)))).toEqual([0.558, 0.442, 0.244]);
  });
});

describe("estimates at N = 8192", () => {
  it("Ishigami: first, total and second order within 0.02", () => {
    const t = ishigamiIndices(7, 0.1);
    const r = sobolIndices(evaluate(saltelliUnit(8192, 3, 1, true), ishigami(7, 0.1)), {parameters: 3, secondOrder: true, resamples: 100});
    r.first.forEach((e, i) => expect(Math.abs(e.estimate - t.first[i])).toBeLessThan(0.02));
    r.total.forEach((e, i) => expect(Math.abs(e.estimate - t.total[i])).toBeLessThan(0.02));
    expect(Math.abs(r.second![0][2]!.estimate - t.s13)).toBeLessThan(0.02);
    expect(Math.abs(r.second![0][1]!.estimate)).toBeLessThan(0.02);
    expect(Math.abs(r.second![1][2]!.estimate)).toBeLessThan(0.02);
    expect(r.rows).toBe(8192);
  });

  it("g-function: first and total order within 0.02, second order of the first pair too", () => {
    const t = gFunctionIndices(gA);
    const r = sobolIndices(evaluate(saltelliUnit(8192, 8, 2, true), gFunction(gA)), {parameters: 8, secondOrder: true, resamples: 50});
    r.first.forEach((e, i) => expect(Math.abs(e.estimate - t.first[i])).toBeLessThan(0.02));
    r.total.forEach((e, i) => expect(Math.abs(e.estimate - t.total[i])).toBeLessThan(0.02));
    expect(Math.abs(r.second![0][1]!.estimate - t.second(0, 1))).toBeLessThan(0.02);
  });

  it("an additive function's indices are its variance shares (through parameter ranges)", () => {
    // f = x + 2y, x on [0, 1] and y on [10, 12]: V_x = 1/12, V_y = 4·4/12, so S = ST = 1/17, 16/17.
    const design = saltelliDesign([{path: "x", from: 0, to: 1, integer: false}, {path: "y", from: 10, to: 12, integer: false}], 4096, 3);
    const y = design.points.map(([x, z]) => (x as number) + 2 * (z as number));
    const r = sobolIndices(y, {parameters: 2, resamples: 0});
    expect(r.first[0].estimate).toBeCloseTo(1 / 17, 2);
    expect(r.first[1].estimate).toBeCloseTo(16 / 17, 2);
    expect(r.total[1].estimate).toBeCloseTo(16 / 17, 2);
    expect(Number.isNaN(r.first[0].lo)).toBe(true);
  });
});

describe("bootstrap intervals", () => {
  function coverage(samples: number, k: number, f: (u: readonly number[]) => number, truth: {first: number[]; total: number[]}): {first: number[]; total: number[]} {
    const first = new Array<number>(k).fill(0);
    const total = new Array<number>(k).fill(0);
    for (let seed = 1; seed <= 100; seed++) {
      const r = sobolIndices(evaluate(saltelliUnit(samples, k, seed), f), {parameters: k, resamples: 200, seed});
      r.first.forEach((e, i) => (first[i] += e.lo <= truth.first[i] && truth.first[i] <= e.hi ? 1 : 0));
      r.total.forEach((e, i) => (total[i] += e.lo <= truth.total[i] && truth.total[i] <= e.hi ? 1 : 0));
    }
    return {first, total};
  }

  it("hold the Ishigami indices in at least 90 of 100 seeds at N = 256", () => {
    const c = coverage(256, 3, ishigami(7, 0.1), ishigamiIndices(7, 0.1));
    for (const hits of [...c.first, ...c.total]) expect(hits).toBeGreaterThanOrEqual(90);
  });

  it("hold the g-function indices in at least 90 of 100 seeds at N = 128", () => {
    const c = coverage(128, 8, gFunction(gA), gFunctionIndices(gA));
    for (const hits of [...c.first, ...c.total]) expect(hits).toBeGreaterThanOrEqual(90);
  });

  it("are the same for the same seed and differ for another", () => {
    const y = evaluate(saltelliUnit(64, 3, 1), ishigami(7, 0.1));
    const a = sobolIndices(y, {parameters: 3, seed: 4, resamples: 50});
    expect(sobolIndices(y, {parameters: 3, seed: 4, resamples: 50})).toEqual(a);
    expect(sobolIndices(y, {parameters: 3, seed: 5, resamples: 50}).first[0].lo).not.toBe(a.first[0].lo);
    for (const e of [...a.first, ...a.total]) {
      expect(e.lo).toBeLessThanOrEqual(e.hi);
    }
  });
});

describe("incomplete and malformed input", () => {
  it("leaves out base rows with a missing value", () => {
    const y = Array.from(evaluate(saltelliUnit(64, 3, 1), ishigami(7, 0.1)));
    const whole = sobolIndices(y, {parameters: 3, resamples: 0});
    const gap = [...y];
    gap[5 * 7 + 2] = NaN;
    const r = sobolIndices(gap, {parameters: 3, resamples: 0});
    expect(r.rows).toBe(63);
    const without = y.filter((_, p) => Math.floor(p / 5) !== 7);
    expect(r.first[0].estimate).toBe(sobolIndices(without, {parameters: 3, resamples: 0}).first[0].estimate);
    expect(r.first[0].estimate).not.toBe(whole.first[0].estimate);
  });

  it("refuses values that are not whole blocks", () => {
    expect(() => sobolIndices(new Float64Array(11), {parameters: 3})).toThrow(/not a whole number of blocks of 5/);
  });
});
