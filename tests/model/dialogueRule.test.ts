/**
 * The dialogue rule is written once (src/model/dialogueRule.ts) and its fast paths give the
 * general path's numbers: on random meetings with constant trust, hegemon bias up to 50 and
 * powers from 1e-3 to 1e3 (so that weights underflow and the fallbacks from logs are taken),
 * `averaging` (which picks a fast path when it can) moves every attendee where
 * `boundedConfidence` (the general rule) does, to 1e-12; and the pairwise pull from logs equals
 * the pull from weights wherever the weights do not underflow. Powers from 1e-3 to 1e3 at h ≤ 50
 * leave weights down to 1e-300 but not 0; powers from 1e-9 to 1e9 make them underflow, so both
 * ranges are checked.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {averaging, boundedConfidence, everyoneHearsEveryone, snapshot} from "../../src/model/averaging.js";
import {sortedAveraging} from "../../src/model/sortedAveraging.js";
import {pairWeight, powerWeights, stepSize, sumsAreSafe} from "../../src/model/dialogueRule.js";
import type {Meeting, World} from "../../src/model/world.js";
import {gap, meetingWithPowers, worldOf, type MeetingCase} from "../helpers/meetingWorld.js";

const randomMeeting = meetingWithPowers(1e-3, 1e3);
const underflowing = meetingWithPowers(1e-9, 1e9);

type Case = MeetingCase;

/** A fast path as `averaging` calls it: only where its weighted sums are safe (`sumsAreSafe`). */
const whenSafe = (path: (w: World, m: Meeting, snap: Float64Array, weights: Float64Array) => boolean) => (w: World, m: Meeting) => {
  const weights = powerWeights(w, m);
  return sumsAreSafe(weights) && path(w, m, snapshot(w, m), weights);
};

const general = (w: World, m: Meeting) => boundedConfidence(w, m, snapshot(w, m), powerWeights(w, m));

describe("the fast paths of averaging dialogue equal the general path", () => {
  test.each([["1e-3 to 1e3", randomMeeting], ["1e-9 to 1e9", underflowing]])("averaging, whichever path it takes (fast, or the fallback when weights underflow), powers %s, to 1e-12", (_, meetings) => {
    fc.assert(
      fc.property(meetings, (c) => {
        const {world, meeting} = worldOf(c);
        if (meeting.attendees.length < 2) return;
        expect(world.trust).toBeNull();
        expect(gap(world, meeting, averaging, general).gap).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 400}
    );
  });

  test("everyone within ε (ε ≥ 1), when it applies, to 1e-12", () => {
    let taken = 0;
    fc.assert(
      fc.property(randomMeeting, (c) => {
        const {world, meeting} = worldOf({...c, confidence: 1});
        if (meeting.attendees.length < 2) return;
        const r = gap(world, meeting, whenSafe(everyoneHearsEveryone), general);
        if (!r.took) return; // not applicable here: averaging takes the general path
        taken++;
        expect(r.gap).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 300}
    );
    expect(taken).toBeGreaterThan(100);
  });

  test("one topic, sorted windows with prefix sums, when it applies, to 1e-12", () => {
    let taken = 0;
    fc.assert(
      fc.property(randomMeeting, (c) => {
        const {world, meeting} = worldOf({...c, agenda: [c.agenda[0]]});
        if (meeting.attendees.length < 2) return;
        const r = gap(world, meeting, whenSafe(sortedAveraging), general);
        if (!r.took) return; // not applicable here: averaging takes the general path
        taken++;
        expect(r.gap).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 300}
    );
    expect(taken).toBeGreaterThan(100);
  });

  test("one topic, sorted windows, where one heavy state's weight dwarfs a window of light ones by 1e6 to 1e20, to 1e-13", () => {
    // The heavy state sorts first, so every light window's sums are differences of prefix sums
    // that hold the heavy weight: plain prefix sums keep few or none of the light window's digits.
    let taken = 0;
    fc.assert(
      fc.property(fc.double({min: 1, max: 3.4, noNaN: true}), fc.array(fc.double({min: 0.6, max: 0.99, noNaN: true}), {minLength: 4, maxLength: 20}), (h, light) => {
        const n = light.length + 1;
        const {world, meeting} = worldOf({
          n, d: 1, seed: 1, positions: [[0.05], ...light.map((x) => [x])], power: [1e3, ...light.map((x) => 1e-3 * (1 + x))],
          openness: Array(n).fill(1), hegemonBias: h, observerWeight: 1, trust: 1, trustWeight: 0, rate: 0.5, confidence: 0.3,
          present: Array(n).fill(1), agenda: [0], effect: 1
        });
        const r = gap(world, meeting, whenSafe(sortedAveraging), general);
        if (!r.took) return; // a window below the floor: averaging takes the general path
        taken++;
        expect(r.gap).toBeLessThanOrEqual(1e-13);
      }),
      {numRuns: 300}
    );
    expect(taken).toBeGreaterThan(100); // the fast path is still taken up to the floor (weights 1e15 apart)
  });

  test("the weights underflow in some cases, so the fallbacks are exercised", () => {
    let underflow = 0;
    fc.assert(
      fc.property(underflowing, (c) => {
        const {world, meeting} = worldOf({...c, hegemonBias: 50});
        const w = powerWeights(world, meeting);
        if (meeting.attendees.length >= 2 && w.some((v, a) => v === 0 && meeting.observer[a] === 0)) underflow++;
      }),
      {numRuns: 100}
    );
    expect(underflow).toBeGreaterThan(20);
  });
});

/** The averaging update written out independently: neighbours by RMS distance, weights from logs (log-sum-exp), trust T^τ. */
function reference(world: World, m: Meeting, c: Case): Float64Array {
  const x = world.x.slice();
  const {d} = world;
  const a = m.attendees.length;
  const g = m.agenda.length;
  const y = (b: number, k: number) => world.x[m.attendees[b] * d + m.agenda[k]];
  const logW = (b: number) => c.hegemonBias * Math.log(c.power[m.attendees[b]]) + Math.log(m.observer[b] ? c.observerWeight : 1);
  for (let b = 0; b < a; b++) {
    const near: number[] = [];
    for (let j = 0; j < a; j++) {
      let d2 = 0;
      for (let k = 0; k < g; k++) d2 += (y(j, k) - y(b, k)) ** 2;
      if (d2 <= c.confidence * c.confidence * g) near.push(j);
    }
    const top = Math.max(...near.map(logW));
    if (top === -Infinity) continue;
    const total = near.reduce((sum, j) => sum + Math.exp(logW(j) - top), 0);
    const i = m.attendees[b];
    const step = Math.min(1, c.rate * c.openness[i] * c.effect);
    for (let k = 0; k < g; k++) {
      let acc = 0;
      for (const j of near) acc += (Math.exp(logW(j) - top) / total) * (j === b || c.trustWeight === 0 ? 1 : c.trust ** c.trustWeight) * (y(j, k) - y(b, k));
      x[i * d + m.agenda[k]] += step * acc;
    }
  }
  return x;
}

describe("the general rule", () => {
  test("matches averaging where a weight is subnormal (observerWeight 5e-324), a case the fast paths' sums get wrong", () => {
    const c: Case = {n: 7, d: 2, seed: 1, positions: [[0, 0], [0, 0], [0, 0], [0, 2.4e-9], [0, 0], [0, 0], [0, 0]], power: [1, 1, 1, 1, 1, 1, 1],
      openness: [1, 0, 0, 0, 0, 0, 0], hegemonBias: 0, observerWeight: 5e-324, trust: 0.05, trustWeight: 0, rate: 0.01, confidence: 1,
      present: [2, 0, 0, 2, 0, 0, 0], agenda: [1], effect: 1};
    const {world, meeting} = worldOf(c);
    expect(gap(world, meeting, averaging, general).gap).toBe(0);
    expect(world.x[1]).toBe(0);
    averaging(world, meeting);
    expect(world.x[1]).toBeCloseTo(0.01 * 1.2e-9, 20);
  });

  test.each([["1e-3 to 1e3", randomMeeting], ["1e-9 to 1e9", underflowing]])("equals the rule written out with weights from logs, powers %s, to 1e-12", (_, meetings) => {
    fc.assert(
      fc.property(meetings, (c) => {
        const {world, meeting} = worldOf(c);
        if (meeting.attendees.length < 2) return;
        const expected = reference(world, meeting, c);
        general(world, meeting);
        for (let k = 0; k < expected.length; k++) expect(Math.abs(world.x[k] - expected[k])).toBeLessThanOrEqual(1e-12);
      }),
      {numRuns: 300}
    );
  });

  test("equals it where whole neighbourhoods underflow (a cluster of weak states of near-equal power far from a strong one, h 30 to 50), to 1e-12", () => {
    const weakCluster = fc.record({
      n: fc.integer({min: 3, max: 12}),
      seed: fc.nat(),
      h: fc.double({min: 30, max: 50, noNaN: true}),
      spread: fc.array(fc.double({min: 0, max: 0.1, noNaN: true}), {minLength: 12, maxLength: 12}),
      where: fc.array(fc.double({min: 0, max: 0.15, noNaN: true}), {minLength: 12, maxLength: 12})
    });
    fc.assert(
      fc.property(weakCluster, ({n, seed, h, spread, where}) => {
        const c: Case = {
          n, d: 1, seed, hegemonBias: h, observerWeight: 1, trust: 1, trustWeight: 0, rate: 0.7, confidence: 0.3, agenda: [0], effect: 1,
          positions: Array.from({length: n}, (_, i) => [i === 0 ? 1 : where[i]]),
          power: Array.from({length: n}, (_, i) => (i === 0 ? 1e9 : 1e-9 * (1 + spread[i]))),
          openness: Array.from({length: n}, () => 1),
          present: Array.from({length: n}, () => 1)
        };
        const {world, meeting} = worldOf(c);
        expect(powerWeights(world, meeting).slice(1).every((v) => v === 0)).toBe(true);
        const expected = reference(world, meeting, c);
        general(world, meeting);
        for (let k = 0; k < expected.length; k++) expect(Math.abs(world.x[k] - expected[k])).toBeLessThanOrEqual(1e-12);
        // and the weak states did move toward each other: the fallback is not a no-op
        expect(Math.max(...expected.slice(1)) - Math.min(...expected.slice(1))).toBeLessThan(Math.max(...where.slice(1, n)) - Math.min(...where.slice(1, n)) + 1e-15);
      }),
      {numRuns: 200}
    );
  });
});

describe("the pairwise pull", () => {
  test("from logs equals 2·w_to / (w_self + w_to) where the weights do not underflow, to 1e-12", () => {
    fc.assert(
      fc.property(randomMeeting, (c) => {
        const {world, meeting} = worldOf(c);
        const a = meeting.attendees.length;
        if (a < 2) return;
        const w = powerWeights(world, meeting);
        const zeros = new Float64Array(a);
        for (let self = 0; self < a; self++) {
          for (let to = 0; to < a; to++) {
            if (self === to || !(w[self] > 1e-200 && w[to] > 1e-200)) continue;
            expect(Math.abs(pairWeight(world, meeting, w, self, to) - pairWeight(world, meeting, zeros, self, to))).toBeLessThanOrEqual(1e-12);
          }
        }
      }),
      {numRuns: 200}
    );
  });

  test("is 0 from a source of weight 0 and 2 toward one from a source of weight 0", () => {
    const {world, meeting} = worldOf({n: 2, d: 1, seed: 1, positions: [[0.2], [0.8]], power: [1, 1], openness: [1, 1], hegemonBias: 0,
      observerWeight: 0, trust: 1, trustWeight: 0, rate: 0.5, confidence: 1, present: [1, 2], agenda: [0], effect: 1});
    const w = powerWeights(world, meeting);
    expect(pairWeight(world, meeting, w, 0, 1)).toBe(0);
    expect(pairWeight(world, meeting, w, 1, 0)).toBe(2);
    expect(pairWeight(world, meeting, new Float64Array(2), 0, 1)).toBe(0);
    expect(pairWeight(world, meeting, new Float64Array(2), 1, 0)).toBe(2);
  });

  test("the step is capped at 1 whatever the rate, openness, stage effect and pull", () => {
    const {world} = worldOf({n: 2, d: 1, seed: 1, positions: [[0.2], [0.8]], power: [1, 1], openness: [1, 1], hegemonBias: 0,
      observerWeight: 1, trust: 1, trustWeight: 0, rate: 1, confidence: 1, present: [1, 1], agenda: [0], effect: 5});
    expect(stepSize(world, 0, 5, 2)).toBe(1);
    expect(stepSize(world, 0, 0.25, 2)).toBe(0.5);
  });
});
