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

/** The first non-finite position as `state.dimension = value`, or undefined. */
export function findNonFinite(world: World): string | undefined {
  const {x, d} = world;
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
