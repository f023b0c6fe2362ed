/**
 * Processes and their facilitators as typed arrays: membership masks, topics as dimension
 * indices, founding and ending as ticks, best-practice sources resolved to state indices.
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector, toTick} from "../scenario/resolve.js";
import type {FacilitatorState, ProcessState, Source, World} from "./world.js";
import {mask, membersOf, type StateIndex} from "./masks.js";

export function compileProcesses(s: Scenario, world: World, index: StateIndex): ProcessState[] {
  const facilitators = new Map(Array.from(s.facilitators, (f) => [f.id, compileFacilitator(f, world, index)]));
  return Array.from(s.processes, (p): ProcessState => {
    const topics = p.topics === undefined ? Array.from(world.dims, (_, k) => k) : world.dims.flatMap((dim, k) => (p.topics!.includes(dim) ? [k] : []));
    const members = mask(p.members, world.n, index);
    // Object.assign, not {...p, members, ...}: see paramsOf in compile.ts (one map for every run's processes).
    return Object.assign({}, p, {
      members,
      memberList: membersOf(members),
      observers: mask(p.observers, world.n, index),
      founded: toTick(p.founded, s.calendar),
      ends: p.ends === undefined ? Infinity : toTick(p.ends, s.calendar),
      topics: Int32Array.from(topics),
      agendaSize: Math.min(p.agendaSize ?? topics.length, topics.length),
      meetingsAtStage: 0,
      meetings: 0,
      facilitator: p.facilitator === undefined ? null : facilitators.get(p.facilitator)!,
      funders: Int32Array.from(p.funders, (id) => index.get(id)!),
      acquis: null
    });
  });
}

function compileFacilitator(f: Scenario["facilitators"][number], world: World, index: StateIndex): FacilitatorState {
  let source: Source;
  if (f.bestPractice === "standard") source = {kind: "standard", vector: world.standard, has: world.hasStandard};
  else if ("exemplars" in f.bestPractice) source = {kind: "exemplars", states: Int32Array.from(f.bestPractice.exemplars, (id) => index.get(id)!)};
  else source = {kind: "vector", vector: dimVector(f.bestPractice.vector, world.dims)};
  const {bestPractice: _bestPractice, ...rest} = f;
  return Object.assign({}, rest, {source, emphasis: dimVector(f.emphasis, world.dims)});
}
