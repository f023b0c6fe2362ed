/**
 * Averaging dialogue on one topic with constant trust (Hegselmann–Krause and its weighted
 * form) in O(a log a) instead of O(a²): sorted by position, each attendee's neighbours within ε
 * are a contiguous window, whose weighted mean comes from prefix sums. The same rule as
 * `averaging`: x_i += μ · o_i · e_s · T^τ · (x̄_w(N_i) − x_i), with the step capped at 1.
 */
import type {Meeting, World} from "./world.js";
import {stepSize, trustScale} from "./dialogueRule.js";

/** Applies the update and returns true; false (changing nothing) when a window's weights underflow. */
export function sortedAveraging(world: World, m: Meeting, snap: Float64Array, w: Float64Array): boolean {
  const a = m.attendees.length;
  const order = Int32Array.from({length: a}, (_, b) => b).sort((p, q) => snap[p] - snap[q] || p - q);
  const v = Float64Array.from(order, (b) => snap[b]);
  const sumW = new Float64Array(a + 1);
  const sumWX = new Float64Array(a + 1);
  for (let k = 0; k < a; k++) {
    sumW[k + 1] = sumW[k] + w[order[k]];
    sumWX[k + 1] = sumWX[k] + w[order[k]] * v[k];
  }
  const limit = world.params.dialogue.confidence * world.params.dialogue.confidence;
  const mean = new Float64Array(a);
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < a; k++) {
    while ((v[k] - v[lo]) * (v[k] - v[lo]) > limit) lo++;
    while (hi < a && (v[hi] - v[k]) * (v[hi] - v[k]) <= limit) hi++;
    const total = sumW[hi] - sumW[lo];
    if (!(total > 0)) return false;
    mean[order[k]] = (sumWX[hi] - sumWX[lo]) / total;
  }
  const t = trustScale(world, m.attendees[0], m.attendees[1]);
  const k = m.agenda[0];
  for (let b = 0; b < a; b++) {
    const i = m.attendees[b];
    const step = stepSize(world, i, m.effect) * t;
    world.x[i * world.d + k] += step * (mean[b] - snap[b]);
  }
  return true;
}
