/**
 * The one-dimensional `spread` from sorted values against the definition (every pair), on
 * random groups: the same number up to rounding (1e-12), and exact closed forms.
 */
import {sortedSpreadFrom} from "../../src/metrics/metricNames.js";
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {pairwiseSpread, sortedSpread, sortedValues} from "../../src/metrics/spread.js";
import {simulate} from "../../src/run/simulate.js";
import {seriesOf} from "../../src/metrics/series.js";
import {builtin} from "../helpers/scenarios.js";

/** Positions in [0, 1], with repeats (a converged group has many equal values). */
const positions = fc.integer({min: 0, max: 300}).chain((n) => fc.array(fc.oneof(fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom(0, 0.25, 0.5, 1)), {minLength: n, maxLength: n}))
  .map((v) => Float64Array.from(v));

/** A group: some of the states, in any order, or all of them. */
const group = (n: number) => fc.oneof(
  fc.constant(Int32Array.from({length: n}, (_, i) => i)),
  fc.shuffledSubarray(Array.from({length: n}, (_, i) => i)).map((s) => Int32Array.from(s))
);

describe("spread in one dimension", () => {
  test("from sorted values equals the mean over every pair (1e-12)", () => {
    fc.assert(
      fc.property(positions.chain((x) => fc.tuple(fc.constant(x), group(x.length))), ([x, states]) => {
        const fast = sortedSpread(sortedValues(x, states));
        const definition = pairwiseSpread(x, 1, states);
        if (states.length === 0) expect(fast).toBeNaN();
        else expect(Math.abs(fast - definition)).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 300}
    );
  });

  test("closed forms: equal values 0; {0, 1} halves; 0..m-1 evenly spaced", () => {
    expect(sortedSpread(Float64Array.of(0.3, 0.3, 0.3))).toBe(0);
    expect(sortedSpread(Float64Array.of(0.7))).toBe(0);
    // m/2 zeros and m/2 ones: (m/2)² pairs at distance 1 out of m(m−1)/2
    expect(sortedSpread(Float64Array.of(0, 0, 1, 1))).toBeCloseTo(4 / 6, 15);
    // 0, 1/(m−1), ..., 1: the mean gap |i − j|/(m − 1) over pairs is (m + 1)/(3(m − 1))
    const m = 101;
    const even = Float64Array.from({length: m}, (_, i) => i / (m - 1));
    expect(sortedSpread(even)).toBeCloseTo((m + 1) / (3 * (m - 1)), 13);
  });

  test("a recorded run's spread is the definition's on its positions: pair by pair up to sortedSpreadFrom states, sorted beyond (Hegselmann-Krause)", () => {
    for (const n of [300, sortedSpreadFrom + 52]) {
      const s = builtin("scenarios/classic/hegselmann-krause.yaml", {"generate.count": n, ticks: 3});
      const r = simulate(s, {metrics: ["spread"], groups: false});
      const recorded = seriesOf(r.series, "all", "spread")!.at(-1)!;
      const all = Int32Array.from({length: r.world.n}, (_, i) => i);
      const pairwise = pairwiseSpread(r.world.x, 1, all);
      if (n <= sortedSpreadFrom) expect(recorded, `${n} states`).toBe(pairwise);
      else {
        expect(recorded, `${n} states`).toBe(sortedSpread(sortedValues(r.world.x, all)));
        expect(Math.abs(recorded - pairwise) / pairwise, `${n} states`).toBeLessThanOrEqual(1e-12);
      }
    }
  });
});
