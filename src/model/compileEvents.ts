/**
 * Events as closures over the world, sorted by tick (stable: scenario order within a tick).
 * A shift moves ideals (and optionally positions) by the given amounts, clipped to [0,1];
 * a process event changes membership, observers, NGO level, frequency or attendance, or ends it.
 */
import type {Scenario, ScenarioEvent} from "../scenario/schema.js";
import {dimShiftVector, toTick} from "../scenario/resolve.js";
import {mask, membersOf, type StateIndex} from "./masks.js";
import type {CompiledEvent, World} from "./world.js";

export function compileEvents(s: Scenario, world: World, index: StateIndex): CompiledEvent[] {
  const events = Array.from(s.events, (e) => ({tick: toTick(e.at, s.calendar), apply: eventAction(e, world, index)}));
  return events.sort((a, b) => a.tick - b.tick);
}

function eventAction(e: ScenarioEvent, world: World, index: StateIndex): (w: World) => void {
  const actions: ((w: World) => void)[] = [];
  if (e.shift) {
    const sel = e.shift.states;
    const who =
      sel === "all" ? new Uint8Array(world.n).fill(1) : Array.isArray(sel) ? mask(sel, world.n, index) : Uint8Array.from(world.regionOf, (r) => (world.regions[r] === sel.region ? 1 : 0));
    if (e.shift.ideal) actions.push(shiftRows("u", who, dimShiftVector(e.shift.ideal, world.dims)));
    if (e.shift.position) actions.push(shiftRows("x", who, dimShiftVector(e.shift.position, world.dims)));
  }
  if (e.process) {
    const change = e.process;
    const p = world.processes.find((q) => q.id === change.id)!;
    actions.push((w) => {
      for (const id of change.join ?? []) {
        p.members[index.get(id)!] = 1;
        p.observers[index.get(id)!] = 0;
      }
      for (const id of change.observe ?? []) {
        p.observers[index.get(id)!] = 1;
        p.members[index.get(id)!] = 0;
      }
      for (const id of change.leave ?? []) {
        p.members[index.get(id)!] = 0;
        p.observers[index.get(id)!] = 0;
      }
      p.memberList = membersOf(p.members);
      if (change.ngo !== undefined) p.ngo = change.ngo;
      if (change.meetEvery !== undefined) p.meetEvery = change.meetEvery;
      if (change.attendance !== undefined) p.attendance = change.attendance;
      if (change.end) p.ends = Math.min(p.ends, w.tick);
    });
  }
  return (w) => actions.forEach((a) => a(w));
}

function shiftRows(field: "u" | "x", who: Uint8Array, delta: Float64Array): (w: World) => void {
  return (w) => {
    const arr = w[field];
    for (let i = 0; i < w.n; i++) {
      if (!who[i]) continue;
      for (let k = 0; k < w.d; k++) {
        const v = arr[i * w.d + k] + delta[k];
        arr[i * w.d + k] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  };
}
