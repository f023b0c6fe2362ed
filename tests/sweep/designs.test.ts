import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {axisFromSpec, gridDesign, lhsDesign, lhsUnit, sobolDesign, steppedValues} from "../../src/sweep/designs.js";
import {sobolMaxDimensions, sobolUnit} from "../../src/sweep/sobol.js";
import {isIntegerPath} from "../../src/sweep/integerPath.js";

describe("grid", () => {
  it("is the cartesian product with the first parameter varying slowest", () => {
    const d = gridDesign([{path: "a", values: [1, 2]}, {path: "b", values: ["x", "y", "z"]}]);
    expect(d.parameters).toEqual(["a", "b"]);
    expect(d.points).toEqual([[1, "x"], [1, "y"], [1, "z"], [2, "x"], [2, "y"], [2, "z"]]);
  });

  it("has one empty point without parameters", () => {
    expect(gridDesign([]).points).toEqual([[]]);
  });

  it("refuses a range without steps", () => {
    expect(() => gridDesign([{path: "a", from: 0, to: 1, integer: false}])).toThrow(/a needs a list/);
  });

  it("holds every combination exactly once", () => {
    fc.assert(fc.property(fc.array(fc.integer({min: 1, max: 4}), {minLength: 1, maxLength: 4}), (sizes) => {
      const axes = sizes.map((n, j) => ({path: `p${j}`, values: Array.from({length: n}, (_, k) => k)}));
      const d = gridDesign(axes);
      expect(d.points.length).toBe(sizes.reduce((a, b) => a * b, 1));
      expect(new Set(d.points.map((p) => p.join(","))).size).toBe(d.points.length);
    }));
  });
});

describe("stepped values", () => {
  it("includes both ends and tidies rounding noise", () => {
    expect(steppedValues(0, 1, 5, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(steppedValues(0.1, 0.5, 5, false)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(steppedValues(3, 3, 1, false)).toEqual([3]);
  });

  it("rounds integer fields and drops repeats", () => {
    expect(steppedValues(1, 3, 5, true)).toEqual([1, 2, 3]);
    expect(axisFromSpec("m", {from: 1, to: 8, steps: 3}, true)).toEqual({path: "m", values: [1, 5, 8]});
  });
});

describe("lhs", () => {
  it("puts exactly one sample in each stratum of each parameter", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 60}), fc.integer({min: 1, max: 4}), fc.integer({min: 0, max: 2 ** 32 - 1}), (n, dims, seed) => {
      for (const u of lhsUnit(n, dims, seed)) {
        const strata = Array.from(u, (x) => Math.floor(x * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({length: n}, (_, i) => i));
      }
    }));
  });

  it("keeps one value per stratum after scaling to the range", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 40}), fc.double({min: -10, max: 10, noNaN: true}), fc.double({min: 0.001, max: 10, noNaN: true}), fc.integer({min: 0, max: 1000}), (n, from, width, seed) => {
      const d = lhsDesign([{path: "a", from, to: from + width, integer: false}], n, seed);
      const sorted = d.points.map((p) => p[0] as number).sort((a, b) => a - b);
      sorted.forEach((v, i) => {
        expect(v).toBeGreaterThanOrEqual(from + (width * i) / n - 1e-9);
        expect(v).toBeLessThanOrEqual(from + (width * (i + 1)) / n + 1e-9);
      });
    }));
  });

  it("depends on the seed alone", () => {
    const axes = [{path: "a", from: 0, to: 1, integer: false}, {path: "b", values: [1, 2, 3]}] as const;
    expect(lhsDesign([...axes], 10, 5)).toEqual(lhsDesign([...axes], 10, 5));
    expect(lhsDesign([...axes], 10, 5)).not.toEqual(lhsDesign([...axes], 10, 6));
  });

  it("rounds integer parameters", () => {
    const d = lhsDesign([{path: "m", from: 1, to: 12, integer: true}], 20, 3);
    for (const [v] of d.points) expect(Number.isInteger(v)).toBe(true);
  });
});

describe("integer paths", () => {
  it("finds integer fields through lists and defaults", () => {
    expect(isIntegerPath("processes.*.meetEvery")).toBe(true);
    expect(isIntegerPath("processes.igc.agendaSize")).toBe(true);
    expect(isIntegerPath("ticks")).toBe(true);
    expect(isIntegerPath("dynamics.stages.meetings")).toBe(true);
    expect(isIntegerPath("processes.igc.ngo")).toBe(false);
    expect(isIntegerPath("dynamics.hegemonBias")).toBe(false);
    expect(isIntegerPath("no.such.path")).toBe(false);
  });
});

describe("sobol design", () => {
  // Sobol' sequences are (t, s)-sequences in base 2: the first 2^k points put exactly one point
  // in each interval [m/2^k, (m+1)/2^k) of every single dimension, and the first two dimensions
  // form a (0, k, 2)-net (one point in every elementary rectangle of area 2^-k); a digital shift
  // keeps both (Joe and Kuo 2008; Niederreiter 1992).
  const strata = (u: Float64Array, n: number) => new Set(Array.from(u.subarray(0, n), (x) => Math.floor(x * n))).size;

  it("every dimension is stratified at every power of two", () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 2 ** 32 - 1}), fc.integer({min: 1, max: sobolMaxDimensions}), (seed, dims) => {
        const u = sobolUnit(256, dims, seed);
        for (const column of u) for (const k of [1, 2, 4, 8, 16, 64, 256]) expect(strata(column, k)).toBe(k);
      }),
      {numRuns: 30}
    );
  });

  it("the first two dimensions form a (0, m, 2)-net", () => {
    for (const m of [4, 6]) {
      const n = 2 ** m;
      const [x, y] = sobolUnit(n, 2, 7);
      for (let a = 0; a <= m; a++) {
        const cells = new Set(Array.from(x, (v, i) => `${Math.floor(v * 2 ** a)},${Math.floor(y[i] * 2 ** (m - a))}`));
        expect(cells.size).toBe(n);
      }
    }
  });

  it("is deterministic from the seed and maps onto the parameter ranges", () => {
    const axes = [{path: "dynamics.hegemonBias", from: 0, to: 4, integer: false}, {path: "processes.p.meetEvery", from: 1, to: 8, integer: true}];
    const a = sobolDesign(axes, 32, 3);
    expect(sobolDesign(axes, 32, 3)).toEqual(a);
    expect(sobolDesign(axes, 32, 4).points).not.toEqual(a.points);
    for (const [h, every] of a.points) {
      expect(h as number).toBeGreaterThanOrEqual(0);
      expect(h as number).toBeLessThan(4);
      expect(Number.isInteger(every)).toBe(true);
    }
    expect(() => sobolUnit(4, sobolMaxDimensions + 1, 1)).toThrow(/at most/);
  });
});
