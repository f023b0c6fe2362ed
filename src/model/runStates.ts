/**
 * A run's states, from what `compile` derives from a scenario alone, made once per scenario object
 * and copied into each run's world: for listed states, the states in id order with their values,
 * the regions, the index of ids and the influence weights of each hegemon bias seen; for generated
 * states (`generate:`), their ids, regions and index, the values being drawn from each run's seed.
 * Every run of a scenario (a sweep point's replicates, the bench's runs, a calibration's draws)
 * would otherwise sort the states, resolve their values and take logs and exponentials again, for
 * the same numbers: a run gets fresh copies of what it may change (every array a world holds),
 * made from the same numbers, so its results are those of a compile from scratch, to the bit, and
 * no run sees what another changed in its world.
 *
 * What the entry is made from cannot change under it: the entry is made again when `states`,
 * `generate` or `dimensions` is a different object than at the first run, and those three are
 * frozen (Object.freeze, all the way down) when the entry is made, so that a change inside them
 * (a state's `power` set anew) throws a TypeError in strict code, and does nothing elsewhere,
 * instead of running with the old numbers unseen. A changed scenario is a new object (`load` with
 * settings, `--set`, a copy: the sweep and `withoutHegemonicChannels` make one).
 */
import type {Scenario} from "../scenario/schema.js";
import {generatedShape, influenceWeights, regionsOf, statesOf, withDraws, type GeneratedShape, type States} from "./statesOf.js";
import type {StateIndex} from "./masks.js";

interface Entry {
  /** The objects the entry was made from (a different object: made again). */
  from: [Scenario["states"], Scenario["generate"], Scenario["dimensions"]];
  /** Who the states are: ids, regions and file order. */
  shape: GeneratedShape;
  /** Listed states: all of them, values included; null for generated ones (their values are drawn per run). */
  listed: States | null;
  regions: string[];
  regionOf: Int32Array;
  index: Map<string, number>;
  /** p^h / max p^h by hegemon bias h (listed states only: generated powers are drawn). */
  weights: Map<number, Float64Array>;
}

const entries = new WeakMap<Scenario, Entry>();

/** A run's own states and what follows from them: `random` (the run's `generate` stream) draws generated values. */
export function runStates(s: Scenario, dims: string[], random: () => number, hegemonBias: number): {states: States; regions: string[]; regionOf: Int32Array; index: StateIndex; weight: Float64Array} {
  let entry = entries.get(s);
  if (entry === undefined || entry.from[0] !== s.states || entry.from[1] !== s.generate || entry.from[2] !== s.dimensions) {
    entry = entryOf(s, dims);
    entries.set(s, entry);
  }
  const {shape, listed: f, regions, regionOf, index} = entry;
  const [fileOrder, ids, regionNames] = [shape.fileOrder.slice(), shape.ids.slice(), shape.regions.slice()];
  // Literals written out, not spread: see paramsOf in compile.ts (one map for every run's objects).
  if (f === null) {
    const states = withDraws({fileOrder, ids, regions: regionNames}, s.generate!, dims.length, random);
    return {states, regions: regions.slice(), regionOf: regionOf.slice(), index, weight: influenceWeights(states.power, hegemonBias)};
  }
  let weight = entry.weights.get(hegemonBias);
  if (weight === undefined) entry.weights.set(hegemonBias, (weight = influenceWeights(f.power, hegemonBias)));
  const states: States = {
    fileOrder, ids, names: f.names.slice(), regions: regionNames,
    power: f.power.slice(), ideal: f.ideal.slice(), initial: f.initial.slice(), stubbornness: f.stubbornness.slice(), openness: f.openness.slice()
  };
  return {states, regions: regions.slice(), regionOf: regionOf.slice(), index, weight: weight.slice()};
}

function entryOf(s: Scenario, dims: string[]): Entry {
  deepFreeze(s.states);
  deepFreeze(s.generate);
  deepFreeze(s.dimensions);
  const listed = s.generate === undefined ? statesOf(s, dims, noDraws) : null;
  const shape = listed ?? generatedShape(s.generate!);
  const {regions, regionOf} = regionsOf(shape.regions);
  const index = new Map<string, number>();
  for (let i = 0; i < shape.ids.length; i++) index.set(shape.ids[i], i);
  return {from: [s.states, s.generate, s.dimensions], shape, listed, regions, regionOf, index, weights: new Map()};
}

function noDraws(): number {
  throw new Error("listed states draw no random numbers");
}

/** Freezes an object and every object inside it (arrays included). */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
