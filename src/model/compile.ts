/**
 * Compiles a validated scenario into a World of typed arrays, ready to step.
 *
 * Code that runs once per run (this file, the recorder, the summary, a sweep's run) makes its
 * arrays with `Array.from(xs, f)`, not `xs.map(f)`: V8's optimised `map` returns holey arrays
 * where the unoptimised one returns packed ones, and the change of shape as each function was
 * optimised kept V8 re-optimising the code that reads them (src/bench/tiers.ts, run by `npm run bench`).
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector} from "../scenario/resolve.js";
import {createStreams} from "./random.js";
import {generateStates} from "./generateStates.js";
import {compileProcesses} from "./compileProcesses.js";
import {compileEvents} from "./compileEvents.js";
import {initialTrust, startingTrust} from "./trust.js";
import {scratchFor} from "./scratch.js";
import {activeSteps, initSteps} from "./mechanisms.js";
import {stateIndex} from "./masks.js";
import type {Params, World} from "./world.js";
import {log} from "./math/log.js";
import {exp} from "./math/exp.js";

/**
 * A fresh world for one run with this seed (the scenario's own seed when absent), leaving out
 * the mechanisms named in `skip` (see `mechanismNames`).
 */
export function compile(s: Scenario, seed: number = s.seed, skip: readonly string[] = []): World {
  const dims = Array.from(s.dimensions, (dim) => dim.id);
  const d = dims.length;
  const streams = createStreams(seed);
  const states = statesOf(s, dims, streams.generate);
  const n = states.ids.length;
  const {regions, regionOf} = regionsOf(states.regions);
  const params = paramsOf(s, dims);
  const steps = activeSteps(skip);
  const world: World = {
    n,
    d,
    dims,
    stateIds: states.ids,
    fileOrder: states.fileOrder,
    names: states.names,
    regions,
    regionOf,
    x: states.initial,
    u: states.ideal,
    x0: states.initial.slice(),
    power: states.power,
    weight: influenceWeights(states.power, params.hegemonBias),
    stubbornness: states.stubbornness,
    openness: states.openness,
    standard: new Float64Array(d),
    hasStandard: new Uint8Array(d),
    trust: null,
    trustConstant: 1,
    grownPairs: null,
    processes: [],
    events: [],
    eventCursor: 0,
    params,
    hegemon: 0,
    tick: 0,
    streams,
    counts: {meetings: 0, withheld: 0, totalMeetings: 0, totalWithheld: 0},
    steps,
    check: noCheck,
    scratch: scratchFor(n, d)
  };
  s.dimensions.forEach((dim, k) => {
    world.standard[k] = dim.standard ?? 0;
    world.hasStandard[k] = dim.standard === undefined ? 0 : 1;
  });
  const index = stateIndex(states.ids);
  world.hegemon = hegemonOf(s, states.ids, states.power);
  initialTrust(world);
  world.processes = compileProcesses(s, world, index);
  world.events = compileEvents(s, world, index);
  initSteps(steps, world);
  return world;
}

function noCheck(): void {}

/** The distinct regions, sorted, and each state's index among them. */
function regionsOf(names: readonly string[]): {regions: string[]; regionOf: Int32Array} {
  const seen = new Set<string>();
  let last: string | undefined;
  for (const name of names) {
    if (name !== last) seen.add(name);
    last = name;
  }
  const regions = Array.from(seen).sort();
  const regionOf = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) regionOf[i] = regions.indexOf(names[i]);
  return {regions, regionOf};
}

/** p^h / max p^h, computed in logs so that large powers and biases never overflow. */
export function influenceWeights(power: Float64Array, h: number): Float64Array {
  if (h === 0) return new Float64Array(power.length).fill(1);
  let maxLog = -Infinity;
  for (const p of power) maxLog = Math.max(maxLog, log(p));
  return Float64Array.from(power, (p) => exp(h * (log(p) - maxLog)));
}

/**
 * Index of the hegemon among the states in id order: `hegemon:` in the scenario (the check
 * makes sure it names a state), else the most powerful state (the first in id order on ties).
 */
export function hegemonOf(s: Scenario, ids: readonly string[], power: Float64Array): number {
  return s.hegemon !== undefined ? ids.indexOf(s.hegemon) : strongest(power);
}

function strongest(power: Float64Array): number {
  let best = 0;
  for (let i = 1; i < power.length; i++) if (power[i] > power[best]) best = i;
  return best;
}

/**
 * The states in id order, listed in the file or drawn from `generate` with `random` (a run's
 * `generate` stream), with their values as N×D row-major arrays.
 */
export function statesOf(s: Scenario, dims: string[], random: () => number) {
  const d = dims.length;
  if (s.generate !== undefined) {
    const g = generateStates(s.generate, d, random);
    const n = g.ids.length;
    const fileOrder = new Int32Array(n);
    for (let i = 0; i < n; i++) fileOrder[i] = i;
    return {
      fileOrder,
      ids: g.ids,
      names: g.ids,
      regions: g.regions,
      power: g.power,
      ideal: g.ideal,
      initial: g.ideal.slice(),
      stubbornness: g.stubbornness,
      openness: new Float64Array(n).fill(g.openness)
    };
  }
  const given = s.states ?? [];
  // Work in the order of ids, not of the file: reordering the states changes nothing inside.
  const order = Array.from(given, (_, i) => i).sort((a, b) => (given[a].id < given[b].id ? -1 : given[a].id > given[b].id ? 1 : 0));
  const list = Array.from(order, (i) => given[i]);
  const n = list.length;
  const ideal = new Float64Array(n * d);
  const initial = new Float64Array(n * d);
  list.forEach((st, i) => {
    ideal.set(dimVector(st.ideal, dims), i * d);
    initial.set(dimVector(st.initial ?? st.ideal, dims), i * d);
  });
  return {
    fileOrder: inverse(order),
    ids: Array.from(list, (st) => st.id),
    names: Array.from(list, (st) => st.name ?? st.id),
    regions: Array.from(list, (st) => st.region),
    power: Float64Array.from(list, (st) => st.power),
    ideal,
    initial,
    stubbornness: Float64Array.from(list, (st) => st.stubbornness),
    openness: Float64Array.from(list, (st) => st.openness)
  };
}

/** The inverse of a permutation: out[order[k]] = k. */
function inverse(order: readonly number[]): Int32Array {
  const out = new Int32Array(order.length);
  order.forEach((i, k) => {
    out[i] = k;
  });
  return out;
}

/**
 * The scenario's `dynamics` as the engine holds them: as validated, with trust's starting values
 * and the civil-society position resolved. Built with `Object.assign`, not a spread followed by
 * more fields: V8's optimised code gives each object `{...a, b}` a map of its own, so every
 * run's params (read at every tick) had a new map and deoptimised the code that reads them.
 */
function paramsOf(s: Scenario, dims: string[]): Params {
  const {trust: {initial: _initial, sameRegion: _same, otherRegion: _other, ...trust}, civilSociety, ...rest} = s.dynamics;
  return Object.assign({}, rest, {
    trust: Object.assign({}, trust, startingTrust(s.dynamics.trust)),
    civilSociety: Object.assign({}, civilSociety, {position: dimVector(civilSociety.position, dims)})
  });
}
