/**
 * The dialogue rule's three parts, each written once and used by every averaging path
 * (averaging.ts, sortedAveraging.ts) and by pairwise dialogue:
 * - the step a state takes toward its sources, min(1, μ·o_i·e_s·c), capped so that nobody
 *   overshoots (c is the pairwise pull, 1 in averaging);
 * - the trust scale T_ij^τ;
 * - the power weights w = p^h / max p^h (times `observerWeight` for observers), and, for the rare
 *   neighbourhood whose weights all underflow at a high hegemon bias, the same weights from logs.
 */
import type {Meeting, World} from "./world.js";
import {pow} from "./math/pow.js";
import {log} from "./math/log.js";
import {exp} from "./math/exp.js";

/** min(1, μ·o_i·e_s·c): the share of the gap to its sources state i closes (c = 1 in averaging). */
export function stepSize(world: World, i: number, effect: number, c = 1): number {
  return stepOf(world.params.dialogue.rate, world.openness[i], effect, c);
}

/** `stepSize` from the numbers μ, o_i, e_s and c, for a loop that reads the parameters once. */
export function stepOf(mu: number, openness: number, effect: number, c: number): number {
  return Math.min(1, mu * openness * effect * c);
}

/** T_ij^τ (1 when τ = 0 or i = j); with constant trust, the same for every pair of distinct states. */
export function trustScale(world: World, i: number, j: number): number {
  const tau = world.params.trust.weight;
  if (tau === 0 || i === j) return 1;
  const t = world.trust === null ? world.trustConstant : world.trust[i * world.n + j];
  return tau === 1 ? t : pow(t, tau);
}

/** w_a for each attendee a of the meeting: p^h / max p^h, times `observerWeight` for observers (in the world's scratch, until the next meeting). */
export function powerWeights(world: World, m: Meeting): Float64Array {
  const {attendees, observer} = m;
  const {weight} = world;
  const {observerWeight} = world.params;
  const w = world.scratch.sourceWeights.subarray(0, attendees.length);
  for (let a = 0; a < w.length; a++) w[a] = weightOf(weight[attendees[a]], observer[a], observerWeight);
  return w;
}

/** w_a of attendee a (its position in the meeting): p^h / max p^h, times `observerWeight` for an observer. */
export function sourceWeight(world: World, m: Meeting, a: number): number {
  return weightOf(world.weight[m.attendees[a]], m.observer[a], world.params.observerWeight);
}

function weightOf(weight: number, observer: number, observerWeight: number): number {
  return weight * (observer ? observerWeight : 1);
}

/**
 * Whether weighted sums Σ w·x of these weights are exact enough for the fast paths: no positive
 * weight below 1e-250, where w·x would lose digits to gradual underflow (the general path divides
 * first and does not). Weights of the built-in scenarios are far above it.
 */
export function sumsAreSafe(w: Float64Array): boolean {
  for (let a = 0; a < w.length; a++) if (w[a] > 0 && w[a] < 1e-250) return false;
  return true;
}

/** Whether the first `a` weights are all the same number (then sums over any set of sources weigh them alike). */
export function equalWeights(w: Float64Array, a: number): boolean {
  for (let b = 1; b < a; b++) if (w[b] !== w[0]) return false;
  return true;
}

/** log w_a up to a constant: h·log p + log(observer factor); −∞ for a source of weight 0. */
export function logWeight(world: World, m: Meeting, a: number): number {
  const factor = m.observer[a] ? world.params.observerWeight : 1;
  return world.params.hegemonBias * log(world.power[m.attendees[a]]) + log(factor);
}

/**
 * The weights of the attendees at positions `members[0..count)` rescaled so that the largest is
 * 1, from logs: for a neighbourhood whose `powerWeights` all underflow to zero. Written into
 * `out[0..count)` (a new array by default).
 */
export function rescaledWeights(world: World, m: Meeting, members: Int32Array, count: number, out: Float64Array = new Float64Array(count)): Float64Array {
  let maxLog = -Infinity;
  for (let c = 0; c < count; c++) out[c] = logWeight(world, m, members[c]);
  for (let c = 0; c < count; c++) maxLog = Math.max(maxLog, out[c]);
  for (let c = 0; c < count; c++) out[c] = maxLog === -Infinity ? 0 : exp(out[c] - maxLog);
  return out;
}

/**
 * Pairwise pull of `to` on `self` (attendee positions): c = 2·w_to / (w_self + w_to), from logs
 * when both weights underflow; 0 from a source of weight 0.
 */
export function pairWeight(world: World, m: Meeting, w: Float64Array, self: number, to: number): number {
  const sum = w[self] + w[to];
  if (sum > 0) return (2 * w[to]) / sum;
  const logTo = logWeight(world, m, to);
  if (logTo === -Infinity) return 0;
  return 2 / (1 + exp(logWeight(world, m, self) - logTo));
}
