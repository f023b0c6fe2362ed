/**
 * The registry: every mechanism of the model, one entry each, in the order a tick runs them.
 * The meeting mechanisms run, in their order, inside `meetings`, once per process that meets.
 * This list is the one place that decides what runs and when: `activeSteps` removes the
 * mechanisms a run leaves out (`simulate({skip})`), and nothing else consults a skip list.
 * `mechanismNames`, `rcmp explain` and the mechanism table of docs/MODEL.md read it.
 *
 * Adding a mechanism: its own file exporting a `mechanism({...})` entry, its parameters in the
 * schema (src/scenario/schema.ts) and Params, and one line here.
 */
import type {Mechanism, MeetingMechanism, TickMechanism} from "./mechanism.js";
import type {World} from "./world.js";
import {events} from "./events.js";
import {meetings} from "./meetings.js";
import {attendance} from "./attendance.js";
import {bestPractice} from "./bestPractice.js";
import {funderSteering} from "./funderSteering.js";
import {agenda} from "./agenda.js";
import {agendaControl} from "./agendaControl.js";
import {capacityBuilding} from "./capacityBuilding.js";
import {dialogue} from "./dialogue.js";
import {civilSociety} from "./civilSociety.js";
import {trust} from "./trust.js";
import {acquis} from "./acquis.js";
import {clearingHouse} from "./clearingHouse.js";
import {trustDecay} from "./trustDecay.js";
import {domesticPolitics} from "./domesticPolitics.js";

/** Every mechanism, in the order of a tick (a meeting's own steps right after `meetings`). */
export const mechanisms = [
  events,
  meetings,
  attendance,
  bestPractice,
  funderSteering,
  agenda,
  agendaControl,
  capacityBuilding,
  dialogue,
  civilSociety,
  trust,
  acquis,
  clearingHouse,
  trustDecay,
  domesticPolitics
] as const satisfies readonly Mechanism[];

/** The name of a mechanism of the registry. */
export type MechanismName = (typeof mechanisms)[number]["name"];

/** Every mechanism that `simulate({skip})` can leave out, in registry order. */
export const mechanismNames: readonly MechanismName[] = Array.from(mechanisms, (m) => m.name);

/** The registry entry of a name; throws `unknown mechanism: <name> (expected one of ...)`. */
export function mechanismOf(name: string): Mechanism {
  const found = mechanisms.find((m) => m.name === name);
  if (found === undefined) throw new Error(`unknown mechanism: ${name} (expected one of ${mechanismNames.join(", ")})`);
  return found;
}

/** The tick's and the meeting's steps of a run that leaves out `skip` (names checked). */
export function activeSteps(skip: readonly string[] = []): {tick: TickMechanism[]; meeting: MeetingMechanism[]} {
  const left = new Set(Array.from(skip, (name) => mechanismOf(name).name));
  const tick: TickMechanism[] = [];
  const meeting: MeetingMechanism[] = [];
  for (const m of mechanisms as readonly Mechanism[]) {
    if (left.has(m.name)) continue;
    if (m.scope === "tick") tick.push(m);
    else meeting.push(m);
  }
  return {tick, meeting};
}

/** Calls the `init` of each of a run's mechanisms once, in registry order, on its freshly compiled world. */
export function initSteps(steps: ReturnType<typeof activeSteps>, world: World): void {
  for (const m of mechanisms as readonly Mechanism[]) {
    if (m.init !== undefined && ((steps.tick as Mechanism[]).includes(m) || (steps.meeting as Mechanism[]).includes(m))) m.init(world);
  }
}
