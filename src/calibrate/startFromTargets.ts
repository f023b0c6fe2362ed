/**
 * Starting positions from targets: each state's position at the start, on every dimension the
 * targets cover in the starting year, is set to the observed value; dimensions or states
 * without a target there (e.g. IMPIC's "no law" cells) keep the scenario's own values.
 *
 * By default the ideals move with them (the scenarios' states start at their ideal, and a
 * starting position that domestic politics pulls away from at once would not be a start);
 * `keepIdeals` sets only the starting positions (`initial`).
 */
import {isMap, isScalar, isSeq, type Node, type Pair} from "yaml";
import type {ParsedText} from "../scenario/load.js";
import {InputError} from "../scenario/problems.js";
import {dimVector} from "../scenario/resolve.js";
import type {Scenario} from "../scenario/schema.js";
import type {Target} from "../results/targetsCsv.js";

/** One starting value to set. */
export interface StartValue {
  state: string;
  dimension: string;
  value: number;
}

/** The starting values of `year`, for the scenario's listed states and its dimensions; and the (state, dimension) pairs with none. */
export function startValues(targets: readonly Target[], year: number, scenario: Scenario): {values: StartValue[]; missing: StartValue[]} {
  if (scenario.states === undefined) throw new InputError("starting positions from targets need a scenario that lists its states (this one generates them)");
  const dims = scenario.dimensions.map((d) => d.id);
  const at = targets.filter((t) => t.year === year && dims.includes(t.dimension));
  const covered = dims.filter((d) => at.some((t) => t.dimension === d));
  const values: StartValue[] = [];
  const missing: StartValue[] = [];
  for (const s of scenario.states) {
    for (const dimension of covered) {
      const t = at.find((x) => x.state === s.id && x.dimension === dimension);
      if (t === undefined) missing.push({state: s.id, dimension, value: NaN});
      else values.push({state: s.id, dimension, value: t.value});
    }
  }
  return {values, missing};
}

/** The scenario with the starting values set (full maps for the states they touch). */
export function withStart(scenario: Scenario, values: readonly StartValue[], keepIdeals: boolean): Scenario {
  const dims = scenario.dimensions.map((d) => d.id);
  const states = (scenario.states ?? []).map((s) => {
    const mine = values.filter((v) => v.state === s.id);
    if (mine.length === 0) return s;
    const replace = (vector: Float64Array) => {
      for (const v of mine) vector[dims.indexOf(v.dimension)] = v.value;
      return Object.fromEntries(dims.map((d, k) => [d, vector[k]]));
    };
    const ideal = keepIdeals ? s.ideal : replace(dimVector(s.ideal, dims));
    return {...s, ideal, initial: replace(dimVector(s.initial ?? s.ideal, dims))};
  });
  return {...scenario, states};
}

/**
 * The scenario file's text with the starting values written into each state's `ideal` (and its
 * `initial`, when it has one), rounded to `digits` decimals. Only the numbers change: comments
 * and layout stay as they were. Each value must already be written in the file (as a key of
 * the map or an element of the list); a missing one is an InputError naming the state.
 */
export function startScenarioText(parsed: ParsedText, text: string, values: readonly StartValue[], digits: number, dims: readonly string[]): string {
  const doc = parsed.doc;
  const states = doc?.get("states", true);
  if (doc === undefined || !isSeq(states)) throw new InputError([{file: parsed.file, path: ["states"], message: "expected a list of states"}]);
  const edits: {from: number; to: number; text: string}[] = [];
  const problems: string[] = [];
  for (const v of values) {
    const state = states.items.find((item) => isMap(item) && String(item.get("id")) === v.state);
    const fields = ["ideal", "initial"].map((f) => (isMap(state) ? (state.get(f, true) as Node | undefined) : undefined));
    if (fields[0] === undefined) problems.push(`${v.state}: no ideal to write to`);
    for (const field of fields) {
      if (field === undefined) continue;
      const node = valueNode(field, v.dimension, dims);
      if (node?.range === undefined || node.range === null) problems.push(`${v.state}: ${v.dimension} is not written out in its ${field === fields[0] ? "ideal" : "initial"} (write it as a key, then run again)`);
      else edits.push({from: node.range[0], to: node.range[1], text: v.value.toFixed(digits)});
    }
  }
  if (problems.length > 0) throw new InputError(problems.map((message) => ({file: parsed.file, path: ["states"], message})));
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** The scalar node of one dimension in a map (by key) or list (by position). */
function valueNode(field: Node, dimension: string, dims: readonly string[]): Node | undefined {
  if (isMap(field)) {
    const pair = field.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === dimension);
    return isScalar(pair?.value) ? pair.value : undefined;
  }
  if (isSeq(field)) {
    const item = field.items[dims.indexOf(dimension)];
    return isScalar(item) ? item : undefined;
  }
  return undefined;
}
