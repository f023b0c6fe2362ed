/**
 * Checks what the schema alone cannot: that ids are unique and every reference names
 * something that exists (with a did-you-mean), that dimension maps cover every dimension,
 * and that times make sense. Returns every problem found, each with its path.
 */
import type {Scenario, DimValues} from "./schema.js";
import type {RawProblem} from "./zodProblems.js";
import {suggestion} from "./problems.js";
import {generatedIds} from "./generatedIds.js";

type Path = (string | number)[];

export function checkScenario(s: Scenario): RawProblem[] {
  const problems: RawProblem[] = [];
  const add = (path: Path, message: string) => problems.push({path, message});
  const dims = s.dimensions.map((d) => d.id);
  unique(dims, ["dimensions"], add);
  if ((s.states === undefined) === (s.generate === undefined)) {
    add([], s.states === undefined ? "expected `states` or `generate`" : "expected `states` or `generate`, not both");
  }
  const stateIds = s.states ? s.states.map((x) => x.id) : s.generate ? generatedIds(s.generate) : [];
  if (s.states) unique(stateIds, ["states"], add);
  s.states?.forEach((st, i) => {
    dimMap(st.ideal, dims, ["states", i, "ideal"], add);
    if (st.initial !== undefined) dimMap(st.initial, dims, ["states", i, "initial"], add);
  });
  const known = new Set(stateIds);
  const refs = (ids: readonly string[], path: Path, allowAll = false) =>
    ids.forEach((id, k) => {
      if (allowAll && id === "*") return;
      if (!known.has(id)) add([...path, k], `no state has id "${id}"${suggestion(id, stateIds)}`);
    });
  const facilitatorIds = s.facilitators.map((f) => f.id);
  unique(facilitatorIds, ["facilitators"], add);
  s.facilitators.forEach((f, i) => {
    if (typeof f.bestPractice === "object" && "exemplars" in f.bestPractice) refs(f.bestPractice.exemplars, ["facilitators", i, "bestPractice", "exemplars"]);
    if (typeof f.bestPractice === "object" && "vector" in f.bestPractice) dimMap(f.bestPractice.vector, dims, ["facilitators", i, "bestPractice", "vector"], add);
    dimMap(f.emphasis, dims, ["facilitators", i, "emphasis"], add);
  });
  const processIds = s.processes.map((p) => p.id);
  unique(processIds, ["processes"], add);
  s.processes.forEach((p, i) => {
    const at = ["processes", i];
    refs(p.members, [...at, "members"], true);
    refs(p.observers, [...at, "observers"], true);
    refs(p.funders, [...at, "funders"]);
    if (p.facilitator !== undefined && !facilitatorIds.includes(p.facilitator)) {
      add([...at, "facilitator"], `no facilitator has id "${p.facilitator}"${suggestion(p.facilitator, facilitatorIds)}`);
    }
    p.topics?.forEach((t, k) => {
      if (!dims.includes(t)) add([...at, "topics", k], `no dimension has id "${t}"${suggestion(t, dims)}`);
    });
    if (s.calendar === undefined && typeof p.founded === "number" && !Number.isInteger(p.founded)) add([...at, "founded"], "without a calendar, times are whole ticks");
  });
  if (s.hegemon !== undefined && !known.has(s.hegemon)) add(["hegemon"], `no state has id "${s.hegemon}"${suggestion(s.hegemon, stateIds)}`);
  dimMap(s.dynamics.civilSociety.position, dims, ["dynamics", "civilSociety", "position"], add);
  s.events.forEach((e, i) => {
    const at = ["events", i];
    if (e.shift === undefined && e.process === undefined) add(at, "an event needs `shift` or `process`");
    if (e.shift) {
      const st = e.shift.states;
      if (Array.isArray(st)) refs(st, [...at, "shift", "states"]);
      if (e.shift.ideal) dimMap(e.shift.ideal, dims, [...at, "shift", "ideal"], add, false);
      if (e.shift.position) dimMap(e.shift.position, dims, [...at, "shift", "position"], add, false);
    }
    if (e.process) {
      if (!processIds.includes(e.process.id)) add([...at, "process", "id"], `no process has id "${e.process.id}"${suggestion(e.process.id, processIds)}`);
      for (const k of ["join", "leave", "observe"] as const) refs(e.process[k] ?? [], [...at, "process", k]);
    }
  });
  return problems;
}

function unique(ids: string[], path: Path, add: (p: Path, m: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add([...path, i, "id"], `duplicate id "${id}"`);
    seen.add(id);
  });
}

/** A dimension map names only known dimensions and, when `complete`, covers every one (or has `"*"`). */
function dimMap(values: DimValues | Record<string, number> | number[], dims: string[], path: Path, add: (p: Path, m: string) => void, complete = true): void {
  if (Array.isArray(values)) {
    if (values.length !== dims.length) add(path, `expected ${dims.length} values, one per dimension (${dims.join(", ")}), got ${values.length}`);
    return;
  }
  for (const key of Object.keys(values)) {
    if (key !== "*" && !dims.includes(key)) add([...path, key], `no dimension has id "${key}"${suggestion(key, dims)}`);
  }
  if (!complete || "*" in values) return;
  const missing = dims.filter((d) => !(d in values));
  if (missing.length > 0) add(path, `missing dimension${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} (give a value, or "*" for the rest)`);
}
