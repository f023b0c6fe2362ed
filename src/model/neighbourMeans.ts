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
import {neighbourSums, neighbourTotals} from "./neighbours.js";
import {pairTable, tableLimit, tableRow} from "./pairTable.js";

/** Applies the update and returns true; false (changing nothing) for too many attendees or when a neighbourhood's weights underflow. */
export function neighbourMeans(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const g = m.agenda.length;
  if (a > tableLimit) return false;
  const scratch = world.scratch;
  const limit = world.params.dialogue.confidence * world.params.dialogue.confidence * g;
  const table = (scratch.pairs = pairTable(snap, a, g, limit, scratch.pairs));
  const {means, perTopic: room} = scratch; // room: the sums of the whole room, per topic
  const uniform = equalWeights(w, a) && w[0] > 0;
  room.fill(0);
  for (let b = 0; b < a; b++) for (let k = 0; k < g; k++) room[k] += snap[b * g + k];
  for (let b = 0; b < a; b++) if (!neighbourhoodMean(scratch, table, snap, w, a, g, b, uniform)) return false;
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    const step = stepSize(world, i, m.effect) * t;
    for (let k = 0; k < g; k++) world.x[i * world.d + m.agenda[k]] += step * (means[b * g + k] - snap[b * g + k]);
  }
  return true;
}

/**
 * means[b·g + k] (in the scratch): the weighted mean of attendee b's neighbours on each topic,
 * from row b of the pair table; false when their weights sum to no positive number. With equal
 * weights the sums need no products, and with more than half the room within ε they are the
 * room's sums less those of the attendees out of reach.
 */
function neighbourhoodMean(scratch: World["scratch"], table: Int32Array, snap: Float64Array, w: Float64Array, a: number, g: number, b: number, uniform: boolean): boolean {
  const {means, perTopic: room, near, shares: weightOf} = scratch;
  const words = (a + 31) >>> 5;
  let count = 0;
  for (let k = 0; k < words; k++) count += popcount(table[b * words + k]);
  const at = b * g;
  if (uniform && 2 * count > a) {
    neighbourTotals(snap, g, near, tableRow(table, a, b, near, true), means, at);
    for (let k = 0; k < g; k++) means[at + k] = (room[k] - means[at + k]) / count;
    return true;
  }
  tableRow(table, a, b, near);
  if (uniform) {
    neighbourTotals(snap, g, near, count, means, at);
    for (let k = 0; k < g; k++) means[at + k] /= count;
    return true;
  }
  let total = 0;
  for (let c = 0; c < count; c++) {
    weightOf[c] = w[near[c]];
    total += w[near[c]];
  }
  if (!(total > 0)) return false;
  neighbourSums(snap, g, -1, near, count, weightOf, means, at);
  for (let k = 0; k < g; k++) means[at + k] /= total;
  return true;
}

/** The number of set bits of a 32-bit integer. */
function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
