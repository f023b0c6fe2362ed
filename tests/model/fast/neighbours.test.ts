/**
 * Who hears whom, and the averaging paths built on it: the pair table and the scan find the
 * pairs a plain test of every pair finds; the bounding-box test never claims a pair out of
 * reach; the general path (boundedConfidence) moves every attendee exactly where the plain
 * double loop over attendees (written out below as it stood before) does, with any trust
 * matrix and τ (its shares kept from one attendee to the next when their rows are the same); and the neighbourhood means of constant trust give its numbers to 1e-12, in rooms
 * spread out and rooms nearly come together.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {everyoneWithin, neighbourSums, neighbourTotals, scanNeighbours, within} from "../../../src/model/neighbours.js";
import {pairTable, tableRow} from "../../../src/model/pairTable.js";
import {boundedConfidence, snapshot} from "../../../src/model/averaging.js";
import {neighbourMeans} from "../../../src/model/neighbourMeans.js";
import {powerWeights, rescaledWeights, stepSize, sumsAreSafe, trustScale} from "../../../src/model/dialogueRule.js";
import type {Meeting, World} from "../../../src/model/world.js";
import {gap, meetingWithPowers, worldOf, type MeetingCase} from "../../helpers/meetingWorld.js";

/** Rooms of up to 70 attendees, either spread over the unit cube or bunched around a few points (so that most pairs are within ε). */
const rooms = fc
  .tuple(meetingWithPowers(1e-2, 1e2, {min: 2, max: 70}, {min: 1, max: 6}), fc.integer({min: 1, max: 3}), fc.double({min: 0, max: 0.3, noNaN: true}), fc.boolean())
  .map(([c, centres, spread, bunched]): MeetingCase => {
    if (!bunched) return c;
    return {...c, positions: c.positions.map((p, i) => p.map((v, k) => Math.min(1, Math.max(0, c.positions[i % centres][k] + spread * (v - 0.5)))))};
  });

describe("neighbour sets", () => {
  test("the pair table's rows and the scan list the pairs a plain test finds, ascending", () => {
    fc.assert(
      fc.property(rooms, (c) => {
        const {world, meeting} = worldOf(c);
        const snap = snapshot(world, meeting);
        const [a, g] = [meeting.attendees.length, meeting.agenda.length];
        const limit = c.confidence ** 2 * g;
        const table = pairTable(snap, a, g, limit, null);
        const near = new Int32Array(a);
        for (let b = 0; b < a; b++) {
          const expected: number[] = [];
          for (let j = 0; j < a; j++) {
            let d2 = 0;
            for (let k = 0; k < g; k++) d2 += (snap[j * g + k] - snap[b * g + k]) ** 2;
            if (d2 <= limit) expected.push(j);
          }
          expect(Array.from(near.subarray(0, tableRow(table, a, b, near)))).toEqual(expected);
          expect(Array.from(near.subarray(0, scanNeighbours(snap, a, g, limit, b, near)))).toEqual(expected);
          const out = expected.length === 0 ? [] : Array.from({length: a}, (_, j) => j).filter((j) => !expected.includes(j));
          expect(Array.from(near.subarray(0, tableRow(table, a, b, near, true)))).toEqual(out);
        }
        if (everyoneWithin(snap, a, g, limit)) for (let b = 0; b < a; b++) for (let j = 0; j < a; j++) expect(within(snap, g, b, j, limit)).toBe(true);
      }),
      {numRuns: 200}
    );
  });
});

describe("pair table sizes", () => {
  test("rows match a plain test of every pair at sizes around whole words, sparse and dense (the transposed half included)", () => {
    let r = 12345;
    const next = () => ((r = (Math.imul(r, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
    for (const a of [1, 2, 3, 4, 5, 31, 32, 33, 63, 64, 65, 95, 96, 97, 130]) {
      for (const [g, spread] of [[1, 1], [3, 1], [8, 1], [8, 0.3], [5, 0.05]]) {
        const snap = Float64Array.from({length: a * g}, () => 0.5 + spread * (next() - 0.5));
        const limit = 0.25 ** 2 * g;
        const table = pairTable(snap, a, g, limit, null);
        const near = new Int32Array(a);
        for (let b = 0; b < a; b++) {
          const expected = Array.from({length: a}, (_, j) => j).filter((j) => Array.from({length: g}, (_, k) => snap[j * g + k] - snap[b * g + k]).reduce((d2, e) => d2 + e * e, 0) <= limit);
          expect(Array.from(near.subarray(0, tableRow(table, a, b, near))), `a = ${a}, g = ${g}, row ${b}`).toEqual(expected);
        }
      }
    }
  });
});

describe("neighbour sums", () => {
  test("neighbourTotals gives neighbourSums' numbers with every weight 1 and no self (b = −1), bit for bit, for any agenda width", () => {
    const value = fc.oneof(fc.double({min: -2, max: 2, noNaN: true}), fc.constantFrom(0, -0, 1e-300, -1e-300, 0.1, 1 / 3));
    fc.assert(
      fc.property(fc.integer({min: 1, max: 40}), fc.integer({min: 1, max: 19}), fc.array(fc.nat(), {maxLength: 60}), fc.array(value, {minLength: 800, maxLength: 800}), (a, g, picks, values) => {
        const snap = Float64Array.from(values.slice(0, a * g));
        const near = Int32Array.from(picks, (p) => p % a);
        const expected = new Float64Array(g + 3);
        const ours = new Float64Array(g + 3);
        neighbourSums(snap, g, -1, near, near.length, new Float64Array(near.length).fill(1), expected, 2);
        neighbourTotals(snap, g, near, near.length, ours, 2);
        for (let k = 0; k < ours.length; k++) expect(Object.is(ours[k], expected[k])).toBe(true);
      }),
      {numRuns: 500}
    );
  });
});

/** The general rule as a plain double loop (before the pair table and the four sums side by side). */
function plainLoop(world: World, m: Meeting, snap: Float64Array, w: Float64Array): void {
  const g = m.agenda.length;
  const a = m.attendees.length;
  const limit = world.params.dialogue.confidence ** 2 * g;
  const near = new Int32Array(a);
  const acc = new Float64Array(g);
  for (let b = 0; b < a; b++) {
    let count = 0;
    let total = 0;
    for (let j = 0; j < a; j++) {
      let d2 = 0;
      for (let c = 0; c < g && d2 <= limit; c++) d2 += (snap[j * g + c] - snap[b * g + c]) ** 2;
      if (d2 <= limit) {
        near[count++] = j;
        total += w[j];
      }
    }
    let local: Float64Array | null = null;
    if (total === 0) {
      local = rescaledWeights(world, m, near, count);
      for (let c = 0; c < count; c++) total += local[c];
      if (total === 0) continue;
    }
    acc.fill(0);
    const i = m.attendees[b];
    for (let c = 0; c < count; c++) {
      const j = near[c];
      const q = ((local === null ? w[j] : local[c]) / total) * trustScale(world, i, m.attendees[j]);
      for (let k = 0; k < g; k++) acc[k] += q * (snap[j * g + k] - snap[b * g + k]);
    }
    const step = stepSize(world, i, m.effect);
    for (let k = 0; k < g; k++) world.x[i * world.d + m.agenda[k]] += step * acc[k];
  }
}

describe("averaging paths", () => {
  test("the general path equals the plain double loop bit for bit, with a random symmetric trust matrix", () => {
    let repeated = 0; // rooms where the general path keeps an attendee's shares for the next (same row of the pair table)
    fc.assert(
      fc.property(rooms, fc.integer(), (c, seed) => {
        const {world, meeting} = worldOf(c, {sameRegion: 0.3, otherRegion: 0.2, gain: 0.1});
        const n = world.n;
        let r = seed;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) world.trust![i * n + j] = world.trust![j * n + i] = ((r = (Math.imul(r, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
        }
        const start = world.x.slice();
        boundedConfidence(world, meeting, snapshot(world, meeting), powerWeights(world, meeting));
        const ours = world.x.slice();
        world.x.set(start);
        const snap = snapshot(world, meeting);
        plainLoop(world, meeting, snap, powerWeights(world, meeting));
        for (let k = 0; k < ours.length; k++) expect(Object.is(ours[k], world.x[k])).toBe(true);
        const [a, g] = [meeting.attendees.length, meeting.agenda.length];
        const limit = world.params.dialogue.confidence ** 2 * g;
        const rows = Array.from({length: a}, (_, b) => Array.from({length: a}, (_, j) => within(snap, g, b, j, limit)).join());
        if (!everyoneWithin(snap, a, g, limit) && rows.some((row, b) => b > 0 && row === rows[b - 1])) repeated++;
      }),
      {numRuns: 300}
    );
    expect(repeated).toBeGreaterThan(30);
  });

  test("neighbourhood means (constant trust, several topics) equal the general path to 1e-12, including rooms where most pairs are within ε", () => {
    let dense = 0;
    fc.assert(
      fc.property(rooms, (c) => {
        const {world, meeting} = worldOf({...c, agenda: c.agenda.length > 1 ? c.agenda : Array.from({length: c.d}, (_, k) => k)});
        const a = meeting.attendees.length;
        if (a < 2 || !sumsAreSafe(powerWeights(world, meeting))) return; // averaging takes this path only where the weighted sums are safe
        const general = (w: World, m: Meeting) => boundedConfidence(w, m, snapshot(w, m), powerWeights(w, m));
        const r = gap(world, meeting, (w, m) => neighbourMeans(w, m, snapshot(w, m), powerWeights(w, m)), general);
        if (!r.took) return;
        const g = meeting.agenda.length;
        const snap = snapshot(world, meeting);
        let pairs = 0;
        for (let b = 0; b < a; b++) for (let j = 0; j < a; j++) if (within(snap, g, b, j, c.confidence ** 2 * g)) pairs++;
        if (2 * pairs > a * a) dense++;
        expect(r.gap).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 400}
    );
    expect(dense).toBeGreaterThan(50);
  });
});
