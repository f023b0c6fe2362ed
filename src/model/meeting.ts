/**
 * One meeting of a process, steps 2.1 to 2.8 of the design in order: attendance, best
 * practice, agenda, agenda control, capacity building, dialogue, civil society, trust,
 * acquis and stage.
 */
import type {Meeting} from "./meetingContext.js";
import type {Check} from "./guard.js";
import type {ProcessState, World} from "./world.js";
import {bestPractice} from "./bestPractice.js";
import {agenda} from "./agenda.js";
import {agendaControl} from "./agendaControl.js";
import {capacityBuilding} from "./capacityBuilding.js";
import {averaging} from "./averaging.js";
import {pairwise} from "./pairwise.js";
import {civilSociety} from "./civilSociety.js";
import {trustGain} from "./trust.js";
import {acquisAndStage} from "./stages.js";

/** A step of a meeting, named for error messages. */
export type MeetingMechanism = [name: string, run: (world: World, m: Meeting) => void];

export const meetingMechanisms: MeetingMechanism[] = [
  ["capacityBuilding", capacityBuilding],
  ["dialogue", (w, m) => (w.params.mode === "averaging" ? averaging(w, m) : pairwise(w, m))],
  ["civilSociety", civilSociety],
  ["trust", (w, m) => trustGain(w, m.attendees)],
  ["acquis", acquisAndStage]
];

/** Holds the meeting; `check(name, process)` runs after each mechanism (the run's guard against non-finite values). */
export function holdMeeting(world: World, p: ProcessState, check: Check): void {
  const {attendees, observer} = attendance(world, p);
  if (attendees.length === 0) return; // nobody came: no meeting, nothing counted
  const {best, practiced} = bestPractice(world, p, attendees);
  const proposed = agenda(world, p, attendees, best);
  const topics = world.skip.has("agendaControl") ? proposed : agendaControl(world, p, attendees, best, proposed);
  const m: Meeting = {process: p, attendees, observer, best, practiced, agenda: topics, effect: world.params.stageEffect[p.stage - 1]};
  for (let k = 0; k < meetingMechanisms.length; k++) {
    const [name, run] = meetingMechanisms[k];
    if (world.skip.has(name)) continue;
    run(world, m);
    check(name, p.id);
  }
  p.meetings++;
  world.counts.meetings++;
  world.counts.totalMeetings++;
}

/** Members and observers present, each with probability `attendance` (no draw when it is 1); views of the world's scratch. */
function attendance(world: World, p: ProcessState): {attendees: Int32Array; observer: Uint8Array} {
  const {attendees, observer} = world.scratch;
  const random = world.streams.attendance;
  let count = 0;
  for (let i = 0; i < world.n; i++) {
    const member = p.members[i] === 1;
    if (!member && p.observers[i] !== 1) continue;
    if (p.attendance < 1 && random() >= p.attendance) continue;
    attendees[count] = i;
    observer[count] = member ? 0 : 1;
    count++;
  }
  return {attendees: attendees.subarray(0, count), observer: observer.subarray(0, count)};
}
