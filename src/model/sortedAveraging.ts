/**
 * Averaging dialogue on one topic with constant trust (Hegselmann–Krause and its weighted
 * form) in O(a) per meeting once sorted, instead of O(a²): sorted by position, each attendee's
 * neighbours within ε are a contiguous window, whose weighted mean comes from prefix sums. The
 * order is kept between meetings (in the world's scratch) and repaired by insertion sort, since
 * positions keep their order from one tick to the next; a full sort when that fails. The same
 * rule as `averaging`: x_i += μ · o_i · e_s · T^τ · (x̄_w(N_i) − x_i), with the step capped at 1.
 */
import type {Meeting, World} from "./world.js";
import {equalWeights, stepOf, stepSize, trustScale} from "./dialogueRule.js";
import {sortByValue} from "./sortOrder.js";

/** Applies the update and returns true; false (changing nothing) when a window's weights underflow. */
export function sortedAveraging(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const {sumW, sumWX, mean} = world.scratch;
  const equal = equalWeights(w, a) && w[0] > 0;
  sortByValue(world.scratch, snap, a, !equal); // equal weights: equal positions add the same terms in any order
  const {order, sorted: v} = world.scratch;
  let totalW = 0;
  let totalWX = 0;
  sumW[0] = 0;
  sumWX[0] = 0;
  for (let k = 0; k < a; k++) {
    const wk = w[order[k]];
    totalW += wk;
    totalWX += wk * v[k];
    sumW[k + 1] = totalW;
    sumWX[k + 1] = totalWX;
  }
  const limit = world.params.dialogue.confidence * world.params.dialogue.confidence;
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  const {x, d} = world;
  const topic = m.agenda[0];
  // Equal positive weights: the prefix sums of weights grow at every step, so no window is
  // without weight and each attendee moves as soon as its mean is known; otherwise all means
  // first, so that nothing moves when one window has no weight.
  const {attendees, effect} = m;
  const {openness} = world;
  const mu = world.params.dialogue.rate;
  let lo = 0;
  let hi = 0;
  let windowMean = 0;
  for (let k = 0; k < a; k++) {
    const at = v[k];
    if (k === 0 || at !== v[k - 1]) {
      // (a position equal to the last has the same window, so the same mean)
      while ((at - v[lo]) * (at - v[lo]) > limit) lo++;
      while (hi < a && (v[hi] - at) * (v[hi] - at) <= limit) hi++;
      const total = sumW[hi] - sumW[lo];
      if (!(total > 0)) return false;
      windowMean = (sumWX[hi] - sumWX[lo]) / total;
    }
    const b = order[k];
    if (!equal) mean[b] = windowMean;
    else x[attendees[b] * d + topic] += stepOf(mu, openness[attendees[b]], effect, 1) * t * (windowMean - snap[b]);
  }
  if (equal) return true;
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    x[i * d + topic] += stepSize(world, i, m.effect) * t * (mean[b] - snap[b]);
  }
  return true;
}
