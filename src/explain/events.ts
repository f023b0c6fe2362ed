/**
 * ODD+D III.iii Input data: the scenario's events, in the order the run applies them (by tick,
 * then file order), each described in words.
 */
import type {Scenario, ScenarioEvent} from "../scenario/schema.js";
import {dimShiftVector, toTick} from "../scenario/resolve.js";
import {code, dimList, num, tickLabel} from "./format.js";

/** The events as a numbered list, or a sentence saying there are none. */
export function eventsList(s: Scenario): string {
  if (s.events.length === 0) return "No events: ideals and processes stay as they start.";
  const dims = s.dimensions.map((d) => d.id);
  const timed = s.events.map((e, i) => ({e, i, tick: toTick(e.at, s.calendar)})).sort((a, b) => a.tick - b.tick || a.i - b.i);
  return timed
    .map(({e, tick}, k) => {
      const note = tick < 0 ? " (before the start: applied at tick 0)" : tick >= s.ticks ? " (after the last step: never applied)" : "";
      return `${k + 1}. ${tickLabel(tick, s.calendar)}${note}: ${eventText(e, dims)}`;
    })
    .join("\n");
}

function eventText(e: ScenarioEvent, dims: string[]): string {
  const parts: string[] = [];
  if (e.shift) {
    const who = whoText(e.shift.states);
    if (e.shift.ideal) parts.push(`ideals of ${who} shift by ${dimList(dims, dimShiftVector(e.shift.ideal, dims), true)}`);
    if (e.shift.position) parts.push(`positions of ${who} shift by ${dimList(dims, dimShiftVector(e.shift.position, dims), true)}`);
    parts[parts.length - 1] += " (clipped to [0, 1])";
  }
  if (e.process) parts.push(processText(e.process));
  return `${parts.join("; ")}.`;
}

function whoText(states: NonNullable<ScenarioEvent["shift"]>["states"]): string {
  if (states === "all") return "every state";
  if (Array.isArray(states)) return states.join(", ");
  return `region ${code(states.region)}`;
}

function processText(p: NonNullable<ScenarioEvent["process"]>): string {
  const changes: string[] = [];
  if (p.join?.length) changes.push(`${p.join.join(", ")} join${p.join.length === 1 ? "s" : ""} as member${p.join.length === 1 ? "" : "s"}`);
  if (p.observe?.length) changes.push(`${p.observe.join(", ")} become${p.observe.length === 1 ? "s" : ""} observer${p.observe.length === 1 ? "" : "s"}`);
  if (p.leave?.length) changes.push(`${p.leave.join(", ")} leave${p.leave.length === 1 ? "s" : ""}`);
  if (p.ngo !== undefined) changes.push(`NGO participation q becomes ${num(p.ngo)}`);
  if (p.meetEvery !== undefined) changes.push(`it meets every ${p.meetEvery} tick${p.meetEvery === 1 ? "" : "s"}`);
  if (p.attendance !== undefined) changes.push(`attendance becomes ${num(p.attendance)}`);
  if (p.end) changes.push("it ends (no meeting from this tick on)");
  return `process ${code(p.id)}: ${changes.length > 0 ? changes.join(", ") : "no change"}`;
}
