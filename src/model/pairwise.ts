/**
 * Pairwise dialogue (Deffuant–Weisbuch). `encounters × |A|` times, draw two distinct attendees
 * i, j uniformly; if their distance over the agenda is within ε, both move at once (on the
 * positions before the encounter), encounters being sequential:
 *   x_i += min(1, μ · o_i · e_s · c_ij) · T_ij^τ · (x_j − x_i),  c_ij = min(1/μ, 2 w_j / (w_i + w_j)),
 * and symmetrically for j; w = p^h (times observerWeight for observers). When every pair pulls
 * alike (constant trust, equal weights), `uniformPairwise` gives the same numbers faster.
 */
import type {Meeting, World} from "./world.js";
import {pairWeight, powerWeights, stepSize, trustScale} from "./dialogueRule.js";
import {aleaState} from "./random.js";
import {uniformPairwise} from "./uniformPairwise.js";

export function pairwise(world: World, m: Meeting): void {
  const {rate: mu, confidence, encounters} = world.params.dialogue;
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (mu === 0 || a < 2 || g === 0) return;
  const random = world.streams.dialogue;
  const state = aleaState(random);
  if (state !== undefined && uniformPairwise(world, m, state)) return;
  const w = powerWeights(world, m);
  const draws = Math.round(encounters * a);
  const limit = confidence * confidence * g;
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
    const t = trustScale(world, i, j);
    const si = stepSize(world, i, m.effect, Math.min(1 / mu, pairWeight(world, m, w, bi, bj))) * t;
    const sj = stepSize(world, j, m.effect, Math.min(1 / mu, pairWeight(world, m, w, bj, bi))) * t;
    for (let c = 0; c < g; c++) {
      const k = m.agenda[c];
      const diff = x[j * d + k] - x[i * d + k];
      x[i * d + k] += si * diff;
      x[j * d + k] -= sj * diff;
    }
  }
}
