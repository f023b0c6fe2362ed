/**
 * Meeting step 10: the acquis and the stage. m_p is the mean position of the attendees on all
 * dimensions. After `stages.meetings` meetings at a stage with mean member trust at or above
 * the stage's bar, the process moves up a stage (Klekowski von Koppenfels: forum, common
 * language, plan of action, operational; at most 4).
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import {meanTrust} from "./trust.js";
import {membersOf} from "./masks.js";

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
    const acquisOf = (p.acquis ??= new Float64Array(d)).fill(0); // overwritten in place: only the clearing house reads it
    for (const i of m.attendees) for (let k = 0; k < d; k++) acquisOf[k] += x[i * d + k] / m.attendees.length;
    p.meetingsAtStage++;
    const {meetings, trust} = world.params.stages;
    if (p.stage < 4 && p.meetingsAtStage >= meetings && meanTrust(world, membersOf(p.members)) >= trust[p.stage - 1]) {
      p.stage++;
      p.meetingsAtStage = 0;
    }
  }
});
