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
import {compileProcesses} from "./compileProcesses.js";
import {compileEvents} from "./compileEvents.js";
import {initialTrust, startingTrust} from "./trust.js";
import {scratchFor} from "./scratch.js";
import {activeSteps, initSteps} from "./mechanisms.js";
import type {Params, World} from "./world.js";
import {runStates} from "./runStates.js";

/**
 * A fresh world for one run with this seed (the scenario's own seed when absent), leaving out
 * the mechanisms named in `skip` (see `mechanismNames`).
 */
export function compile(s: Scenario, seed: number = s.seed, skip: readonly string[] = []): World {
  const dims = Array.from(s.dimensions, (dim) => dim.id);
  const d = dims.length;
  const streams = createStreams(seed);
  const params = paramsOf(s, dims);
  const {states, regions, regionOf, index, weight} = runStates(s, dims, streams.generate, params.hegemonBias);
  const n = states.ids.length;
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
    weight,
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
  world.hegemon = hegemonOf(s, states.ids, states.power);
  initialTrust(world);
  world.processes = compileProcesses(s, world, index);
  world.events = compileEvents(s, world, index);
  initSteps(steps, world);
  return world;
}

function noCheck(): void {}

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
