/**
 * What a run takes from work done once, checked against work done from scratch: the listed
 * states kept per scenario object (runStates.ts: listed states, and the ids and regions of generated ones) give every later run the numbers of a run of a
 * fresh copy of the scenario, bit for bit, even after a caller has written over everything in an
 * earlier run's world; the starting trust matrix copied from one row per region holds T⁰ of
 * `baseTrust` in every place; the member lists processes keep are the states their masks hold, at
 * every tick, with processes that members join and leave; domestic politics' one pass gives the
 * numbers of a pull followed by a pass of clipping.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {rawScenario} from "../../helpers/arbitraryScenario.js";
import {scenarioFromObject} from "../../../src/scenario/load.js";
import {simulate, type RunResult} from "../../../src/run/simulate.js";
import {compile} from "../../../src/model/compile.js";
import {statesOf} from "../../../src/model/statesOf.js";
import {createStreams} from "../../../src/model/random.js";
import {baseTrust} from "../../../src/model/trust.js";
import {membersOf} from "../../../src/model/masks.js";
import {domesticPolitics} from "../../../src/model/domesticPolitics.js";
import type {World} from "../../../src/model/world.js";

/** Every number two runs give (series, summary, positions, trust at the end), as bit patterns: equal iff the runs agree to the bit. */
function bitsOf(r: RunResult): string {
  const bits = (v: number) => (Object.is(v, -0) ? "-0" : String(v));
  const arrays = [...r.series.values.flat(), r.world.x, r.world.u, r.world.trust ?? new Float64Array(), r.world.weight];
  return JSON.stringify({series: arrays.map((a) => Array.from(a, bits)), summary: r.summary, ticks: r.series.ticks});
}

/** Writes over every array and process of a finished run's world, as a careless caller might. */
function scribble(world: World): void {
  for (const a of [world.x, world.u, world.x0, world.power, world.weight, world.stubbornness, world.openness, world.standard]) a.fill(0.123);
  world.regionOf.fill(0);
  world.fileOrder.reverse();
  world.stateIds.reverse();
  world.regions.push("nowhere");
  world.trust?.fill(0.9);
  for (const p of world.processes) {
    p.members.fill(1);
    p.memberList.fill(0);
  }
}

/** Raw scenarios with process events: states joining, leaving and turning observer. */
const withProcessEvents = rawScenario.chain((raw) => {
  const ids = (raw.states as {id: string}[]).map((st) => st.id);
  const some = fc.subarray(ids);
  const event = fc.record({at: fc.integer({min: 0, max: raw.ticks as number}).map((tick) => ({tick})), process: fc.record({id: fc.constant("p0"), join: some, leave: some, observe: some})});
  return fc.array(event, {maxLength: 3}).map((events) => ({...raw, events: [...(raw.events as object[]), ...events]}));
});

describe("work done once per scenario", () => {
  test("every run of one scenario object gives the numbers of a run of a fresh copy, even after a caller wrote over an earlier run's world", () => {
    fc.assert(
      fc.property(withProcessEvents, fc.integer({min: 1, max: 50}), (raw, seed) => {
        const s = scenarioFromObject(structuredClone(raw));
        const fresh = bitsOf(simulate(scenarioFromObject(structuredClone(raw)), {seed}));
        scribble(simulate(s, {seed}).world);
        expect(bitsOf(simulate(s, {seed}))).toBe(fresh);
        scribble(compile(s, seed));
        expect(bitsOf(simulate(s, {seed}))).toBe(fresh);
      }),
      {numRuns: 60}
    );
  });

  test("generated states: every run of one scenario object gives the numbers of a fresh copy, and its states are those statesOf draws", () => {
    const generated = fc.record({
      count: fc.integer({min: 1, max: 40}),
      regions: fc.array(fc.constantFrom("north", "south", "east"), {minLength: 1, maxLength: 3}),
      power: fc.oneof(fc.constant({dist: "constant", value: 2}), fc.constant({dist: "pareto", min: 1, alpha: 1.5})),
      stubbornness: fc.oneof(fc.constant(0), fc.constant(0.1), fc.constant({dist: "uniform", min: 0, max: 0.2})),
      openness: fc.constantFrom(0.5, 1),
      seed: fc.integer({min: 1, max: 99}),
      confidence: fc.constantFrom(0.2, 1)
    });
    fc.assert(
      fc.property(generated, ({seed, confidence, ...g}) => {
        const raw = {
          id: "gen", ticks: 5, dimensions: [{id: "a"}, {id: "b"}], generate: g,
          processes: [{id: "p", members: ["*"]}], dynamics: {dialogue: {confidence, rate: 0.5}, hegemonBias: 1, trust: {sameRegion: 0.5, otherRegion: 0.2, gain: 0.1, decay: 0.1}}
        };
        const s = scenarioFromObject(structuredClone(raw));
        const fresh = bitsOf(simulate(scenarioFromObject(structuredClone(raw)), {seed}));
        scribble(simulate(s, {seed: seed + 1}).world);
        expect(bitsOf(simulate(s, {seed}))).toBe(fresh);
        const world = compile(s, seed);
        const drawn = statesOf(s, world.dims, createStreams(seed).generate);
        expect([world.stateIds, world.names, world.regions, Array.from(world.regionOf)]).toEqual([drawn.ids, drawn.names, [...new Set(drawn.regions)].sort(), drawn.regions.map((r) => [...new Set(drawn.regions)].sort().indexOf(r))]);
        for (const [ours, theirs] of [[world.x, drawn.initial], [world.u, drawn.ideal], [world.power, drawn.power], [world.stubbornness, drawn.stubbornness], [world.openness, drawn.openness]]) {
          expect(Array.from(ours)).toEqual(Array.from(theirs));
        }
        world.x.fill(2); // positions and ideals are arrays of their own
        expect(Array.from(world.u)).toEqual(Array.from(drawn.ideal));
      }),
      {numRuns: 60}
    );
  });

  test("a scenario whose states array is replaced between runs is read again", () => {
    fc.assert(
      fc.property(rawScenario, (raw) => {
        const s = scenarioFromObject(structuredClone(raw));
        simulate(s, {metrics: ["dispersion"]});
        const moved = scenarioFromObject({...structuredClone(raw), states: (raw.states as {power: number}[]).map((st) => ({...st, power: st.power * 2 + 1}))});
        s.states = moved.states;
        expect(bitsOf(simulate(s))).toBe(bitsOf(simulate(moved)));
      }),
      {numRuns: 30}
    );
  });

  test("after a run, a state's values cannot be changed in place (TypeError), and a copy of the scenario can", () => {
    const raw = {id: "frozen", title: "t", ticks: 3, dimensions: [{id: "a"}], states: [{id: "X", power: 1, ideal: {a: 0.2}}, {id: "Y", power: 2, ideal: {a: 0.8}}], processes: [{id: "p", members: ["*"]}]};
    const s = scenarioFromObject(structuredClone(raw));
    const before = bitsOf(simulate(s));
    expect(() => {
      s.states![0].power = 5;
    }).toThrow(TypeError);
    expect(() => {
      (s.states![1].ideal as Record<string, number>).a = 0.1;
    }).toThrow(TypeError);
    expect(() => {
      s.dimensions[0].id = "b";
    }).toThrow(TypeError);
    expect(bitsOf(simulate(s))).toBe(before);
    const copy = structuredClone(s);
    copy.states![0].power = 5;
    expect(bitsOf(simulate(copy))).toBe(bitsOf(simulate(scenarioFromObject({...structuredClone(raw), states: [{id: "X", power: 5, ideal: {a: 0.2}}, raw.states[1]]}))));
    expect(bitsOf(simulate(copy))).not.toBe(before);
  });

  test("the starting trust matrix holds T⁰ of baseTrust off the diagonal and 1 on it", () => {
    fc.assert(
      fc.property(rawScenario, (raw) => {
        const world = compile(scenarioFromObject(raw));
        const {n, trust} = world;
        if (trust === null) return;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(trust[i * n + j]).toBe(i === j ? 1 : baseTrust(world.params, world.regionOf, i, j));
      }),
      {numRuns: 100}
    );
  });
});

describe("member lists", () => {
  test("a process's member list is the states its mask holds, ascending, at every tick", () => {
    let changed = 0;
    fc.assert(
      fc.property(withProcessEvents, (raw) => {
        const s = scenarioFromObject(raw);
        const check = (world: World) => {
          for (const p of world.processes) expect(Array.from(p.memberList)).toEqual(Array.from(membersOf(p.members)));
        };
        check(compile(s));
        const first = Array.from(compile(s).processes[0].memberList);
        const {world} = simulate(s, {metrics: ["dispersion"], onTick: check});
        if (Array.from(world.processes[0].memberList).join() !== first.join()) changed++;
      }),
      {numRuns: 80}
    );
    expect(changed).toBeGreaterThan(10); // the events did change membership
  });
});

describe("domestic politics", () => {
  test("without noise, one pass gives the numbers of the pull followed by a pass of clipping", () => {
    const value = fc.oneof(fc.double({min: -0.5, max: 1.5, noNaN: true}), fc.constantFrom(0, -0, 1, 1e-300, -1e-300, 1 + 2 ** -52));
    fc.assert(
      fc.property(rawScenario, fc.array(value, {minLength: 24, maxLength: 24}), fc.array(fc.constantFrom(0, 0.1, 1, 0.5), {minLength: 8, maxLength: 8}), (raw, xs, lambdas) => {
        const world = compile(scenarioFromObject({...raw, dynamics: {...(raw.dynamics as object), domestic: {noise: 0}}}));
        const {n, d} = world;
        world.x.set(xs.slice(0, n * d));
        world.stubbornness.set(lambdas.slice(0, n));
        const expected = world.x.slice();
        for (let i = 0; i < n; i++) for (let at = i * d; at < i * d + d; at++) if (world.stubbornness[i] !== 0) expected[at] += world.stubbornness[i] * (world.u[at] - expected[at]);
        for (let at = 0; at < n * d; at++) expected[at] = expected[at] < 0 ? 0 : expected[at] > 1 ? 1 : expected[at];
        domesticPolitics.run(world);
        for (let at = 0; at < n * d; at++) expect(Object.is(world.x[at], expected[at])).toBe(true);
      }),
      {numRuns: 200}
    );
  });
});
