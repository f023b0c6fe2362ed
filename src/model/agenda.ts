/**
 * Meeting step 2: the agenda G. All allowed topics when `agendaSize` covers them; otherwise
 * `agendaSize` topics drawn without replacement with weight
 * emphasis_d · (0.01 + mean over attendees of |x_id − b_d|): issues where practice lags the
 * model come up more often. A topic of emphasis 0 never comes up.
 */
import type {ProcessState, World} from "./world.js";

export function agenda(world: World, p: ProcessState, attendees: Int32Array, best: Float64Array): Int32Array {
  const topics = p.topics;
  if (p.agendaSize >= topics.length) return topics.slice();
  const {d, x} = world;
  const emphasis = p.facilitator?.emphasis;
  const weights = Array.from(topics, (k) => {
    let gap = 0;
    for (const i of attendees) gap += Math.abs(x[i * d + k] - best[k]);
    const mean = attendees.length > 0 ? gap / attendees.length : 0;
    return (emphasis ? emphasis[k] : 1) * (0.01 + mean);
  });
  const pool = Array.from(topics);
  const chosen: number[] = [];
  const random = world.streams.agenda;
  while (chosen.length < p.agendaSize && pool.length > 0) {
    const total = weights.reduce((s, w) => s + w, 0);
    if (!(total > 0)) break; // only topics of zero emphasis are left: they never come up
    let r = random() * total;
    let pick = weights.findLastIndex((w) => w > 0);
    for (let c = 0; c < pool.length; c++) {
      r -= weights[c];
      if (r < 0) {
        pick = c;
        break;
      }
    }
    chosen.push(pool[pick]);
    pool.splice(pick, 1);
    weights.splice(pick, 1);
  }
  return Int32Array.from(chosen.sort((a, b) => a - b));
}
