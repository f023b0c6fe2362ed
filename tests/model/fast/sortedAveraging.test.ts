/**
 * Sorted averaging keeps its order between meetings and repairs it (sortOrder.ts): the order
 * equals a fresh sort by (value, index) after any sequence of moves, and a run of meetings gives
 * bit for bit the positions of the sorted path that sorts afresh each time (written out below
 * as it stood before the order was kept).
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {sortByValue, type OrderBuffers} from "../../../src/model/sortOrder.js";
import {sortedAveraging, sortedPrefixSums, windowShareFloor, windowWeight, windowWeightedSum} from "../../../src/model/sortedAveraging.js";
import {createScratch} from "../../../src/model/scratch.js";
import {snapshot} from "../../../src/model/averaging.js";
import {equalWeights, powerWeights, stepSize, trustScale} from "../../../src/model/dialogueRule.js";
import type {Meeting, World} from "../../../src/model/world.js";
import {meetingWithPowers, worldOf} from "../../helpers/meetingWorld.js";

const buffers = (n: number): OrderBuffers => ({order: new Int32Array(n), sorted: new Float64Array(n), ordered: 0, spare: new Int32Array(n), spareSorted: new Float64Array(n)});

/** Values with many ties (from a pool of a few), then each later call moves some of them a little or a lot. */
const sequences = fc.record({
  n: fc.integer({min: 1, max: 300}),
  pool: fc.integer({min: 1, max: 400}),
  steps: fc.array(fc.record({share: fc.double({min: 0, max: 1, noNaN: true}), size: fc.constantFrom(1e-9, 0.01, 1), grow: fc.integer({min: -3, max: 3})}), {minLength: 1, maxLength: 6}),
  seed: fc.integer()
});

describe("sortByValue", () => {
  test("after any sequence of calls, gives the (value, index) order, and the values in it", () => {
    fc.assert(
      fc.property(sequences, ({n, pool, steps, seed}) => {
        let r = seed;
        const random = () => ((r = (Math.imul(r, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
        const o = buffers(n + 20);
        let count = n;
        let values = Float64Array.from({length: count}, () => Math.floor(random() * pool) / pool);
        for (const s of [{share: 0, size: 0, grow: 0}, ...steps]) {
          if (s.grow !== 0) {
            count = Math.max(1, count + s.grow);
            values = Float64Array.from({length: count}, (_, k) => values[k] ?? random());
          }
          for (let k = 0; k < count; k++) if (random() < s.share) values[k] = Math.round((values[k] + s.size * (random() - 0.5)) * pool) / pool;
          sortByValue(o, values, count);
          const expected = Array.from({length: count}, (_, k) => k).sort((p, q) => values[p] - values[q] || p - q);
          expect(Array.from(o.order.subarray(0, count))).toEqual(expected);
          expect(Array.from(o.sorted.subarray(0, count))).toEqual(expected.map((k) => values[k]));
        }
      }),
      {numRuns: 300}
    );
  });

  test("without index order for ties, still sorts the values and keeps a permutation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 5}), {minLength: 1, maxLength: 200}), (ints) => {
        const values = Float64Array.from(ints);
        const o = buffers(ints.length);
        sortByValue(o, values, ints.length, false);
        sortByValue(o, values.map((v) => 5 - v), ints.length, false);
        const order = Array.from(o.order.subarray(0, ints.length));
        expect([...order].sort((p, q) => p - q)).toEqual(ints.map((_, k) => k));
        for (let k = 1; k < order.length; k++) expect(5 - values[order[k]]).toBeGreaterThanOrEqual(5 - values[order[k - 1]]);
      }),
      {numRuns: 200}
    );
  });
});

/** Sorted averaging as it stood before the order was kept: a fresh sort with a comparator at every meeting. */
function freshSort(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const order = Int32Array.from({length: a}, (_, b) => b).sort((p, q) => snap[p] - snap[q] || p - q);
  const v = Float64Array.from(order, (b) => snap[b]);
  const equal = equalWeights(w, a) && w[0] > 0;
  const sums = createScratch(a, 1); // the module's sums, into buffers of its own
  sortedPrefixSums(w, order, v, a, equal, sums);
  const limit = world.params.dialogue.confidence ** 2;
  const mean = new Float64Array(a);
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < a; k++) {
    while ((v[k] - v[lo]) * (v[k] - v[lo]) > limit) lo++;
    while (hi < a && (v[hi] - v[k]) * (v[hi] - v[k]) <= limit) hi++;
    const total = windowWeight(sums, equal, lo, hi);
    if (!(total > 0) || (!equal && total < sums.sumW[a] * windowShareFloor)) return false;
    mean[order[k]] = windowWeightedSum(sums, equal, lo, hi) / total;
  }
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    const step = stepSize(world, i, m.effect) * t;
    world.x[i * world.d + m.agenda[0]] += step * (mean[b] - snap[b]);
  }
  return true;
}

describe("sorted averaging over a run of meetings", () => {
  const runs = fc.tuple(meetingWithPowers(1e-2, 1e2, {min: 2, max: 120}, {min: 1, max: 2}), fc.boolean(), fc.integer({min: 2, max: 12}));
  test("gives the positions of a fresh sort at every meeting, bit for bit (equal weights and not, ties included)", () => {
    let compared = 0;
    fc.assert(
      fc.property(runs, ([c, equalPowers, meetings]) => {
        const k = {...c, agenda: [c.agenda[0]], power: equalPowers ? c.power.map(() => 1) : c.power, rate: 1, effect: 1, openness: c.openness.map(() => 1)};
        const kept = worldOf(k);
        const fresh = worldOf(k);
        if (kept.meeting.attendees.length < 2) return;
        for (let r = 0; r < meetings; r++) {
          const took = sortedAveraging(kept.world, kept.meeting, snapshot(kept.world, kept.meeting), powerWeights(kept.world, kept.meeting));
          expect(freshSort(fresh.world, fresh.meeting, snapshot(fresh.world, fresh.meeting), powerWeights(fresh.world, fresh.meeting))).toBe(took);
          if (!took) return;
          for (let q = 0; q < kept.world.x.length; q++) expect(Object.is(kept.world.x[q], fresh.world.x[q])).toBe(true);
          compared++;
        }
      }),
      {numRuns: 200}
    );
    expect(compared).toBeGreaterThan(300);
  });
});
