/**
 * Checks what the schema alone cannot: that ids are unique and every reference names
 * something that exists (with a did-you-mean), that dimension maps cover every dimension,
 * and that times make sense. Returns every problem found, each with its path.
 */
import type {Scenario, DimValues} from "./schema.js";
import type {RawProblem} from "./zodProblems.js";
import {excerpt, shownProblems, suggestion as suggestionOf} from "./problems.js";
import {generatedIds} from "./generatedIds.js";

type Path = (string | number)[];

export function checkScenario(s: Scenario): RawProblem[] {
  const problems: RawProblem[] = [];
  const add = (path: Path, message: string) => problems.push({path, message});
  // Past the problems shown, messages are only counted: no did-you-mean to search for.
  const suggestion = (word: string, candidates: readonly string[]) => (problems.length < shownProblems ? suggestionOf(word, candidates) : "");
  const dims = s.dimensions.map((d) => d.id);
  const dimSet = new Set(dims);
  unique(dims, ["dimensions"], add);
  if ((s.states === undefined) === (s.generate === undefined)) {
    add([], s.states === undefined ? "expected `states` or `generate`" : "expected `states` or `generate`, not both");
  }
  const stateIds = s.states ? s.states.map((x) => x.id) : s.generate ? generatedIds(s.generate) : [];
  if (s.states) unique(stateIds, ["states"], add);
  s.states?.forEach((st, i) => {
    dimMap(st.ideal, dimSet, ["states", i, "ideal"], add, suggestion);
    if (st.initial !== undefined) dimMap(st.initial, dimSet, ["states", i, "initial"], add, suggestion);
  });
  const known = new Set(stateIds);
  const refs = (ids: readonly string[], path: Path, allowAll = false) =>
    ids.forEach((id, k) => {
      if (allowAll && id === "*") return;
      if (!known.has(id)) add([...path, k], `no state has id ${excerpt(id)}${suggestion(id, stateIds)}`);
    });
  const facilitatorIds = s.facilitators.map((f) => f.id);
  unique(facilitatorIds, ["facilitators"], add);
  const facilitatorSet = new Set(facilitatorIds);
  s.facilitators.forEach((f, i) => {
    if (typeof f.bestPractice === "object" && "exemplars" in f.bestPractice) refs(f.bestPractice.exemplars, ["facilitators", i, "bestPractice", "exemplars"]);
    if (typeof f.bestPractice === "object" && "vector" in f.bestPractice) dimMap(f.bestPractice.vector, dimSet, ["facilitators", i, "bestPractice", "vector"], add, suggestion);
    dimMap(f.emphasis, dimSet, ["facilitators", i, "emphasis"], add, suggestion);
  });
  const processIds = s.processes.map((p) => p.id);
  unique(processIds, ["processes"], add);
  const processSet = new Set(processIds);
  s.processes.forEach((p, i) => {
    const at = ["processes", i];
    refs(p.members, [...at, "members"], true);
    refs(p.observers, [...at, "observers"], true);
    refs(p.funders, [...at, "funders"]);
    if (p.facilitator !== undefined && !facilitatorSet.has(p.facilitator)) {
      add([...at, "facilitator"], `no facilitator has id ${excerpt(p.facilitator)}${suggestion(p.facilitator, facilitatorIds)}`);
    }
    p.topics?.forEach((t, k) => {
      if (!dimSet.has(t)) add([...at, "topics", k], `no dimension has id ${excerpt(t)}${suggestion(t, dims)}`);
    });
    if (s.calendar === undefined && typeof p.founded === "number" && !Number.isInteger(p.founded)) add([...at, "founded"], "without a calendar, times are whole ticks");
  });
  if (s.hegemon !== undefined && !known.has(s.hegemon)) add(["hegemon"], `no state has id ${excerpt(s.hegemon)}${suggestion(s.hegemon, stateIds)}`);
  dimMap(s.dynamics.civilSociety.position, dimSet, ["dynamics", "civilSociety", "position"], add, suggestion);
  if (s.figures?.dimension !== undefined && !dimSet.has(s.figures.dimension)) {
    add(["figures", "dimension"], `no dimension has id ${excerpt(s.figures.dimension)}${suggestion(s.figures.dimension, dims)}`);
  }
  s.events.forEach((e, i) => {
    const at = ["events", i];
    if (e.shift === undefined && e.process === undefined) add(at, "an event needs `shift` or `process`");
    if (e.shift) {
      const st = e.shift.states;
      if (Array.isArray(st)) refs(st, [...at, "shift", "states"]);
      if (e.shift.ideal) dimMap(e.shift.ideal, dimSet, [...at, "shift", "ideal"], add, suggestion, false);
      if (e.shift.position) dimMap(e.shift.position, dimSet, [...at, "shift", "position"], add, suggestion, false);
    }
    if (e.process) {
      if (!processSet.has(e.process.id)) add([...at, "process", "id"], `no process has id ${excerpt(e.process.id)}${suggestion(e.process.id, processIds)}`);
      for (const k of ["join", "leave", "observe"] as const) refs(e.process[k] ?? [], [...at, "process", k]);
    }
  });
  return problems;
}

function unique(ids: string[], path: Path, add: (p: Path, m: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add([...path, i, "id"], `duplicate id ${excerpt(id)}`);
    seen.add(id);
  });
}

/** A dimension map names only known dimensions and, when `complete`, covers every one (or has `"*"`). */
function dimMap(values: DimValues | Record<string, number> | number[], dims: ReadonlySet<string>, path: Path, add: (p: Path, m: string) => void,
  suggestion: (word: string, candidates: readonly string[]) => string, complete = true): void {
  if (Array.isArray(values)) {
    if (values.length !== dims.size) add(path, `expected ${dims.size} values, one per dimension (${[...dims].join(", ")}), got ${values.length}`);
    return;
  }
  for (const key of Object.keys(values)) {
    if (key !== "*" && !dims.has(key)) add([...path, key], `no dimension has id ${excerpt(key)}${suggestion(key, [...dims])}`);
  }
  if (!complete || "*" in values) return;
  const missing = [...dims].filter((d) => !(d in values));
  if (missing.length > 0) add(path, `missing dimension${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} (give a value, or "*" for the rest)`);
}
