/**
 * One tick, in the order of the design: events, meetings (each process whose turn it is, in
 * scenario order), clearing house, trust decay, domestic politics. Step t turns tick t into
 * tick t + 1. Recording is the caller's (see `simulate`).
 */
import type {World} from "./world.js";
import {holdMeeting, meetingMechanisms} from "./meeting.js";
import {meetsAt} from "./schedule.js";
import {clearingHouse} from "./clearingHouse.js";
import {trustDecay} from "./trust.js";
import type {Check} from "./guard.js";
import {domesticPolitics} from "./domesticPolitics.js";

const noCheck: Check = () => {};

/** The tick's mechanisms in order; `meetings` runs the meeting mechanisms of each process that meets. */
export const tickMechanisms: [name: string, run: (world: World, check: Check) => void][] = [
  ["events", applyEvents],
  ["meetings", (w, check) => {
    for (const p of w.processes) if (meetsAt(p, w.tick)) holdMeeting(w, p, check);
  }],
  ["clearingHouse", clearingHouse],
  ["trustDecay", trustDecay],
  ["domesticPolitics", domesticPolitics]
];

/** Every mechanism that `simulate({skip})` can leave out. */
export const mechanismNames: readonly string[] = [
  ...tickMechanisms.map(([name]) => name),
  "funderSteering",
  "agendaControl",
  ...meetingMechanisms.map(([name]) => name)
];

export function step(world: World, check: Check = noCheck): void {
  world.counts.meetings = 0;
  world.counts.withheld = 0;
  for (const [name, run] of tickMechanisms) {
    if (world.skip.has(name)) continue;
    run(world, check);
    check(name);
  }
  world.tick++;
}

/** Applies the events due at or before this tick that have not been applied yet. */
function applyEvents(world: World): void {
  while (world.eventCursor < world.events.length && world.events[world.eventCursor].tick <= world.tick) {
    world.events[world.eventCursor].apply(world);
    world.eventCursor++;
  }
}
