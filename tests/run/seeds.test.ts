import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {fmix32, runSeed} from "../../src/run/seeds.js";

describe("run seeds", () => {
  it("are unsigned 32-bit integers", () => {
    fc.assert(fc.property(fc.nat({max: 2 ** 32 - 1}), fc.nat({max: 10 ** 7}), fc.nat({max: 10 ** 6}), (s, p, r) => {
      const seed = runSeed(s, p, r);
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    }));
  });

  it("do not depend on the order in which they are asked for", () => {
    fc.assert(fc.property(fc.nat({max: 2 ** 32 - 1}), fc.array(fc.tuple(fc.nat({max: 500}), fc.nat({max: 100})), {minLength: 1, maxLength: 50}), (s, pairs) => {
      const forward = pairs.map(([p, r]) => runSeed(s, p, r));
      const backward = [...pairs].reverse().map(([p, r]) => runSeed(s, p, r)).reverse();
      expect(backward).toEqual(forward);
    }));
  });

  it("do not collide across a grid of points and replicates", () => {
    fc.assert(fc.property(fc.nat({max: 2 ** 32 - 1}), fc.integer({min: 1, max: 300}), fc.integer({min: 1, max: 60}), fc.nat({max: 70_000}), (s, points, reps, offset) => {
      const seen = new Set<number>();
      for (let p = offset; p < offset + points; p++) for (let r = 0; r < reps; r++) seen.add(runSeed(s, p, r));
      expect(seen.size).toBe(points * reps);
    }), {numRuns: 40});
  });

  it("change with the sweep seed", () => {
    fc.assert(fc.property(fc.nat({max: 2 ** 32 - 2}), fc.nat({max: 1000}), fc.nat({max: 100}), (s, p, r) => {
      expect(runSeed(s, p, r)).not.toBe(runSeed(s + 1, p, r));
    }));
  });

  it("use a bijective mix", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(fmix32(i * 7919));
    expect(seen.size).toBe(100_000);
  });
});
