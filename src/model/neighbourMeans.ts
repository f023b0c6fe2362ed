/**
 * Averaging dialogue over several topics with constant trust (Hegselmann–Krause in D
 * dimensions and its weighted form): with T_ij^τ the same for every pair, the general rule
 *   Σ_{j∈N_i} q_ij·T_ij^τ·(y_j − y_i) = T^τ·(ȳ_w(N_i) − y_i)
 * (the term j = i is zero), so each attendee moves toward the weighted mean of its neighbours.
 * The neighbours are those of the general path (the same pair table, neighbours.ts); a
 * neighbourhood's sums are added directly, or, with equal weights and more than half the room
 * within ε, as the room's sums less those of the attendees out of reach, so that a room that
 * has nearly come together costs O(a·g) and not O(a²·g). The same numbers as the general path
 * to rounding (tests/model/neighbourMeans.test.ts).
 */
import type {Meeting, World} from "./world.js";
import {equalWeights, stepSize, trustScale} from "./dialogueRule.js";
import {neighbourSums, pairTable, tableLimit, tableRow} from "./neighbours.js";

/** Applies the update and returns true; false (changing nothing) for too many attendees or when a neighbourhood's weights underflow. */
export function neighbourMeans(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (a > tableLimit) return false;
  const scratch = world.scratch;
  const limit = world.params.dialogue.confidence * world.params.dialogue.confidence * g;
  const table = (scratch.pairs = pairTable(snap, a, g, limit, scratch.pairs));
  const {means, perTopic: room} = scratch;
  const uniform = equalWeights(w, a) && w[0] > 0;
  room.fill(0);
  for (let b = 0; b < a; b++) for (let k = 0; k < g; k++) room[k] += snap[b * g + k];
  const words = (a + 31) >>> 5;
  const {near, shares: weightOf} = scratch; // each neighbour's weight in the sums (1 with equal weights)
  for (let b = 0; b < a; b++) {
    let count = 0;
    for (let k = 0; k < words; k++) count += popcount(table[b * words + k]);
    const at = b * g;
    if (uniform && 2 * count > a) {
      const out = tableRow(table, a, b, near, true);
      weightOf.fill(1, 0, out);
      neighbourSums(snap, g, -1, near, out, weightOf, means, at);
      for (let k = 0; k < g; k++) means[at + k] = (room[k] - means[at + k]) / count;
      continue;
    }
    tableRow(table, a, b, near);
    let total = 0;
    for (let c = 0; c < count; c++) {
      weightOf[c] = uniform ? 1 : w[near[c]];
      total += w[near[c]];
    }
    if (!(total > 0)) return false;
    neighbourSums(snap, g, -1, near, count, weightOf, means, at);
    for (let k = 0; k < g; k++) means[at + k] /= uniform ? count : total;
  }
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    const step = stepSize(world, i, m.effect) * t;
    for (let k = 0; k < g; k++) world.x[i * world.d + m.agenda[k]] += step * (means[b * g + k] - snap[b * g + k]);
  }
  return true;
}

/** The number of set bits of a 32-bit integer. */
function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
