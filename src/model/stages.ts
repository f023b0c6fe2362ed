/**
 * Meeting step 8: the acquis and the stage. m_p is the mean position of the attendees on all
 * dimensions. After `stages.meetings` meetings at a stage with mean member trust at or above
 * the stage's bar, the process moves up a stage (Klekowski von Koppenfels: forum, common
 * language, plan of action, operational; at most 4).
 */
import type {Meeting} from "./meetingContext.js";
import {meanTrust} from "./trust.js";
import type {World} from "./world.js";

export function acquisAndStage(world: World, m: Meeting): void {
  const p = m.process;
  const {d, x} = world;
  if (m.attendees.length > 0) {
    const acquis = (p.acquis ??= new Float64Array(d)).fill(0); // overwritten in place: only the clearing house reads it
    for (const i of m.attendees) for (let k = 0; k < d; k++) acquis[k] += x[i * d + k] / m.attendees.length;
  }
  p.meetingsAtStage++;
  const {stageMeetings, stageTrust} = world.params;
  if (p.stage < 4 && p.meetingsAtStage >= stageMeetings && meanTrust(world, membersOf(p.members)) >= stageTrust[p.stage - 1]) {
    p.stage++;
    p.meetingsAtStage = 0;
  }
}

/** Indices where a mask is set. */
export function membersOf(mask: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return Int32Array.from(out);
}
