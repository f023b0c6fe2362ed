/**
 * Meeting step 6: civil society. NGOs at the table (participation q_p) pull attendees toward
 * their position v on the agenda: x_id += q_p · ν · o_i · (v_d − x_id).
 */
import type {Meeting} from "./meetingContext.js";
import type {World} from "./world.js";

export function civilSociety(world: World, m: Meeting): void {
  const pull = m.process.ngo * world.params.civilRate;
  if (pull === 0) return;
  const {d, x, openness} = world;
  const v = world.params.civilPosition;
  for (const i of m.attendees) {
    for (const k of m.agenda) x[i * d + k] += pull * openness[i] * (v[k] - x[i * d + k]);
  }
}
