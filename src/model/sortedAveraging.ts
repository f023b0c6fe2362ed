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
import type {Scratch} from "./scratch.js";

/** Applies the update and returns true; false (changing nothing) when a window's weights underflow or are too small a share of all the weight to sum exactly (see {@link windowShareFloor}). */
export function sortedAveraging(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const {sumW, mean} = world.scratch;
  const equal = equalWeights(w, a) && w[0] > 0;
  sortByValue(world.scratch, snap, a, !equal); // equal weights: equal positions add the same terms in any order
  const {order, sorted: v} = world.scratch;
  sortedPrefixSums(w, order, v, a, equal, world.scratch);
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
      const total = windowWeight(world.scratch, equal, lo, hi);
      if (!(total > 0) || (!equal && total < sumW[a] * windowShareFloor)) return false;
      windowMean = windowWeightedSum(world.scratch, equal, lo, hi) / total;
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

/**
 * The smallest share of all the weight that a window may hold for the compensated sums to give
 * its mean to about 1e-13 (their error is about a · eps² of the total); below it, the whole
 * meeting takes the general path, as when a window has no weight at all.
 */
export const windowShareFloor = 1e-15;

/**
 * The prefix sums of the weights and weighted positions of the attendees in sorted order into
 * `s.sumW` and `s.sumWX` (n + 1 each): plain sums for equal weights, with their rounding errors
 * in `s.sumWErr` and `s.sumWXErr` otherwise.
 */
export function sortedPrefixSums(w: Float64Array, order: Int32Array, v: Float64Array, a: number, equal: boolean, s: Scratch): void {
  if (equal) prefixSums(w, order, v, a, s.sumW, s.sumWX);
  else compensatedPrefixSums(w, order, v, a, s);
}

/** The weight of the attendees at sorted positions lo..hi−1, from {@link sortedPrefixSums}. */
export function windowWeight(s: Scratch, equal: boolean, lo: number, hi: number): number {
  return equal ? s.sumW[hi] - s.sumW[lo] : windowSum(s.sumW, s.sumWErr, lo, hi);
}

/** Their weighted positions' sum, from {@link sortedPrefixSums}. */
export function windowWeightedSum(s: Scratch, equal: boolean, lo: number, hi: number): number {
  return equal ? s.sumWX[hi] - s.sumWX[lo] : windowSum(s.sumWX, s.sumWXErr, lo, hi);
}

/** sumW[k] = Σ_{j<k} w_(j), sumWX[k] = Σ_{j<k} w_(j)·v_j over the attendees in sorted order. */
function prefixSums(w: Float64Array, order: Int32Array, v: Float64Array, a: number, sumW: Float64Array, sumWX: Float64Array): void {
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
}

/**
 * The prefix sums with their rounding errors, summed apart (Knuth's TwoSum): sum + err is the
 * prefix sum to about eps² of the total. Weights that differ by many orders of magnitude make a
 * window's sum the difference of two large prefix sums; without the errors it would keep only
 * the digits of the window's weight below the large one's rounding (or none), and the window's
 * mean would be off by far more than the general path's rounding.
 */
function compensatedPrefixSums(w: Float64Array, order: Int32Array, v: Float64Array, a: number, s: Scratch): void {
  const {sumW, sumWX, sumWErr, sumWXErr} = s;
  let totalW = 0;
  let errW = 0;
  let totalWX = 0;
  let errWX = 0;
  sumW[0] = sumWX[0] = sumWErr[0] = sumWXErr[0] = 0;
  for (let k = 0; k < a; k++) {
    const wk = w[order[k]];
    const wx = wk * v[k];
    const nextW = totalW + wk;
    const partW = nextW - totalW;
    errW += totalW - (nextW - partW) + (wk - partW);
    totalW = nextW;
    const nextWX = totalWX + wx;
    const partWX = nextWX - totalWX;
    errWX += totalWX - (nextWX - partWX) + (wx - partWX);
    totalWX = nextWX;
    sumW[k + 1] = totalW;
    sumWErr[k + 1] = errW;
    sumWX[k + 1] = totalWX;
    sumWXErr[k + 1] = errWX;
  }
}

/** Σ over sorted positions lo..hi−1 from compensated prefix sums: the large parts' difference plus the errors'. */
function windowSum(sum: Float64Array, err: Float64Array, lo: number, hi: number): number {
  return sum[hi] - sum[lo] + (err[hi] - err[lo]);
}
