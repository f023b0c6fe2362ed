/**
 * Averaging dialogue (DeGroot, Friedkin–Johnsen, Hegselmann–Krause). On a snapshot taken after
 * capacity building, each attendee i hears the attendees within ε of it, N_i (itself included),
 * distance being the RMS over the agenda; sources weigh q_ij = w_j / Σ_{k∈N_i} w_k with
 * w = p^h; trust scales how much is learnt:
 *   x_id += min(1, μ · o_i · e_s) · Σ_{j∈N_i} q_ij · T_ij^τ · (x_jd − x_id).
 * `boundedConfidence` is the general path; two fast paths give the same numbers (to rounding)
 * when trust is constant: everyone within ε (ε ≥ 1, or the attendees' bounding box within ε;
 * O(a·g)), one topic (sorted, O(a log a)) and several topics (neighbourhood means, neighbourMeans.ts).
 */
import type {Meeting, World} from "./world.js";
import {powerWeights, rescaledWeights, stepSize, sumsAreSafe, trustScale} from "./dialogueRule.js";
import {sortedAveraging} from "./sortedAveraging.js";
import {neighbourMeans} from "./neighbourMeans.js";
import {everyoneWithin, neighbourSums, scanNeighbours} from "./neighbours.js";
import {pairTable, tableLimit, tableRow} from "./pairTable.js";

export function averaging(world: World, m: Meeting): void {
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (world.params.dialogue.rate === 0 || a < 2 || g === 0) return;
  const snap = snapshot(world, m);
  const w = powerWeights(world, m);
  const fast = world.trust === null && sumsAreSafe(w);
  if (fast && world.params.dialogue.confidence >= 1 && everyoneHearsEveryone(world, m, snap, w)) return;
  if (fast && g === 1 && sortedAveraging(world, m, snap, w)) return;
  if (fast && everyoneWithin(snap, a, g, limitOf(world, g)) && everyoneHearsEveryone(world, m, snap, w)) return;
  if (fast && neighbourMeans(world, m, snap, w)) return;
  boundedConfidence(world, m, snap, w);
}

/** ε²·g: the bound on the squared distance over an agenda of g topics. */
function limitOf(world: World, g: number): number {
  return world.params.dialogue.confidence * world.params.dialogue.confidence * g;
}

/** The agenda columns of the attendees' positions, a × g (in the world's scratch). */
export function snapshot(world: World, m: Meeting): Float64Array {
  const g = m.agenda.length;
  const snap = world.scratch.snapshot;
  if (g === 1) {
    const {x, d} = world;
    const topic = m.agenda[0];
    for (let a = 0; a < m.attendees.length; a++) snap[a] = x[m.attendees[a] * d + topic];
    return snap;
  }
  for (let a = 0; a < m.attendees.length; a++) {
    const i = m.attendees[a];
    for (let c = 0; c < g; c++) snap[a * g + c] = world.x[i * world.d + m.agenda[c]];
  }
  return snap;
}

/**
 * Everyone hears everyone (ε ≥ 1, or all within ε) with constant trust: Σ_j q_ij T^τ (x_j − x_i) = T^τ (x̄_w − x_i),
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

/**
 * The general rule: neighbours within ε by distance over the agenda, any trust. Each attendee's
 * neighbours come in ascending order from `neighbours.ts`, whichever way they are found, and
 * every sum runs over them in that order, as a plain double loop would. The shares before trust
 * (w_j / Σ w_k over N_i) depend on N_i alone: they are computed once when everyone is within ε,
 * and kept from the attendee before when its row of the pair table is the same (`sameRow`: the
 * same neighbours, the same sums, the same quotients), as often in a room of a few clusters.
 */
export function boundedConfidence(world: World, m: Meeting, snap: Float64Array, w: Float64Array): void {
  const g = m.agenda.length;
  const a = m.attendees.length;
  const limit = limitOf(world, g);
  const scratch = world.scratch;
  const {near, shares, weightShares, perTopic: acc} = scratch;
  const all = everyoneWithin(snap, a, g, limit);
  let table: Int32Array | null = null;
  if (all) for (let j = 0; j < a; j++) near[j] = j;
  else if (a <= tableLimit) table = scratch.pairs = pairTable(snap, a, g, limit, scratch.pairs);
  let heard = true;
  let count = a;
  const t = world.trust;
  const tau = world.params.trust.weight;
  for (let b = 0; b < a; b++) {
    const fresh = all ? b === 0 : table === null || b === 0 || !sameRow(table, a, b);
    if (fresh && !all) count = table !== null ? tableRow(table, a, b, near) : scanNeighbours(snap, a, g, limit, b, near);
    if (fresh) heard = weighNeighbours(world, m, w, near, count, weightShares);
    if (!heard) continue;
    const i = m.attendees[b];
    if (t !== null && tau === 1) neighbourSums(snap, g, b, near, count, weightShares, acc, 0, t, i * world.n, m.attendees, i);
    else {
      for (let c = 0; c < count; c++) shares[c] = weightShares[c] * trustScale(world, i, m.attendees[near[c]]);
      neighbourSums(snap, g, b, near, count, shares, acc, 0);
    }
    const step = stepSize(world, i, m.effect);
    for (let k = 0; k < g; k++) world.x[i * world.d + m.agenda[k]] += step * acc[k];
  }
}

/** Whether rows b − 1 and b of a pair table (a attendees) are the same: then so are their neighbours. */
function sameRow(table: Int32Array, a: number, b: number): boolean {
  const words = (a + 31) >>> 5;
  for (let k = 0; k < words; k++) if (table[b * words + k] !== table[(b - 1) * words + k]) return false;
  return true;
}

/**
 * out[c] = w_j / Σ_{k∈N} w_k for j = near[c], the sum over N in order; from weights rescaled in
 * logs when all of N's underflow. Returns false when N has no weight at all (nobody is heard).
 */
function weighNeighbours(world: World, m: Meeting, w: Float64Array, near: Int32Array, count: number, out: Float64Array): boolean {
  let total = 0;
  for (let c = 0; c < count; c++) total += w[near[c]];
  if (total !== 0) {
    for (let c = 0; c < count; c++) out[c] = w[near[c]] / total;
    return true;
  }
  const local = rescaledWeights(world, m, near, count, world.scratch.rescaled);
  for (let c = 0; c < count; c++) total += local[c];
  for (let c = 0; c < count; c++) out[c] = local[c] / total;
  return total !== 0;
}
