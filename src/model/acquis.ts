/**
 * Meeting step 10: the acquis and the stage. m_p is the mean position of the attendees on all
 * dimensions. After `stages.meetings` meetings at a stage with mean member trust at or above
 * the stage's bar, the process moves up a stage (Klekowski von Koppenfels: forum, common
 * language, plan of action, operational; at most 4).
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import {meanTrust} from "./trust.js";
import type {World} from "./world.js";

export const acquis = mechanism<"acquis", MeetingMechanism<"acquis">>({
  name: "acquis",
  scope: "meeting",
  title: "Acquis and stage",
  does: "m_p = the attendees' mean position on all dimensions; after stages.meetings meetings at a stage with mean member trust ≥ the stage's bar, the stage rises by one (at most 4)",
  parameters: "`dynamics.stages.meetings`, `trust`, `effect`",
  off: "stages change nothing when every stage effect is 1 (the default); leaving `acquis` out also starves the clearing house",
  run(world, m) {
    const p = m.process;
    const {d, x} = world;
    const acquisOf = (p.acquis ??= new Float64Array(d)); // overwritten in place: only the clearing house reads it
    const {attendees} = m;
    for (let k = 0; k < d; k++) {
      let sum = 0; // over attendees in order, as acquisOf[k] += … would add them
      for (let a = 0; a < attendees.length; a++) sum += x[attendees[a] * d + k] / attendees.length;
      acquisOf[k] = sum;
    }
    p.meetingsAtStage++;
    const {meetings, trust} = world.params.stages;
    if (p.stage < 4 && p.meetingsAtStage >= meetings && meanTrust(world, world.scratch.members, memberList(world, p.members)) >= trust[p.stage - 1]) {
      p.stage++;
      p.meetingsAtStage = 0;
    }
  }
});

/** Puts the states set in a mask in `world.scratch.members`, ascending (until the next call); returns their count. */
function memberList(world: World, mask: Uint8Array): number {
  const list = world.scratch.members;
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] !== 0) list[count++] = i;
  return count;
}
