/**
 * Tick step 2: meetings. Every active process whose turn it is holds a meeting, in scenario
 * order, each on the positions the one before left. A meeting opens with every member and
 * observer present, the attendees' mean as best practice and every allowed topic on the agenda,
 * then runs the meeting mechanisms in order; a meeting nobody attends is not held.
 */
import {mechanism, type TickMechanism} from "./mechanism.js";
import {meetsAt} from "./schedule.js";
import type {Meeting, ProcessState, World} from "./world.js";

export const meetings = mechanism<"meetings", TickMechanism<"meetings">>({
  name: "meetings",
  scope: "tick",
  title: "Meetings",
  does: "every active process whose turn it is ((t − founded) mod meetEvery = 0, founded ≤ t < ends) meets, in scenario order; each meeting sees the positions left by the one before, and runs the meeting mechanisms below in order",
  parameters: "`processes[].founded`, `ends`, `meetEvery`",
  off: "no processes (`processes: []`)",
  uses: ["schedule.ts"],
  run(world) {
    for (const p of world.processes) if (meetsAt(p, world.tick)) holdMeeting(world, p);
  }
});

/** Opens the meeting and runs each meeting step; counts it if anyone came. */
function holdMeeting(world: World, p: ProcessState): void {
  const m = openMeeting(world, p);
  const steps = world.steps.meeting;
  for (let k = 0; k < steps.length && m.attendees.length > 0; k++) {
    steps[k].run(world, m);
    world.check(steps[k].name, p.id);
  }
  if (m.attendees.length === 0) return; // nobody came: no meeting, nothing counted
  p.meetings++;
  world.counts.meetings++;
  world.counts.totalMeetings++;
}

/** The meeting before its mechanisms: everyone present, the attendees' mean as (unpractised) best practice, every allowed topic. */
function openMeeting(world: World, p: ProcessState): Meeting {
  const {attendees, observer, best, practiced} = world.scratch;
  const {members, observers} = p;
  let count = 0;
  for (let i = 0; i < world.n; i++) {
    const member = members[i] === 1;
    if (!member && observers[i] !== 1) continue;
    attendees[count] = i;
    observer[count] = member ? 0 : 1;
    count++;
  }
  for (let k = 0; k < practiced.length; k++) practiced[k] = 0;
  const m: Meeting = {
    process: p,
    attendees: attendees.subarray(0, count),
    observer: observer.subarray(0, count),
    best,
    bestReady: false,
    practiced,
    agenda: p.topics,
    effect: world.params.stages.effect[p.stage - 1]
  };
  return m;
}

/** b of a meeting (see `Meeting.best`): the attendees' mean, computed now if it has not been. */
export function meetingBest(world: World, m: Meeting): Float64Array {
  if (m.bestReady === false) {
    attendeesMean(world, m);
    m.bestReady = true;
  }
  return m.best;
}

/** Sets b to the attendees' mean position on every dimension (0 with no attendee). */
export function attendeesMean(world: World, m: Meeting): void {
  const {d, x} = world;
  const a = m.attendees;
  for (let k = 0; k < d; k++) {
    let s = 0;
    for (let c = 0; c < a.length; c++) s += x[a[c] * d + k]; // an index loop: see agenda.ts
    m.best[k] = a.length > 0 ? s / a.length : 0;
  }
}
