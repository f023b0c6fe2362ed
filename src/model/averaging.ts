/**
 * Averaging dialogue (DeGroot, Friedkin–Johnsen, Hegselmann–Krause). On a snapshot taken after
 * capacity building, each attendee i hears the attendees within ε of it, N_i (itself included),
 * distance being the RMS over the agenda; sources weigh q_ij = w_j / Σ_{k∈N_i} w_k with
 * w = p^h; trust scales how much is learnt:
 *   x_id += min(1, μ · o_i · e_s) · Σ_{j∈N_i} q_ij · T_ij^τ · (x_jd − x_id).
 * `boundedConfidence` is the general path; two fast paths give the same numbers (to rounding)
 * when trust is constant: everyone within ε (O(a·g)) and one topic (sorted, O(a log a)).
 */
import type {Meeting, World} from "./world.js";
import {powerWeights, rescaledWeights, stepSize, sumsAreSafe, trustScale} from "./dialogueRule.js";
import {sortedAveraging} from "./sortedAveraging.js";

export function averaging(world: World, m: Meeting): void {
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (world.params.dialogue.rate === 0 || a < 2 || g === 0) return;
  const snap = snapshot(world, m);
  const w = powerWeights(world, m);
  const fast = world.trust === null && sumsAreSafe(w);
  if (fast && world.params.dialogue.confidence >= 1 && everyoneHearsEveryone(world, m, snap, w)) return;
  if (fast && g === 1 && sortedAveraging(world, m, snap, w)) return;
  boundedConfidence(world, m, snap, w);
}

/** The agenda columns of the attendees' positions, a × g (in the world's scratch). */
export function snapshot(world: World, m: Meeting): Float64Array {
  const g = m.agenda.length;
  const snap = world.scratch.snapshot;
  for (let a = 0; a < m.attendees.length; a++) {
    const i = m.attendees[a];
    for (let c = 0; c < g; c++) snap[a * g + c] = world.x[i * world.d + m.agenda[c]];
  }
  return snap;
}

/**
 * Everyone hears everyone (ε ≥ 1) with constant trust: Σ_j q_ij T^τ (x_j − x_i) = T^τ (x̄_w − x_i),
 * in O(a·g). Returns false, changing nothing, when every weight underflows.
 */
export function everyoneHearsEveryone(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const g = m.agenda.length;
  const a = m.attendees.length;
  let total = 0;
  const mean = world.scratch.perTopic.fill(0);
  for (let b = 0; b < a; b++) {
    total += w[b];
    for (let c = 0; c < g; c++) mean[c] += w[b] * snap[b * g + c];
  }
  if (total === 0) return false;
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    const step = stepSize(world, i, m.effect) * t;
    for (let c = 0; c < g; c++) world.x[i * world.d + m.agenda[c]] += step * (mean[c] / total - snap[b * g + c]);
  }
  return true;
}

/** The general rule: neighbours within ε by distance over the agenda, any trust. */
export function boundedConfidence(world: World, m: Meeting, snap: Float64Array, w: Float64Array): void {
  const g = m.agenda.length;
  const a = m.attendees.length;
  const confidence = world.params.dialogue.confidence;
  const limit = confidence * confidence * g;
  const near = world.scratch.near;
  const acc = world.scratch.perTopic;
  for (let b = 0; b < a; b++) {
    let count = 0;
    let total = 0;
    for (let j = 0; j < a; j++) {
      let d2 = 0;
      for (let c = 0; c < g && d2 <= limit; c++) {
        const diff = snap[j * g + c] - snap[b * g + c];
        d2 += diff * diff;
      }
      if (d2 <= limit) {
        near[count++] = j;
        total += w[j];
      }
    }
    // Weights indexed by attendee; when all of N_i's underflow, rescaled ones indexed by position in N_i.
    let local: Float64Array | null = null;
    if (total === 0) {
      local = rescaledWeights(world, m, near, count);
      for (let c = 0; c < count; c++) total += local[c];
      if (total === 0) continue;
    }
    acc.fill(0);
    const i = m.attendees[b];
    for (let c = 0; c < count; c++) {
      const j = near[c];
      const q = ((local === null ? w[j] : local[c]) / total) * trustScale(world, i, m.attendees[j]);
      for (let k = 0; k < g; k++) acc[k] += q * (snap[j * g + k] - snap[b * g + k]);
    }
    const step = stepSize(world, i, m.effect);
    for (let k = 0; k < g; k++) world.x[i * world.d + m.agenda[k]] += step * acc[k];
  }
}
