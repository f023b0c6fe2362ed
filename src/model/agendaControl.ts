/**
 * Meeting step 3: agenda control. H is the most powerful funder present (else the most
 * powerful attendee), s_H = p_H / Σ_A p_i its share of power in the room. Each topic on which
 * H's own ideal is further than θ from best practice is withheld with probability
 * min(1, strength · s_H). Returns the agenda that remains; counts what was withheld.
 */
import type {ProcessState, World} from "./world.js";

export function agendaControl(world: World, p: ProcessState, attendees: Int32Array, best: Float64Array, topics: Int32Array): Int32Array {
  const {agendaStrength: strength, agendaThreshold: theta} = world.params;
  if (strength === 0 || attendees.length === 0 || topics.length === 0) return topics;
  const h = controller(world, p, attendees);
  let total = 0;
  for (const i of attendees) total += world.power[i];
  const chance = Math.min(1, (strength * world.power[h]) / total);
  const kept = world.scratch.kept;
  let count = 0;
  for (const k of topics) {
    if (Math.abs(world.u[h * world.d + k] - best[k]) > theta && world.streams.agendaControl() < chance) {
      world.counts.withheld++;
      world.counts.totalWithheld++;
    } else kept[count++] = k;
  }
  return kept.subarray(0, count);
}

/** The most powerful funder present, else the most powerful attendee (first in order on ties). */
function controller(world: World, p: ProcessState, attendees: Int32Array): number {
  let best = -1;
  for (const i of attendees) {
    if (p.funders.includes(i) && (best < 0 || world.power[i] > world.power[best])) best = i;
  }
  if (best >= 0) return best;
  best = attendees[0];
  for (const i of attendees) if (world.power[i] > world.power[best]) best = i;
  return best;
}
