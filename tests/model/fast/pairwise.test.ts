/**
 * Pairwise dialogue's fast path (uniformPairwise.ts: every pair pulls alike, alea drawn inline)
 * leaves the positions and the dialogue stream exactly where the general loop leaves them: the
 * general loop is forced by handing pairwise a wrapper of the same stream, which has no alea
 * state to draw inline from.
 */
import {expect, test} from "vitest";
import fc from "fast-check";
import {pairwise} from "../../../src/model/pairwise.js";
import {uniformPairwise} from "../../../src/model/uniformPairwise.js";
import {aleaState} from "../../../src/model/random.js";
import type {World} from "../../../src/model/world.js";
import {meetingWithPowers, worldOf} from "../../helpers/meetingWorld.js";

/** Equal powers (so equal weights at any h), up to 60 states; observers at weight ≠ 1 make pulls unalike (half the cases have weight 1). */
const meetings = fc.tuple(
  fc.tuple(meetingWithPowers(1, 1, {min: 2, max: 60}), fc.boolean(), fc.boolean()).map(([c, plain, sameOpenness]) => {
    const d = sameOpenness ? {...c, openness: c.openness.map(() => c.openness[0])} : c; // equal steps: the one-topic loop's usual case
    return plain ? {...d, observerWeight: 1} : d;
  }),
  fc.double({min: 0, max: 4, noNaN: true})
);

test("when every pair pulls alike, the fast path gives the general loop's positions and stream, bit for bit", () => {
  let alike = 0;
  fc.assert(
    fc.property(meetings, ([c, encounters]) => {
      const fast = worldOf(c);
      const slow = worldOf(c);
      for (const {world} of [fast, slow]) world.params.dialogue.encounters = encounters;
      if (fast.meeting.attendees.length < 2) return;
      const stream = slow.world.streams.dialogue;
      slow.world.streams.dialogue = () => stream();
      const start = fast.world.x.slice();
      if (!uniformPairwise(fast.world, fast.meeting, aleaState(fast.world.streams.dialogue)!)) {
        expect(fast.world.x).toEqual(start); // declined: nothing drawn, nothing moved
        expect(fast.world.streams.dialogue()).toBe(stream());
        return;
      }
      alike++;
      pairwise(slow.world, slow.meeting);
      for (let k = 0; k < fast.world.x.length; k++) expect(Object.is(fast.world.x[k], slow.world.x[k])).toBe(true);
      for (let k = 0; k < 3; k++) expect(fast.world.streams.dialogue()).toBe(stream());
    }),
    {numRuns: 300}
  );
  expect(alike).toBeGreaterThan(100);
});

test("pulls are alike only with constant trust and equal positive weights", () => {
  const c = fc.sample(meetingWithPowers(1, 1, {min: 4, max: 4}), {seed: 7, numRuns: 1})[0];
  const declines = (change: (world: World) => void, present = [1, 1, 1, 1], observerWeight = 1) => {
    const {world, meeting} = worldOf({...c, present, observerWeight});
    change(world);
    return !uniformPairwise(world, meeting, aleaState(world.streams.dialogue)!);
  };
  expect(declines(() => {})).toBe(false);
  expect(declines((world) => world.weight.set([1, 1, 0.5, 1]))).toBe(true);
  expect(declines(() => {}, [1, 1, 2, 1], 0.5)).toBe(true); // an observer at half weight
  expect(declines(() => {}, [1, 1, 2, 1], 1)).toBe(false);
  expect(declines((world) => world.weight.fill(0))).toBe(true);
  expect(declines((world) => (world.trust = new Float64Array(16).fill(0.5)))).toBe(true);
});
