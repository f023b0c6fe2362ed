/**
 * Weights of attendees as sources in dialogue: p^h (relative to the strongest state, so it
 * never overflows), times `observerWeight` for observers; and the trust factor T^τ.
 */
import type {Meeting} from "./meetingContext.js";
import type {World} from "./world.js";

/** w_a for each attendee a of the meeting (in the world's scratch, until the next meeting). */
export function sourceWeights(world: World, m: Meeting): Float64Array {
  const ow = world.params.observerWeight;
  const w = world.scratch.sourceWeights.subarray(0, m.attendees.length);
  for (let a = 0; a < w.length; a++) w[a] = world.weight[m.attendees[a]] * (m.observer[a] ? ow : 1);
  return w;
}

/**
 * The same weights rescaled so the largest among `members` (attendee positions) is 1, for
 * the rare neighbourhood whose weights all underflow to zero at a high hegemon bias.
 */
export function localWeights(world: World, m: Meeting, members: Int32Array, count: number): Float64Array {
  const h = world.params.hegemonBias;
  let maxLog = -Infinity;
  for (let c = 0; c < count; c++) maxLog = Math.max(maxLog, Math.log(world.power[m.attendees[members[c]]]));
  const ow = world.params.observerWeight;
  const out = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const a = members[c];
    out[c] = Math.exp(h * (Math.log(world.power[m.attendees[a]]) - maxLog)) * (m.observer[a] ? ow : 1);
  }
  return out;
}

/** T_ij^τ (1 when τ = 0 or i = j). */
export function trustFactor(world: World, i: number, j: number): number {
  const tau = world.params.trustWeight;
  if (tau === 0 || i === j) return 1;
  const t = world.trust === null ? world.trustConstant : world.trust[i * world.n + j];
  return tau === 1 ? t : Math.pow(t, tau);
}
