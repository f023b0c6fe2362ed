/**
 * Per-state trajectories: every state's position on every dimension at chosen ticks, kept as
 * one N×D Float64Array per recorded tick (the world's order: states by id, dimensions as in the
 * scenario). `results/positionsCsv.ts` turns them into `positions.csv`. Pure: no files.
 */
import type {World} from "../model/world.js";
import {toTick, yearOf} from "../scenario/resolve.js";
import type {Scenario} from "../scenario/schema.js";

/**
 * Which ticks to record positions at: `true` for every tick the metrics are recorded at (tick
 * 0, every `metrics.every` ticks and the last), or only the times named: `years` (calendar
 * years, each turned into its tick; a whole year is its first tick) and/or `ticks`.
 */
export type PositionSpec = true | {years?: readonly number[]; ticks?: readonly number[]};

/** Positions recorded during one run. */
export interface Positions {
  /** State ids in the world's order (the order of `values`' rows). */
  states: string[];
  /** Indices into `states` in the scenario file's order (the order result files list states in). */
  fileOrder: number[];
  /** Dimension ids, in the scenario's order. */
  dims: string[];
  /** Recorded ticks, ascending. */
  ticks: number[];
  /** Calendar year of each recorded tick, or null without a calendar. */
  years: (number | null)[];
  /** values[k]: N×D positions (row-major, row = state) at the k-th recorded tick. */
  values: Float64Array[];
}

/** Copies the world's positions at the ticks a {@link PositionSpec} asks for. */
export class PositionRecorder {
  readonly positions: Positions;
  private readonly wanted: ReadonlySet<number> | undefined;
  private readonly calendar: Scenario["calendar"];

  constructor(world: World, scenario: Scenario, spec: PositionSpec) {
    this.calendar = scenario.calendar;
    this.wanted = spec === true ? undefined : wantedTicks(spec, scenario.calendar);
    this.positions = {states: [...world.stateIds], fileOrder: Array.from(world.fileOrder), dims: [...world.dims], ticks: [], years: [], values: []};
  }

  /** Records the current tick if asked for; `recorded` says whether the metrics were recorded at it. */
  record(world: World, recorded: boolean): void {
    if (this.wanted === undefined ? !recorded : !this.wanted.has(world.tick)) return;
    this.positions.ticks.push(world.tick);
    this.positions.years.push(yearOf(world.tick, this.calendar));
    this.positions.values.push(world.x.slice());
  }
}

/** The ticks of the years and ticks a spec names. */
export function wantedTicks(spec: {years?: readonly number[]; ticks?: readonly number[]}, calendar: Scenario["calendar"]): Set<number> {
  return new Set([...(spec.years ?? []).map((y) => toTick(y, calendar)), ...(spec.ticks ?? [])]);
}
