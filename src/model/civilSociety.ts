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
    const {attendees, agenda} = m; // index loops: see agenda.ts
    for (let a = 0; a < attendees.length; a++) {
      const i = attendees[a];
      for (let c = 0; c < agenda.length; c++) x[i * d + agenda[c]] += pull * openness[i] * (v[agenda[c]] - x[i * d + agenda[c]]);
    }
  }
});
