/**
 * A scenario's states as a run holds them: in id order, listed in the file or drawn by
 * `generate`, their values as N×D arrays; the regions among them and the influence weights.
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector} from "../scenario/resolve.js";
import {generatedIds} from "../scenario/generatedIds.js";
import {generatedDraws, generatedRegions} from "./generateStates.js";
import {log} from "./math/log.js";
import {exp} from "./math/exp.js";

/** A scenario's states in id order: who they are, and their values (N×D row-major for positions). */
export interface States {
  /** Each state's place in the file (identity for generated states). */
  fileOrder: Int32Array;
  ids: string[];
  names: string[];
  regions: string[];
  power: Float64Array;
  ideal: Float64Array;
  initial: Float64Array;
  stubbornness: Float64Array;
  openness: Float64Array;
}

/** Who generated states are, without their values: the part the seed does not change. */
export type GeneratedShape = Pick<States, "fileOrder" | "ids" | "regions">;

type Generate = NonNullable<Scenario["generate"]>;

/**
 * The states in id order, listed in the file or drawn from `generate` with `random` (a run's
 * `generate` stream), with their values as N×D row-major arrays.
 */
export function statesOf(s: Scenario, dims: string[], random: () => number): States {
  const d = dims.length;
  if (s.generate !== undefined) return withDraws(generatedShape(s.generate), s.generate, d, random);
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

/** The ids, regions and (identity) file order of generated states. */
export function generatedShape(g: Generate): GeneratedShape {
  const ids = generatedIds(g);
  const fileOrder = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) fileOrder[i] = i;
  return {fileOrder, ids, regions: generatedRegions(g)};
}

/** Generated states: `shape`'s states (its arrays taken, not copied) with values drawn from `random` (`generatedDraws`' order). */
export function withDraws(shape: GeneratedShape, g: Generate, d: number, random: () => number): States {
  const {ideal, power, stubbornness} = generatedDraws(g, d, random);
  const openness = new Float64Array(shape.ids.length).fill(g.openness);
  return {fileOrder: shape.fileOrder, ids: shape.ids, names: shape.ids, regions: shape.regions, power, ideal, initial: ideal.slice(), stubbornness, openness};
}

/** The inverse of a permutation: out[order[k]] = k. */
function inverse(order: readonly number[]): Int32Array {
  const out = new Int32Array(order.length);
  order.forEach((i, k) => {
    out[i] = k;
  });
  return out;
}

/** The distinct regions, sorted, and each state's index among them. */
export function regionsOf(names: readonly string[]): {regions: string[]; regionOf: Int32Array} {
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
