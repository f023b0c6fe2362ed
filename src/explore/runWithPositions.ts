/**
 * Runs the engine as `rcmp run` does and also keeps every state's position at every tick, for
 * the explorer's map and the notebooks' position views. The run itself is `simulate`, unchanged.
 */
import {simulate, type RunResult} from "../run/simulate.js";
import type {World} from "../model/world.js";
import type {Scenario} from "../scenario/schema.js";
import {yearOf} from "../scenario/resolve.js";

/** Positions over time: `x[k]` is the N×D position array (row-major) at `ticks[k]`. */
export interface Trajectories {
  ticks: number[];
  /** Calendar year of each tick, or null without a calendar. */
  years: (number | null)[];
  x: Float64Array[];
}

/** A run's result and its trajectories (tick 0 included). */
export interface RunWithPositions {
  result: RunResult;
  trajectories: Trajectories;
}

/**
 * `simulate(scenario, {skip})` with the states' positions copied after every tick (and x(0)
 * first); `skip` leaves mechanisms out as `rcmp run --skip` does (default none).
 */
export function runWithPositions(scenario: Scenario, skip: readonly string[] = []): RunWithPositions {
  const ticks: number[] = [];
  const x: Float64Array[] = [];
  const result = simulate(scenario, {
    skip,
    onTick: (world) => {
      ticks.push(world.tick);
      x.push(world.x.slice());
    }
  });
  ticks.unshift(0);
  x.unshift(result.world.x0.slice());
  return {result, trajectories: {ticks, years: ticks.map((t) => yearOf(t, scenario.calendar)), x}};
}

/** One state's positions at trajectory index `k`, in the shape `positionsFigure` takes. */
export function statePositions(world: World, x: Float64Array): {id: string; region: string; values: Record<string, number>}[] {
  return world.stateIds.map((id, i) => ({
    id,
    region: world.regions[world.regionOf[i]],
    values: Object.fromEntries(world.dims.map((dim, d) => [dim, x[i * world.d + d]]))
  }));
}

/** The mean position per dimension of an N×D array. */
export function meanPosition(world: World, x: Float64Array): number[] {
  return world.dims.map((_, d) => {
    let sum = 0;
    for (let i = 0; i < world.n; i++) sum += x[i * world.d + d];
    return sum / world.n;
  });
}
