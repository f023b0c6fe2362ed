/**
 * The guard against non-finite values: a run never writes NaN or Infinity. Positions are
 * checked at the end of every tick; when a bad value appears, the run is replayed with a
 * check after every mechanism (runs are deterministic) to name the tick and mechanism.
 */
import type {Check, World} from "./world.js";

export class SimulationError extends Error {
  readonly tick: number;
  readonly mechanism: string;
  constructor(tick: number, mechanism: string, detail: string) {
    super(`non-finite value at tick ${tick} after ${mechanism}: ${detail}`);
    this.name = "SimulationError";
    this.tick = tick;
    this.mechanism = mechanism;
  }
}

/**
 * The first non-finite position as `state.dimension = value`, or undefined. A first pass without
 * a branch per position (v − v is 0 for a finite v and NaN for ±Infinity or NaN, so the sum of
 * those is 0 exactly when every position is finite; four sums side by side) leaves the search for
 * the rare tick that has one.
 */
export function findNonFinite(world: World): string | undefined {
  const {x, d} = world;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let at = 0;
  for (; at + 4 <= x.length; at += 4) {
    s0 += x[at] - x[at];
    s1 += x[at + 1] - x[at + 1];
    s2 += x[at + 2] - x[at + 2];
    s3 += x[at + 3] - x[at + 3];
  }
  for (; at < x.length; at++) s0 += x[at] - x[at];
  if (s0 + s1 + s2 + s3 === 0) return undefined;
  for (let at = 0; at < x.length; at++) {
    if (!Number.isFinite(x[at])) return `${world.stateIds[Math.floor(at / d)]}.${world.dims[at % d]} = ${x[at]}`;
  }
  return undefined;
}

/** A check that throws SimulationError naming the mechanism that produced a bad value. */
export function strictCheck(world: World): Check {
  return (mechanism, process) => {
    const bad = findNonFinite(world);
    if (bad !== undefined) throw new SimulationError(world.tick, process === undefined ? mechanism : `${mechanism} (process ${process})`, bad);
  };
}
