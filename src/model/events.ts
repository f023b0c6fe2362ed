/**
 * Tick step 1: events. The scenario's events due at or before this tick that have not been
 * applied yet are applied, in time order (scenario order within a tick); see compileEvents.ts.
 */
import {mechanism, type TickMechanism} from "./mechanism.js";

export const events = mechanism<"events", TickMechanism<"events">>({
  name: "events",
  scope: "tick",
  title: "Events",
  does: "applies the events due at or before this tick, in time order: shifts of ideals or positions, changes to a process (join, leave, observe, NGO level, rhythm, attendance, end)",
  parameters: "`events`",
  off: "no events (`events: []`)",
  offSettings: {events: []},
  uses: ["compileEvents.ts"],
  run(world) {
    while (world.eventCursor < world.events.length && world.events[world.eventCursor].tick <= world.tick) {
      world.events[world.eventCursor].apply(world);
      world.eventCursor++;
    }
  }
});
