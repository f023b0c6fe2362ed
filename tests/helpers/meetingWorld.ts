/**
 * One meeting in a small world, for checking the dialogue's paths against each other: random
 * positions, powers, openness, weights and trust settings, some states absent, some observers.
 */
import fc from "fast-check";
import {scenarioFromObject} from "../../src/scenario/load.js";
import {compile} from "../../src/model/compile.js";
import type {Meeting, World} from "../../src/model/world.js";

export const logUniform = (lo: number, hi: number) => fc.double({min: Math.log(lo), max: Math.log(hi), noNaN: true}).map(Math.exp);
export const unit = fc.double({min: 0, max: 1, noNaN: true});

/** A world of n states in d dimensions, one meeting of some of them (observers included), constant trust. */
export const meetingWithPowers = (lo: number, hi: number, size = {min: 2, max: 24}, dims = {min: 1, max: 4}) => fc
  .record({n: fc.integer(size), d: fc.integer(dims), seed: fc.nat()})
  .chain(({n, d, seed}) =>
    fc.record({
      n: fc.constant(n),
      d: fc.constant(d),
      seed: fc.constant(seed),
      positions: fc.array(fc.array(unit, {minLength: d, maxLength: d}), {minLength: n, maxLength: n}),
      power: fc.array(logUniform(lo, hi), {minLength: n, maxLength: n}),
      openness: fc.array(unit, {minLength: n, maxLength: n}),
      hegemonBias: fc.oneof(fc.constant(0), fc.double({min: 0, max: 50, noNaN: true})),
      observerWeight: fc.oneof(fc.constant(0), fc.constant(1), fc.double({min: 0, max: 2, noNaN: true})),
      trust: fc.double({min: 0.05, max: 1, noNaN: true}),
      trustWeight: fc.constantFrom(0, 1, 2.5),
      rate: fc.double({min: 0.01, max: 1, noNaN: true}),
      confidence: fc.oneof(fc.constant(1), fc.double({min: 0.01, max: 1.5, noNaN: true})),
      present: fc.array(fc.constantFrom(0, 1, 2), {minLength: n, maxLength: n}), // absent, member, observer
      agenda: fc.subarray(Array.from({length: d}, (_, k) => k), {minLength: 1}),
      effect: fc.double({min: 0, max: 5, noNaN: true})
    })
  );

export type MeetingCase = typeof meetingWithPowers extends (...args: never[]) => fc.Arbitrary<infer T> ? T : never;

/** The world and meeting of a case; `sameRegion`/`otherRegion` trust (with gain) gives a trust matrix. */
export function worldOf(c: MeetingCase, trust: Record<string, number> = {initial: c.trust}): {world: World; meeting: Meeting} {
  const dims = Array.from({length: c.d}, (_, k) => `d${k}`);
  const ids = Array.from({length: c.n}, (_, i) => `S${String(i).padStart(4, "0")}`);
  const s = scenarioFromObject({
    id: "dialogue",
    dimensions: dims.map((id) => ({id})),
    states: ids.map((id, i) => ({id, power: c.power[i], ideal: c.positions[i], openness: c.openness[i], region: i % 2 === 0 ? "even" : "odd"})),
    dynamics: {
      hegemonBias: c.hegemonBias, observerWeight: c.observerWeight,
      dialogue: {rate: c.rate, confidence: c.confidence},
      trust: {...trust, weight: c.trustWeight}
    }
  });
  const world = compile(s, c.seed);
  const attendees = Int32Array.from(ids.flatMap((_, i) => (c.present[i] > 0 ? [i] : [])));
  const observer = Uint8Array.from(attendees, (i) => (c.present[i] === 2 ? 1 : 0));
  const meeting: Meeting = {
    process: world.processes[0] ?? (undefined as never), attendees, observer, best: new Float64Array(c.d), practiced: new Uint8Array(c.d),
    agenda: Int32Array.from(c.agenda), effect: c.effect
  };
  return {world, meeting};
}

/** Largest absolute difference between the positions two updates leave, from the same start, and whether the first applied. */
export function gap(world: World, m: Meeting, a: (w: World, m: Meeting) => boolean | void, b: (w: World, m: Meeting) => boolean | void): {gap: number; took: boolean} {
  const start = world.x.slice();
  const took = a(world, m) !== false;
  const first = world.x.slice();
  world.x.set(start);
  b(world, m);
  let g = 0;
  for (let k = 0; k < start.length; k++) g = Math.max(g, Math.abs(first[k] - world.x[k]));
  world.x.set(start);
  return {gap: g, took};
}
