/**
 * The states of a scenario as `rcmp explain` describes them: listed in the file, or drawn from
 * the `generate` block with the scenario's seed exactly as a run draws them (the same stream,
 * the same order), so that powers and ideals of generated states can be reported too.
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector} from "../scenario/resolve.js";
import {createStreams} from "../model/random.js";
import {generateStates} from "../model/generateStates.js";

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

/** The population of a validated scenario. */
export function populationOf(s: Scenario): Population {
  const dims = s.dimensions.map((dim) => dim.id);
  const d = dims.length;
  const base = s.generate !== undefined ? generated(s, dims) : listed(s, dims);
  const n = base.ids.length;
  const given = s.hegemon === undefined ? -1 : base.ids.indexOf(s.hegemon);
  return {...base, n, d, dims, hegemon: given >= 0 ? given : strongest(base.power)};
}

function generated(s: Scenario, dims: string[]) {
  const g = generateStates(s.generate!, dims.length, createStreams(s.seed).generate);
  return {
    generated: true,
    ids: g.ids,
    regions: g.regions,
    power: g.power,
    stubbornness: g.stubbornness,
    openness: new Float64Array(g.ids.length).fill(g.openness),
    ideal: g.ideal,
    initial: g.ideal.slice(),
    withInitial: 0
  };
}

function listed(s: Scenario, dims: string[]) {
  const list = [...(s.states ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const d = dims.length;
  const ideal = new Float64Array(list.length * d);
  const initial = new Float64Array(list.length * d);
  list.forEach((st, i) => {
    ideal.set(dimVector(st.ideal, dims), i * d);
    initial.set(dimVector(st.initial ?? st.ideal, dims), i * d);
  });
  return {
    generated: false,
    ids: list.map((st) => st.id),
    regions: list.map((st) => st.region),
    power: Float64Array.from(list, (st) => st.power),
    stubbornness: Float64Array.from(list, (st) => st.stubbornness),
    openness: Float64Array.from(list, (st) => st.openness),
    ideal,
    initial,
    withInitial: list.filter((st) => st.initial !== undefined).length
  };
}

function strongest(power: Float64Array): number {
  let best = 0;
  for (let i = 1; i < power.length; i++) if (power[i] > power[best]) best = i;
  return best;
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
