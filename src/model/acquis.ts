/**
 * Meeting step 10: the acquis and the stage. m_p is the mean position of the attendees on all
 * dimensions. After `stages.meetings` meetings at a stage with mean member trust at or above
 * the stage's bar, the process moves up a stage (Klekowski von Koppenfels: forum, common
 * language, plan of action, operational; at most 4).
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import {meanTrust} from "./trust.js";
import type {ProcessState} from "./world.js";

export const acquis = mechanism<"acquis", MeetingMechanism<"acquis">>({
  name: "acquis",
  scope: "meeting",
  title: "Acquis and stage",
  does: "m_p = the attendees' mean position on all dimensions (for the clearing house, when the process's facilitator runs one); after stages.meetings meetings at a stage with mean member trust ≥ the stage's bar, the stage rises by one (at most 4)",
  parameters: "`dynamics.stages.meetings`, `trust`, `effect`",
  off: "stages change nothing when every stage effect is 1 (the default); leaving `acquis` out also starves the clearing house",
  run(world, m) {
    const p = m.process;
    const {d, x} = world;
    // Only the clearing house reads the acquis, and only where the facilitator's κ is not 0 (fixed
    // for the run): without one, the sums are left out (p.acquis stays null, which it skips).
    if ((p.facilitator?.clearingHouse ?? 0) !== 0) acquisOf(p, x, d, m.attendees);
    p.meetingsAtStage++;
    const {meetings, trust} = world.params.stages;
    if (p.stage < 4 && p.meetingsAtStage >= meetings && meanTrust(world, p.memberList) >= trust[p.stage - 1]) {
      p.stage++;
      p.meetingsAtStage = 0;
    }
  }
});

/** m_p: the attendees' mean position on every dimension, into p.acquis (overwritten in place). */
function acquisOf(p: ProcessState, x: Float64Array, d: number, attendees: Int32Array): void {
  const out = (p.acquis ??= new Float64Array(d));
  for (let k = 0; k < d; k++) {
    let sum = 0; // over attendees in order, as out[k] += … would add them
    for (let a = 0; a < attendees.length; a++) sum += x[attendees[a] * d + k] / attendees.length;
    out[k] = sum;
  }
}
