/**
 * Pairwise dialogue when every pair pulls alike: trust constant and every source weight equal
 * and positive (h = 0 or equal powers, with no observers or `observerWeight` 1), drawing from
 * an alea stream inline. The pull c_ij and the trust scale are then one number per meeting, and
 * each attendee's step one number, computed by the functions the general loop calls per
 * encounter (pairwise.ts); each encounter draws the same two numbers and does the general loop's
 * arithmetic in its order, so the positions and the stream end bit for bit where the general
 * loop leaves them (tests/model/pairwise.test.ts).
 */
import type {Meeting, World} from "./world.js";
import {pairWeight, sourceWeight, stepSize, trustScale} from "./dialogueRule.js";

/**
 * Runs the meeting's encounters (at least two attendees) when every pair pulls alike, advancing
 * the alea `state` [s0, s1, s2, c] of its dialogue stream, and returns true; returns false,
 * having drawn and moved nothing, when trust is a matrix or the source weights differ or are 0.
 */
export function uniformPairwise(world: World, m: Meeting, state: Float64Array): boolean {
  const {rate: mu, confidence, encounters} = world.params.dialogue;
  const {attendees, agenda} = m;
  const a = attendees.length;
  const g = agenda.length;
  const {x, d} = world;
  const w0 = sourceWeight(world, m, 0);
  if (world.trust !== null || !(w0 > 0)) return false;
  const t = trustScale(world, attendees[0], attendees[1]);
  const both = world.scratch.sourceWeights; // w_0 for a pair of sources, for the pull
  both[0] = w0;
  both[1] = w0;
  const pull = Math.min(1 / mu, pairWeight(world, m, both, 0, 1));
  const steps = world.scratch.steps;
  for (let b = 0; b < a; b++) {
    if (sourceWeight(world, m, b) !== w0) return false;
    steps[b] = stepSize(world, attendees[b], m.effect, pull) * t;
  }
  const draws = Math.round(encounters * a);
  const limit = confidence * confidence * g;
  runEncounters(x, d, agenda, attendees, steps, draws, limit, state);
  return true;
}

/**
 * The encounters, drawing i and j from the alea state inline (written back at the end). On one
 * topic nothing branches on the draws: j's index steps over i's by adding 0 or 1, and each
 * encounter writes both positions, picking the moved or the unchanged values by index (the
 * numbers the general loop's `if` keeps). Branches on random draws were mispredicted half the
 * time, which cost more than the draws themselves. Several topics: as the general loop.
 */
function runEncounters(x: Float64Array, d: number, agenda: Int32Array, attendees: Int32Array, steps: Float64Array, draws: number, limit: number, state: Float64Array): void {
  const a = attendees.length;
  const oneTopic = agenda.length === 1;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let c = state[3];
  for (let e = 0; e < draws; e++) {
    let next = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = next | 0;
    s2 = next - c;
    const bi = Math.floor(s2 * a);
    next = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = next | 0;
    s2 = next - c;
    let bj = Math.floor(s2 * (a - 1));
    bj += +(bj >= bi);
    if (oneTopic) meetOnOneTopic(x, attendees[bi] * d + agenda[0], attendees[bj] * d + agenda[0], steps[bi], steps[bj], limit);
    else meetOnSeveral(x, agenda, attendees[bi] * d, attendees[bj] * d, steps[bi], steps[bj], limit);
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = c;
}

/** The two candidates of each position an encounter writes: unchanged (0, 1) or moved (2, 3). */
const pick = new Float64Array(4);

/** One encounter on one topic, at positions i and j of x, with steps si and sj: both written, moved or as they were. */
function meetOnOneTopic(x: Float64Array, i: number, j: number, si: number, sj: number, limit: number): void {
  const xi = x[i];
  const xj = x[j];
  const diff = xj - xi;
  const moved = +!((xi - xj) * (xi - xj) > limit) << 1; // as the general loop's test, NaN included
  pick[0] = xi;
  pick[1] = xj;
  pick[2] = xi + si * diff;
  pick[3] = xj - sj * diff;
  x[i] = pick[moved];
  x[j] = pick[moved + 1];
}

/** One encounter over the agenda, for the states whose rows start at i and j: distance over the agenda, then both moved on every topic. */
function meetOnSeveral(x: Float64Array, agenda: Int32Array, i: number, j: number, si: number, sj: number, limit: number): void {
  const g = agenda.length;
  let d2 = 0;
  for (let k = 0; k < g && d2 <= limit; k++) {
    const diff = x[i + agenda[k]] - x[j + agenda[k]];
    d2 += diff * diff;
  }
  if (d2 > limit) return;
  for (let k = 0; k < g; k++) {
    const diff = x[j + agenda[k]] - x[i + agenda[k]];
    x[i + agenda[k]] += si * diff;
    x[j + agenda[k]] -= sj * diff;
  }
}
