/**
 * The part of a raw scenario that can be read even when the schema refuses it, shaped as a
 * validated scenario, so that the reference checks (`checkScenario`: unknown ids, dimension
 * maps, duplicates) run alongside the schema's problems and every problem is reported at once.
 *
 * What cannot be read is left out so that it raises no problem of its own: a list element of
 * the wrong type leaves a hole (list indices, and so the places reported, stay those of the
 * file); a list whose ids cannot all be read is not checked against (a state whose id is a
 * number could be the one a member list names); an unreadable dimension map counts as
 * complete. The schema reports those values itself.
 */
import type {DimValues, Scenario} from "./schema.js";

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The strings of a list at their indices (holes elsewhere); undefined when `v` is no list. */
function strings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  v.forEach((x, k) => {
    if (typeof x === "string") out[k] = x;
  });
  return out;
}

/** The ids of a list of objects, and whether every one of them could be read. */
function idsOf(list: unknown): {ids: string[]; readable: boolean} {
  if (!Array.isArray(list)) return {ids: [], readable: list === undefined};
  const ids = list.map((x, k) => (isObject(x) ? text(x.id) : undefined) ?? `\u0000${k}`);
  return {ids, readable: ids.every((id) => !id.startsWith("\u0000"))};
}

/** A dimension map or list as written, or "complete" (`{"*": 0}`) when it cannot be read. */
function dimValues(v: unknown, dimsReadable: boolean): DimValues {
  if (!dimsReadable) return {"*": 0};
  if (Array.isArray(v)) return v as number[];
  return isObject(v) ? (v as Record<string, number>) : {"*": 0};
}

/** The readable part of `raw`, for `checkScenario`. */
export function readableScenario(raw: Raw): Scenario {
  const dims = idsOf(raw.dimensions);
  const states = idsOf(raw.states);
  const generate = isObject(raw.generate) ? raw.generate : undefined;
  const count = generate?.count;
  const generated = Number.isInteger(count) && (count as number) >= 1 && (count as number) <= 100_000 && (generate?.prefix === undefined || typeof generate.prefix === "string");
  // State references are checked only against a list of states read whole.
  const stateRefs = raw.states !== undefined ? states.readable : generate === undefined || generated;
  const refs = (v: unknown) => (stateRefs ? strings(v) : []);
  const facilitators = idsOf(raw.facilitators);
  const processes = idsOf(raw.processes);
  const dimsOk = dims.readable && raw.dimensions !== undefined;
  const map = (v: unknown) => dimValues(v, dimsOk);
  const s = {
    dimensions: dims.ids.map((id) => ({id})),
    states: raw.states === undefined ? undefined : (Array.isArray(raw.states) ? raw.states : []).map((x: unknown, k) => {
      const st = isObject(x) ? x : {};
      return {id: states.ids[k], ideal: map(st.ideal), initial: st.initial === undefined ? undefined : map(st.initial)};
    }),
    generate: generate === undefined ? undefined : generated ? {count, prefix: text(generate.prefix) ?? "S"} : {count: 0, prefix: "S"},
    facilitators: (Array.isArray(raw.facilitators) ? raw.facilitators : []).map((x: unknown, k) => {
      const f = isObject(x) ? x : {};
      return {id: facilitators.ids[k], bestPractice: bestPractice(f.bestPractice, refs, map), emphasis: isObject(f.emphasis) || Array.isArray(f.emphasis) ? map(f.emphasis) : {"*": 1}};
    }),
    processes: (Array.isArray(raw.processes) ? raw.processes : []).map((x: unknown, k) => {
      const p = isObject(x) ? x : {};
      return {
        id: processes.ids[k], members: refs(p.members) ?? [], observers: refs(p.observers) ?? [], funders: refs(p.funders) ?? [],
        facilitator: facilitators.readable ? text(p.facilitator) : undefined,
        topics: dimsOk ? strings(p.topics) : undefined,
        founded: typeof p.founded === "number" ? p.founded : {tick: 0}
      };
    }),
    calendar: raw.calendar === undefined ? undefined : {start: 0, perYear: 1},
    hegemon: stateRefs ? text(raw.hegemon) : undefined,
    dynamics: {civilSociety: {position: map(isObject(raw.dynamics) && isObject(raw.dynamics.civilSociety) ? raw.dynamics.civilSociety.position ?? {"*": 0} : {"*": 0})}},
    events: (Array.isArray(raw.events) ? raw.events : []).map((x: unknown) => eventOf(isObject(x) ? x : {}, refs, dimsOk, processes.readable ? processes.ids : undefined))
  };
  return s as unknown as Scenario;
}

function bestPractice(v: unknown, refs: (v: unknown) => string[] | undefined, map: (v: unknown) => DimValues): unknown {
  if (isObject(v) && "exemplars" in v) return {exemplars: refs(v.exemplars) ?? []};
  if (isObject(v) && "vector" in v) return {vector: map(v.vector)};
  return "standard";
}

/** An event as far as it reads; one whose process cannot be checked keeps a harmless `shift` so as not to be called empty. */
function eventOf(e: Raw, refs: (v: unknown) => string[] | undefined, dimsOk: boolean, processIds: string[] | undefined): unknown {
  const shift = isObject(e.shift) ? e.shift : undefined;
  const process = isObject(e.process) ? e.process : undefined;
  const states = shift === undefined ? undefined : Array.isArray(shift.states) ? refs(shift.states) ?? [] : isObject(shift.states) ? shift.states : "all";
  const shiftMap = (v: unknown) => (dimsOk && isObject(v) ? v : undefined);
  const id = text(process?.id);
  const checkable = process !== undefined && id !== undefined && processIds !== undefined;
  return {
    shift: shift !== undefined ? {states, ideal: shiftMap(shift.ideal), position: shiftMap(shift.position)} : checkable || e.process === undefined ? undefined : {states: []},
    process: checkable ? {id, join: refs(process.join), leave: refs(process.leave), observe: refs(process.observe)} : undefined
  };
}
