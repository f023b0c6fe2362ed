/**
 * Single-linkage clusters in D > 1 through the grid against every pair: the same sizes in the
 * same order, exactly, on random groups (scattered, clumped, on a lattice whose spacing is the
 * link distance itself, so that pairs sit exactly at the gap).
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {allPairsClusterSizes, clusterSizes, gridFrom, sortedRuns} from "../../src/metrics/clusters.js";

interface Case {
  x: Float64Array;
  d: number;
  states: Int32Array;
  gap: number;
}

/** How many states: small groups try all pairs, from `gridFrom` the grid is used. */
const count = fc.integer({min: 0, max: 160});
const coordinate = fc.double({min: 0, max: 1, noNaN: true});

const scattered = (d: number) => count.chain((n) => fc.array(coordinate, {minLength: n * d, maxLength: n * d})).map((v) => Float64Array.from(v));

/** Points near a few centres, so that chains of links form. */
const clumped = (d: number) => fc.tuple(
  fc.array(coordinate, {minLength: d, maxLength: 5 * d}),
  count.chain((n) => fc.array(fc.tuple(fc.nat(), fc.array(fc.double({min: -0.02, max: 0.02, noNaN: true}), {minLength: d, maxLength: d})), {minLength: n, maxLength: n}))
).map(([centres, points]) => {
  const c = Math.floor(centres.length / d);
  return Float64Array.from(points.flatMap(([k, offset]) => offset.map((o, j) => Math.min(1, Math.max(0, centres[(k % c) * d + j] + o)))));
});

/** Points on a lattice of spacing gap·√D: neighbours along an axis are exactly at the link distance. */
const lattice = (d: number, gap: number) => count.chain((n) => fc.array(fc.array(fc.integer({min: 0, max: 6}), {minLength: d, maxLength: d}), {minLength: n, maxLength: n}))
  .map((points) => Float64Array.from(points.flat().map((i) => i * gap * Math.sqrt(d))));

const caseOf = fc.integer({min: 2, max: 8}).chain((d) => fc.constantFrom(0.01, 0.03, 0.1, 0).chain((gap) =>
  fc.oneof(scattered(d), clumped(d), lattice(d, gap || 0.01)).chain((x) => {
    const n = x.length / d;
    const all = Int32Array.from({length: n}, (_, i) => i);
    return fc.oneof(fc.constant(all), fc.shuffledSubarray([...all]).map((s) => Int32Array.from(s)))
      .map((states): Case => ({x, d, states, gap}));
  })));

describe("single-linkage clusters", () => {
  test("the grid gives exactly the all-pairs clusters, in the same order", () => {
    let gridded = 0;
    fc.assert(
      fc.property(caseOf, ({x, d, states, gap}) => {
        if (states.length >= gridFrom) gridded++;
        expect(clusterSizes(x, d, states, gap)).toEqual(allPairsClusterSizes(x, d, states, gap));
      }),
      {numRuns: 400}
    );
    expect(gridded).toBeGreaterThan(50);
  });

  test("a pair just within reach across a cell boundary is linked", () => {
    // On axis 0, from a state at 0: pairs (b, b + r·(1 − 1e-12)), r = gap·√D the reach of a
    // link on one axis, with b below r by relative amounts from 1e-10 to 1e-4 in steps of 10^¼.
    // If the grid's cells were narrower than r by any of those amounts, one such pair would fall
    // two cells apart and be dropped.
    const d = 2;
    const gap = 0.01;
    const r = gap * Math.sqrt(d);
    const points: number[][] = [[0, 0]];
    for (let k = 0; k < 25; k++) {
      const b = r * (1 - 10 ** (-10 + k / 4));
      points.push([b, (k + 1) * 0.05], [b + r * (1 - 1e-12), (k + 1) * 0.05]);
    }
    const x = Float64Array.from(points.flat());
    const states = Int32Array.from({length: points.length}, (_, i) => i);
    expect(states.length).toBeGreaterThanOrEqual(gridFrom);
    expect(clusterSizes(x, d, states, gap)).toEqual(allPairsClusterSizes(x, d, states, gap));
    expect(clusterSizes(x, d, states, gap).length).toBe(26);
  });

  test("a non-finite position falls back to every pair", () => {
    const d = 3;
    const x = Float64Array.from({length: 60 * d}, (_, k) => (k % 7) / 7);
    x[5] = NaN;
    const states = Int32Array.from({length: 60}, (_, i) => i);
    expect(clusterSizes(x, d, states, 0.05)).toEqual(allPairsClusterSizes(x, d, states, 0.05));
  });

  test("known clusters: two tight clumps and a loner; a chain of links joins end to end", () => {
    const d = 2;
    const pts = [[0.1, 0.1], [0.105, 0.1], [0.1, 0.108], [0.9, 0.9], [0.9, 0.905], [0.5, 0.2]];
    // 50 points cycling through the six (9, 9, 8 in the first clump; 8, 8 in the second; 8 loners together)
    const many = Array.from({length: 50}, (_, i) => pts[i % pts.length].map((v) => v + (i >= 6 ? 1e-4 : 0)));
    const x = Float64Array.from(many.flat());
    const states = Int32Array.from({length: many.length}, (_, i) => i);
    expect(clusterSizes(x, d, states, 0.01)).toEqual([26, 16, 8]);
    // a chain along the diagonal, each step 0.009 (RMS distance 0.009 ≤ 0.01): one cluster of 60
    const chain = Float64Array.from({length: 120}, (_, k) => Math.floor(k / 2) * 0.009);
    expect(clusterSizes(chain, 2, Int32Array.from({length: 60}, (_, i) => i), 0.01)).toEqual([60]);
  });

  test("one dimension: sorted values cut at gaps larger than the gap", () => {
    expect(sortedRuns(Float64Array.of(0, 0.005, 0.02, 0.5, 0.505), 0.01)).toEqual([2, 1, 2]);
    expect(sortedRuns(new Float64Array(0), 0.01)).toEqual([]);
  });
});
