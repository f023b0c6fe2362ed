/**
 * Meeting step 5, `pairwise` dialogue (Deffuant–Weisbuch). `encounters × |A|` times, draw two
 * distinct attendees i, j uniformly; if their distance over the agenda is within ε, both move
 * at once (on the positions before the encounter), encounters being sequential:
 *   x_i += μ · o_i · e_s · c_ij · T_ij^τ · (x_j − x_i),  c_ij = min(1/μ, 2 w_j / (w_i + w_j)),
 * and symmetrically for j; w = p^h (times observerWeight for observers); the step
 * μ · o · e_s · c is capped at 1 (no overshoot).
 */
import type {Meeting} from "./meetingContext.js";
import type {World} from "./world.js";
import {sourceWeights, trustFactor} from "./sourceWeights.js";

export function pairwise(world: World, m: Meeting): void {
  const {rate: mu, confidence, encounters} = world.params;
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (mu === 0 || a < 2 || g === 0) return;
  const w = sourceWeights(world, m);
  const draws = Math.round(encounters * a);
  const limit = confidence * confidence * g;
  const random = world.streams.dialogue;
  const {x, d} = world;
  for (let e = 0; e < draws; e++) {
    const bi = Math.floor(random() * a);
    let bj = Math.floor(random() * (a - 1));
    if (bj >= bi) bj++;
    const i = m.attendees[bi];
    const j = m.attendees[bj];
    let d2 = 0;
    for (let c = 0; c < g && d2 <= limit; c++) {
      const diff = x[i * d + m.agenda[c]] - x[j * d + m.agenda[c]];
      d2 += diff * diff;
    }
    if (d2 > limit) continue;
    const t = trustFactor(world, i, j);
    const si = Math.min(1, mu * m.effect * world.openness[i] * pull(world, m, w, bi, bj, mu)) * t;
    const sj = Math.min(1, mu * m.effect * world.openness[j] * pull(world, m, w, bj, bi, mu)) * t;
    for (let c = 0; c < g; c++) {
      const k = m.agenda[c];
      const diff = x[j * d + k] - x[i * d + k];
      x[i * d + k] += si * diff;
      x[j * d + k] -= sj * diff;
    }
  }
}

/**
 * c = min(1/μ, 2 w_to / (w_self + w_to)). When both weights underflow to 0 at a high bias, the
 * same ratio from powers in logs; a source of weight 0 (an observer at observerWeight 0) pulls no one.
 */
function pull(world: World, m: Meeting, w: Float64Array, self: number, to: number, mu: number): number {
  const sum = w[self] + w[to];
  let c: number;
  if (sum > 0) c = (2 * w[to]) / sum;
  else {
    const factor = (b: number) => (m.observer[b] ? world.params.observerWeight : 1);
    if (factor(to) === 0) return 0;
    const h = world.params.hegemonBias;
    const logRatio = h * (Math.log(world.power[m.attendees[self]]) - Math.log(world.power[m.attendees[to]]));
    c = 2 / (1 + (factor(self) / factor(to)) * Math.exp(logRatio));
  }
  return Math.min(1 / mu, c);
}
