/**
 * Meeting step 5: agenda control. H is the most powerful funder present (else the most
 * powerful attendee), s_H = p_H / Σ_A p_i its share of power in the room. Each topic on which
 * H's own ideal is further than θ from best practice is withheld with probability
 * min(1, strength · s_H). Returns the agenda that remains; counts what was withheld.
 */
import {meetingBest} from "./meetings.js";
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import type {Meeting, World} from "./world.js";

export const agendaControl = mechanism<"agendaControl", MeetingMechanism<"agendaControl">>({
  name: "agendaControl",
  scope: "meeting",
  title: "Agenda control",
  does: "H, the most powerful funder present (else the most powerful attendee), withholds each topic d with |u_Hd − b_d| > θ with probability min(1, strength·p_H/Σ_A p)",
  parameters: "`dynamics.agendaControl.strength`, `threshold` θ",
  off: "strength = 0",
  offSettings: {"dynamics.agendaControl.strength": 0},
  run(world, m) {
    if (world.params.agendaControl.strength > 0 && m.agenda.length > 0) m.agenda = withhold(world, m);
  }
});

/** The agenda that remains once the controller has withheld what it would (in the world's scratch); counts what was withheld. */
function withhold(world: World, m: Meeting): Int32Array {
  const {strength, threshold: theta} = world.params.agendaControl;
  const {attendees, agenda: topics} = m;
  const best = meetingBest(world, m);
  const h = agendaController(m.process.funders, attendees, world.power);
  let total = 0;
  for (let a = 0; a < attendees.length; a++) total += world.power[attendees[a]]; // index loops: see agenda.ts
  const chance = Math.min(1, (strength * world.power[h]) / total);
  const kept = world.scratch.kept;
  let count = 0;
  for (let c = 0; c < topics.length; c++) {
    const k = topics[c];
    if (Math.abs(world.u[h * world.d + k] - best[k]) > theta && world.streams.agendaControl() < chance) {
      world.counts.withheld++;
      world.counts.totalWithheld++;
    } else kept[count++] = k;
  }
  return kept.subarray(0, count);
}

/**
 * Who controls the agenda: the most powerful of the `funders` among `attendees`, else the most
 * powerful attendee (the first in the order of `attendees` on ties); -1 with no attendee.
 * States are indices into `power`. `rcmp explain` asks the same function who would control.
 */
export function agendaController(funders: ArrayLike<number>, attendees: ArrayLike<number>, power: ArrayLike<number>): number {
  let best = -1;
  for (let a = 0; a < attendees.length; a++) {
    const i = attendees[a];
    if (contains(funders, i) && (best < 0 || power[i] > power[best])) best = i;
  }
  if (best >= 0 || attendees.length === 0) return best;
  best = attendees[0];
  for (let a = 0; a < attendees.length; a++) if (power[attendees[a]] > power[best]) best = attendees[a];
  return best;
}

function contains(list: ArrayLike<number>, value: number): boolean {
  for (let k = 0; k < list.length; k++) if (list[k] === value) return true;
  return false;
}
