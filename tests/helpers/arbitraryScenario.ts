/**
 * fast-check arbitraries for small scenarios that switch on every mechanism with random
 * rates: states, facilitators, processes with observers and funders, events.
 */
import fc from "fast-check";
import {scenarioFromObject} from "../../src/scenario/load.js";
import type {Scenario} from "../../src/scenario/schema.js";

/** Numbers in [min, max] on a grid of 1/1000 (fc.double favours extremes such as 1e-300). */
const num = (min: number, max: number) => fc.integer({min: Math.round(min * 1000), max: Math.round(max * 1000)}).map((v) => v / 1000);
const unit = num(0, 1);
const rate = fc.oneof(fc.constant(0), num(0, 1));
const ids = ["USA", "CAN", "MEX", "GTM", "DEU", "FRA", "AUS", "NZL"];

/** A raw scenario object (before validation). */
export const rawScenario = fc
  .record({
    d: fc.integer({min: 1, max: 3}),
    n: fc.integer({min: 2, max: 8}),
    ticks: fc.integer({min: 3, max: 16}),
    seed: fc.integer({min: 0, max: 1000})
  })
  .chain(({d, n, ticks, seed}) => {
    const dims = ["asylum", "control", "labour"].slice(0, d);
    const vec = fc.array(unit, {minLength: d, maxLength: d});
    const stateIds = ids.slice(0, n);
    const subset = fc.subarray(stateIds, {minLength: 1});
    return fc.record({
      id: fc.constant("prop"),
      seed: fc.constant(seed),
      ticks: fc.constant(ticks),
      dimensions: fc.tuple(...dims.map((id) => fc.option(unit, {nil: undefined}).map((standard) => ({id, standard})))),
      states: fc.tuple(
        ...stateIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            region: fc.constantFrom("north", "south", "east"),
            power: num(0.1, 100),
            ideal: vec,
            initial: fc.option(vec, {nil: undefined}),
            stubbornness: fc.oneof(fc.constant(0), num(0, 0.3)),
            openness: unit
          })
        )
      ),
      facilitators: fc.tuple(
        fc.record({
          id: fc.constant("F"),
          bestPractice: fc.oneof(fc.constant("standard"), subset.map((exemplars) => ({exemplars})), vec.map((vector) => ({vector}))),
          emphasis: fc.array(num(0.1, 2), {minLength: d, maxLength: d}),
          capacityRate: rate,
          clearingHouse: rate,
          funderSteering: rate
        })
      ),
      processes: fc.array(
        fc.record({
          members: subset,
          observers: subset,
          funders: fc.subarray(stateIds),
          meetEvery: fc.integer({min: 1, max: 3}),
          founded: fc.integer({min: 0, max: 3}).map((tick) => ({tick})),
          agendaSize: fc.integer({min: 1, max: d}),
          attendance: fc.oneof(fc.constant(1), num(0.3, 1)),
          ngo: unit
        }),
        {minLength: 1, maxLength: 2}
      ),
      dynamics: fc.record({
        dialogue: fc.record({
          mode: fc.constantFrom("averaging", "pairwise"),
          rate,
          confidence: num(0.05, 1.2),
          encounters: num(0, 3)
        }),
        hegemonBias: num(0, 4),
        agendaControl: fc.record({threshold: unit, strength: num(0, 3)}),
        trust: fc.record({sameRegion: unit, otherRegion: unit, gain: rate, decay: rate, weight: num(0, 2)}),
        domestic: fc.record({noise: fc.oneof(fc.constant(0), num(0, 0.1))}),
        civilSociety: fc.record({position: vec, rate}),
        observerWeight: num(0, 2),
        stages: fc.record({meetings: fc.integer({min: 1, max: 3}), effect: fc.array(num(0, 3), {minLength: 4, maxLength: 4})})
      }),
      events: fc.array(
        fc.record({
          at: fc.integer({min: 0, max: ticks}).map((tick) => ({tick})),
          shift: fc.record({states: fc.oneof(fc.constant("all"), subset), ideal: fc.array(num(-0.3, 0.3), {minLength: d, maxLength: d})})
        }),
        {maxLength: 2}
      )
    });
  })
  .map((raw) => {
    const r = raw as Record<string, unknown> & {processes: Record<string, unknown>[]; dimensions: {id: string; standard?: number}[]};
    r.processes = r.processes.map((p, k) => ({...p, id: `p${k}`, facilitator: "F"}));
    r.dimensions = r.dimensions.map((dim) => (dim.standard === undefined ? {id: dim.id} : dim));
    return r;
  });

/** A validated scenario. */
export const arbitraryScenario: fc.Arbitrary<Scenario> = rawScenario.map((raw) => scenarioFromObject(raw));
