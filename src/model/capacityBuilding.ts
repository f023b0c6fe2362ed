/**
 * Meeting step 6: capacity building. Training by the facilitator moves each attendee toward
 * best practice on the agenda: x_id += α · o_i · e_s · (b_d − x_id), the step capped at 1.
 * Dimensions where the facilitator has no practice (no standard) get no training.
 */
import {meetingBest} from "./meetings.js";
import {mechanism, type MeetingMechanism} from "./mechanism.js";

export const capacityBuilding = mechanism<"capacityBuilding", MeetingMechanism<"capacityBuilding">>({
  name: "capacityBuilding",
  scope: "meeting",
  title: "Capacity building",
  does: "training moves each attendee toward best practice on the agenda, on the dimensions the facilitator has a practice for",
  equation: "x_id += min(1, α·o_i·e_s)·(b_d − x_id)",
  parameters: "`facilitators[].capacityRate` α",
  off: "α = 0 (or no facilitator)",
  offSettings: {"facilitators.*.capacityRate": 0},
  run(world, m) {
    const alpha = m.process.facilitator?.capacityRate ?? 0;
    if (alpha === 0) return;
    const {d, x, openness} = world;
    const best = meetingBest(world, m);
    const {attendees, agenda, practiced} = m; // index loops: see agenda.ts
    for (let a = 0; a < attendees.length; a++) {
      const i = attendees[a];
      const step = Math.min(1, alpha * openness[i] * m.effect);
      for (let c = 0; c < agenda.length; c++) {
        const k = agenda[c];
        if (practiced[k]) x[i * d + k] += step * (best[k] - x[i * d + k]);
      }
    }
  }
});
