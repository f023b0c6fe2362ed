/**
 * Meeting step 8: civil society. NGOs at the table (participation q_p) pull attendees toward
 * their position v on the agenda: x_id += q_p · ν · o_i · (v_d − x_id).
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";

export const civilSociety = mechanism<"civilSociety", MeetingMechanism<"civilSociety">>({
  name: "civilSociety",
  scope: "meeting",
  title: "Civil society",
  does: "NGOs at the table pull attendees toward the civil-society position on the agenda",
  equation: "x_id += q_p·ν·o_i·(v_d − x_id)",
  parameters: "`dynamics.civilSociety.rate` ν, `position` v; `processes[].ngo` q",
  off: "ν = 0, or q = 0 (government only)",
  offSettings: {"dynamics.civilSociety.rate": 0},
  run(world, m) {
    const pull = m.process.ngo * world.params.civilSociety.rate;
    if (pull === 0) return;
    const {d, x, openness} = world;
    const v = world.params.civilSociety.position;
    for (const i of m.attendees) {
      for (const k of m.agenda) x[i * d + k] += pull * openness[i] * (v[k] - x[i * d + k]);
    }
  }
});
