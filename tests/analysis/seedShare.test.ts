import {describe, expect, it} from "vitest";
import {seedShare, variance} from "../../src/analysis/seedShare.js";

describe("seed share", () => {
  it("is the mean within-point variance over the variance of all runs", () => {
    // points {1, 3} and {5, 7}: within variances 1 and 1; all four runs: mean 4, variance 20/4
    expect(seedShare([[1, 3], [5, 7]])).toBeCloseTo(1 / 5, 14);
    expect(variance([1, 3, 5, 7])).toBe(5);
  });

  it("is 0 when replicates agree, 1 when the points do not differ, NaN without replicates", () => {
    expect(seedShare([[1, 1], [2, 2]])).toBe(0);
    expect(seedShare([[1, 2, 3], [3, 1, 2]])).toBeCloseTo(1, 14);
    expect(seedShare([[4, 4], [4, 4]])).toBe(0);
    expect(Number.isNaN(seedShare([[1], [2]]))).toBe(true);
  });
});
