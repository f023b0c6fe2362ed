/**
 * Meeting step 4: capacity building. Training by the facilitator moves each attendee toward
 * best practice on the agenda: x_id += α · o_i · e_s · (b_d − x_id), the step capped at 1.
 * Dimensions where the facilitator has no practice (no standard) get no training.
 */
import type {Meeting} from "./meetingContext.js";
import type {World} from "./world.js";

export function capacityBuilding(world: World, m: Meeting): void {
  const alpha = m.process.facilitator?.alpha ?? 0;
  if (alpha === 0) return;
  const {d, x, openness} = world;
  for (const i of m.attendees) {
    const step = Math.min(1, alpha * openness[i] * m.effect);
    for (const k of m.agenda) if (m.practiced[k]) x[i * d + k] += step * (m.best[k] - x[i * d + k]);
  }
}
