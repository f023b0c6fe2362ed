/**
 * The states of a scenario as `rcmp explain` describes them: listed in the file, or drawn from
 * the `generate` block with the scenario's seed exactly as a run draws them (the same stream,
 * the same order), so that powers and ideals of generated states can be reported too.
 */
import type {Scenario} from "../scenario/schema.js";
import {createStreams} from "../model/random.js";
import {hegemonOf} from "../model/compile.js";
import {statesOf} from "../model/statesOf.js";

/** States in id order (the order the engine holds them in), values N×D row-major. */
export interface Population {
  generated: boolean;
  n: number;
  d: number;
  dims: string[];
  ids: string[];
  regions: string[];
  power: Float64Array;
  stubbornness: Float64Array;
  openness: Float64Array;
  /** u, domestic ideals. */
  ideal: Float64Array;
  /** x(0), starting positions. */
  initial: Float64Array;
  /** States whose file gives an `initial` position apart from the ideal. */
  withInitial: number;
  /** Index of the hegemon: `hegemon:` in the file, else the most powerful state (first in id order on ties). */
  hegemon: number;
}

/** The population of a validated scenario: the engine's own states and hegemon for its seed. */
export function populationOf(s: Scenario): Population {
  const dims = Array.from(s.dimensions, (dim) => dim.id);
  const states = statesOf(s, dims, createStreams(s.seed).generate);
  return {
    generated: s.generate !== undefined,
    n: states.ids.length,
    d: dims.length,
    dims,
    ids: states.ids,
    regions: states.regions,
    power: states.power,
    stubbornness: states.stubbornness,
    openness: states.openness,
    ideal: states.ideal,
    initial: states.initial,
    withInitial: (s.states ?? []).filter((st) => st.initial !== undefined).length,
    hegemon: hegemonOf(s, states.ids, states.power)
  };
}

/** Indices of the states of each region, regions sorted by name. */
export function byRegion(pop: Population): [region: string, states: number[]][] {
  const regions = [...new Set(pop.regions)].sort();
  return regions.map((r) => [r, pop.regions.flatMap((x, i) => (x === r ? [i] : []))]);
}

/** Column k of an N×D array, for the given states. */
export function column(values: Float64Array, d: number, k: number, states?: readonly number[]): Float64Array {
  const who = states ?? Array.from({length: values.length / d}, (_, i) => i);
  return Float64Array.from(who, (i) => values[i * d + k]);
}

/** The members of a process as state ids (`"*"` expands to every state), in id order. */
export function resolveIds(pop: Population, refs: readonly string[]): string[] {
  if (refs.includes("*")) return pop.ids.slice();
  const set = new Set(refs);
  return pop.ids.filter((id) => set.has(id));
}
