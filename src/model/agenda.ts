/**
 * Meeting step 4: the agenda G. All allowed topics when `agendaSize` covers them; otherwise
 * `agendaSize` topics drawn without replacement with weight
 * emphasis_d · (0.01 + mean over attendees of |x_id − b_d|): issues where practice lags the
 * model come up more often. A topic of emphasis 0 never comes up.
 */
import {meetingBest} from "./meetings.js";
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import type {Meeting, World} from "./world.js";

export const agenda = mechanism<"agenda", MeetingMechanism<"agenda">>({
  name: "agenda",
  scope: "meeting",
  title: "Agenda",
  does: "all allowed topics if agendaSize covers them, else agendaSize topics drawn without replacement with weight emphasis_d·(0.01 + mean over attendees of |x_id − b_d|)",
  parameters: "`processes[].agendaSize`, `topics`, `facilitators[].emphasis`",
  off: "`agendaSize` absent: every allowed topic at every meeting",
  run(world, m) {
    if (m.process.agendaSize < m.process.topics.length) m.agenda = drawAgenda(world, m);
  }
});

/** `agendaSize` topics drawn from the allowed ones (ascending; in the world's scratch). */
function drawAgenda(world: World, m: Meeting): Int32Array {
  const {process: p, attendees} = m;
  const best = meetingBest(world, m);
  const topics = p.topics;
  const {d, x} = world;
  const emphasis = p.facilitator?.emphasis;
  const {pool, topicWeights: weights, agenda: chosen} = world.scratch;
  let left = topics.length;
  for (let c = 0; c < left; c++) {
    const k = topics[c];
    let gap = 0; // an index loop, not for…of: V8's iterator over a typed array cost 4x here; the same sum
    for (let a = 0; a < attendees.length; a++) gap += Math.abs(x[attendees[a] * d + k] - best[k]);
    const mean = attendees.length > 0 ? gap / attendees.length : 0;
    weights[c] = (emphasis ? emphasis[k] : 1) * (0.01 + mean);
    pool[c] = k;
  }
  let count = 0;
  const random = world.streams.agenda;
  while (count < p.agendaSize && left > 0) {
    let total = 0;
    let pick = -1; // the last topic of positive weight, should rounding leave r ≥ 0 to the end
    for (let c = 0; c < left; c++) {
      total += weights[c];
      if (weights[c] > 0) pick = c;
    }
    if (!(total > 0)) break; // only topics of zero emphasis are left: they never come up
    let r = random() * total;
    for (let c = 0; c < left; c++) {
      r -= weights[c];
      if (r < 0) {
        pick = c;
        break;
      }
    }
    chosen[count++] = pool[pick];
    left--;
    pool.copyWithin(pick, pick + 1, left + 1);
    weights.copyWithin(pick, pick + 1, left + 1);
  }
  return chosen.subarray(0, count).sort(); // a typed array sorts numerically
}
