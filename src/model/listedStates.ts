/**
 * What `compile` derives from a scenario's listed states alone, made once per scenario object and
 * copied into each run's world: the states in id order with their values, the regions, the index
 * of ids, and the influence weights of each hegemon bias seen. Every run of a scenario (a sweep
 * point's replicates, the bench's runs, a calibration's draws) would otherwise sort the states,
 * resolve their values and take logs and exponentials again, for the same numbers: a run gets
 * fresh copies of what it may change (every array a world holds), made from the same numbers, so
 * its results are those of a compile from scratch, to the bit, and no run sees what another
 * changed in its world. Generated states (`generate:`) are drawn from the run's seed: never kept.
 *
 * A scenario is read, not watched: the entry is made again when `states` or `dimensions` is a
 * different array than at the first run, but a change made inside them in place (a state's
 * `power` set anew) is not seen by later runs of the same object. Build a new scenario object
 * instead (`load` with settings, `--set`, the sweep and `withoutHegemonicChannels` all do).
 */
import type {Scenario} from "../scenario/schema.js";
import {influenceWeights, regionsOf, statesOf} from "./statesOf.js";
import type {StateIndex} from "./masks.js";

/** The states of `statesOf`: ids in order, their values as N×D arrays. */
export type States = ReturnType<typeof statesOf>;

interface Entry {
  /** The arrays the entry was made from (a different array: made again). */
  states: Scenario["states"];
  dimensions: Scenario["dimensions"];
  fixed: States;
  regions: string[];
  regionOf: Int32Array;
  index: Map<string, number>;
  /** p^h / max p^h by hegemon bias h. */
  weights: Map<number, Float64Array>;
}

const entries = new WeakMap<Scenario, Entry>();

/** A run's own copy of the listed states and what follows from them; null for generated states (drawn per run). */
export function listedStates(s: Scenario, dims: string[], hegemonBias: number): {states: States; regions: string[]; regionOf: Int32Array; index: StateIndex; weight: Float64Array} | null {
  if (s.generate !== undefined) return null;
  let entry = entries.get(s);
  if (entry === undefined || entry.states !== s.states || entry.dimensions !== s.dimensions) {
    entry = entryOf(s, dims);
    entries.set(s, entry);
  }
  let weight = entry.weights.get(hegemonBias);
  if (weight === undefined) entry.weights.set(hegemonBias, (weight = influenceWeights(entry.fixed.power, hegemonBias)));
  const f = entry.fixed;
  const states: States = {
    fileOrder: f.fileOrder.slice(),
    ids: f.ids.slice(),
    names: f.names.slice(),
    regions: f.regions.slice(),
    power: f.power.slice(),
    ideal: f.ideal.slice(),
    initial: f.initial.slice(),
    stubbornness: f.stubbornness.slice(),
    openness: f.openness.slice()
  };
  return {states, regions: entry.regions.slice(), regionOf: entry.regionOf.slice(), index: entry.index, weight: weight.slice()};
}

function entryOf(s: Scenario, dims: string[]): Entry {
  const fixed = statesOf(s, dims, () => {
    throw new Error("listed states draw no random numbers");
  });
  const {regions, regionOf} = regionsOf(fixed.regions);
  const index = new Map<string, number>();
  for (let i = 0; i < fixed.ids.length; i++) index.set(fixed.ids[i], i);
  return {states: s.states, dimensions: s.dimensions, fixed, regions, regionOf, index, weights: new Map()};
}
