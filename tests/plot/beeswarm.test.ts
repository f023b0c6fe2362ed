import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {beeswarm} from "../../src/plot/beeswarm.js";

describe("beeswarm", () => {
  it("keeps values on one level at least a diameter apart", () => {
    fc.assert(fc.property(
      fc.array(fc.double({min: 0, max: 1, noNaN: true}), {maxLength: 60}), fc.double({min: 0.001, max: 0.2, noNaN: true}),
      (values, diameter) => {
        const levels = beeswarm(values, diameter);
        expect(levels).toHaveLength(values.length);
        for (let i = 0; i < values.length; i++) {
          for (let j = i + 1; j < values.length; j++) {
            if (levels[i] === levels[j]) expect(Math.abs(values[i] - values[j])).toBeGreaterThanOrEqual(diameter);
          }
        }
      }
    ));
  });

  it("fills level 0 first, then alternates above and below", () => {
    expect(beeswarm([0.5, 0.5, 0.5, 0.5], 0.1)).toEqual([0, 1, -1, 2]);
    expect(beeswarm([0.1, 0.5, 0.9], 0.1)).toEqual([0, 0, 0]);
  });
});
