/**
 * The one loop: compile the scenario, record tick 0, step and record until the last tick
 * (or until positions stop moving, with `metrics.stopWhenStable`), then summarise. Nothing
 * here writes files; `io/` does.
 */
import type {Scenario} from "../scenario/schema.js";
import {compile} from "../model/compile.js";
import {step} from "../model/step.js";
import {findNonFinite, strictCheck, SimulationError} from "../model/guard.js";
import type {World} from "../model/world.js";
import {Recorder, type RecordOptions} from "../metrics/recorder.js";
import {summarize} from "../metrics/summarize.js";
import {hasHegemonicChannel, withoutHegemonicChannels} from "../model/hegemonicChannels.js";
import type {Series} from "../metrics/series.js";
import type {Summary} from "../metrics/summary.js";
import {PositionRecorder, type PositionSpec, type Positions} from "./positions.js";

export interface SimulateOptions extends RecordOptions {
  /** The run's seed (default: the scenario's). */
  seed?: number;
  /** Ticks to run (default: the scenario's). */
  ticks?: number;
  /** Mechanisms to leave out entirely (ablation), by name: see `mechanismNames`. */
  skip?: readonly string[];
  /** Called after each tick is recorded (progress, animation). */
  onTick?: (world: World) => void;
  /** Also record every state's position: at each recorded tick (`true`) or at the years/ticks named (default: none). */
  positions?: PositionSpec;
}

export interface RunResult {
  series: Series;
  summary: Summary;
  /** The world at the end: positions, ideals, trust. */
  world: World;
  /** Ideals at the start (events may have shifted `world.u`). */
  ideal0: Float64Array;
  /** Every state's position at the ticks `options.positions` asked for (absent when it asked for none). */
  positions?: Positions;
}

/**
 * One run of a validated scenario. What its states give every run is kept after the first run of
 * the object, and `states`, `generate` and `dimensions` are frozen then (see runStates.ts): change
 * a scenario's states by making a new object (a copy), not by writing inside them.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): RunResult {
  const seed = options.seed ?? scenario.seed;
  const ticks = options.ticks ?? scenario.ticks;
  const skip = options.skip ?? [];
  const world = compile(scenario, seed, skip);
  const ideal0 = world.u.slice();
  const twin = Recorder.wantsHegemonPull(options) ? hegemonTwin(scenario, seed, skip) : undefined;
  const every = scenario.metrics.every;
  const recorder = new Recorder(world, scenario, Math.floor(ticks / every) + 2, options, twin?.world);
  const stable = scenario.metrics.stopWhenStable;
  const before = stable > 0 ? new Float64Array(world.x.length) : undefined;
  let stoppedStable: number | null = null;
  const positions = options.positions === undefined ? undefined : new PositionRecorder(world, scenario, options.positions);
  recorder.record(world);
  positions?.record(world, true);
  while (world.tick < ticks) {
    before?.set(world.x);
    step(world);
    // A position that is not finite makes the largest move not finite (the last tick's were all finite): one pass, not two.
    const change = before === undefined ? Moved.NotFinite : moved(before, world.x, stable);
    if (change === Moved.NotFinite && findNonFinite(world) !== undefined) replayToFault(scenario, seed, world.tick, skip);
    if (twin !== undefined) {
      step(twin.world);
      if (findNonFinite(twin.world) !== undefined) replayToFault(twin.scenario, seed, twin.world.tick, twin.skip);
    }
    if (world.tick < ticks && change === Moved.Settled) stoppedStable = world.tick;
    const done = world.tick === ticks || stoppedStable !== null;
    const recorded = done || world.tick % every === 0;
    if (recorded) recorder.record(world);
    positions?.record(world, recorded);
    options.onTick?.(world);
    if (done) break;
  }
  const summary = summarize(world, scenario, recorder.series, seed, stoppedStable);
  // Two literals, not a spread: a spread gives every run's result a map of its own (see paramsOf in compile.ts).
  if (positions === undefined) return {series: recorder.series, summary, world, ideal0};
  return {series: recorder.series, summary, world, ideal0, positions: positions.positions};
}

/**
 * The twin of a run for `hegemonPull`: the same scenario and seed with the hegemon's channels off
 * (hegemonicChannels.ts), stepped in lockstep with the run. Each mechanism draws from its own
 * stream, so the twin meets the same chances (common random numbers) as far as positions allow.
 * None when no channel is on: the twin would be the run itself, and the pull is 0.
 */
function hegemonTwin(scenario: Scenario, seed: number, skip: readonly string[]): {world: World; scenario: Scenario; skip: string[]} | undefined {
  if (!hasHegemonicChannel(scenario)) return undefined;
  const off = withoutHegemonicChannels(scenario, skip);
  return {world: compile(off.scenario, seed, off.skip), ...off};
}

/** How far positions moved in a tick: every |a_k − b_k| below `stable`, some at or above it, or some not finite. */
const enum Moved {
  Settled,
  Moving,
  NotFinite
}

/**
 * Compares the positions before and after a tick without a branch per position (counting, not
 * taking a running maximum, whose test waited on the one before): the positions before are
 * finite, so a |a_k − b_k| that is not finite means a position that is not.
 */
function moved(a: Float64Array, b: Float64Array, stable: number): Moved {
  let far = 0;
  let wild = 0;
  for (let k = 0; k < a.length; k++) {
    const d = Math.abs(a[k] - b[k]);
    far += +!(d < stable);
    wild += +!(d < Infinity);
  }
  return wild > 0 ? Moved.NotFinite : far > 0 ? Moved.Moving : Moved.Settled;
}

/** Runs again with a check after every mechanism, to name where a non-finite value arose. */
function replayToFault(scenario: Scenario, seed: number, upTo: number, skip: readonly string[]): never {
  const world = compile(scenario, seed, skip);
  world.check = strictCheck(world);
  while (world.tick < upTo) step(world);
  throw new SimulationError(upTo - 1, "a tick", findNonFinite(world) ?? "unknown");
}
