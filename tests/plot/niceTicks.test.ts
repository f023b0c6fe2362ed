import {describe, expect, it} from "vitest";
import {niceTicks} from "../../src/plot/niceTicks.js";

describe("niceTicks", () => {
  it("picks round steps inside the interval", () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.05, 0.46, 5)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(-3, 17, 4)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, 0.75, 5)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(2, 2)).toEqual([2]);
  });
});
