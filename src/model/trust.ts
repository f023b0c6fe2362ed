/**
 * Trust between officials: T⁰ from the scenario (one value, or by same/other region), grown
 * at each meeting among attendees (this file's mechanism, `trust`), decaying back toward T⁰
 * every tick (`trustDecay`). When trust can never change (no gain, one starting value) the
 * N×N matrix is not kept and every pair has the one constant.
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import type {GrownPairs, Params, World} from "./world.js";

/** T⁰ within a region and between regions: `sameRegion` and `otherRegion`, each defaulting to `initial`. */
export function startingTrust(trust: {initial: number; sameRegion?: number; otherRegion?: number}): {sameRegion: number; otherRegion: number} {
  return {sameRegion: trust.sameRegion ?? trust.initial, otherRegion: trust.otherRegion ?? trust.initial};
}

/** Sets up T⁰: the N×N matrix when T⁰ differs by region, else the constant (the `trust` mechanism makes the matrix when trust can grow). */
export function initialTrust(world: World): void {
  const {sameRegion, otherRegion} = world.params.trust;
  world.trust = null;
  world.trustConstant = sameRegion;
  if (sameRegion !== otherRegion) trustMatrix(world);
}

/**
 * Makes the N×N matrix of T⁰ (T_ii = 1). Each row is a copy of its region's row (T⁰ to every
 * state, made once per region) with 1 on the diagonal: the values `baseTrust` gives, written
 * without a branch per pair (regions interleave in id order, so that branch was a coin toss).
 */
function trustMatrix(world: World): void {
  const {n, regionOf, regions} = world;
  const {sameRegion: same, otherRegion: other} = world.params.trust;
  const rows = new Float64Array(regions.length * n);
  for (let r = 0; r < regions.length; r++) for (let j = 0; j < n; j++) rows[r * n + j] = regionOf[j] === r ? same : other; // baseTrust
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    t.set(rows.subarray(regionOf[i] * n, regionOf[i] * n + n), i * n);
    t[i * n + i] = 1;
  }
  world.trust = t;
}

/** T⁰_ij for i ≠ j. */
export function baseTrust(params: Params, regionOf: Int32Array, i: number, j: number): number {
  return regionOf[i] === regionOf[j] ? params.trust.sameRegion : params.trust.otherRegion;
}

export const trust = mechanism<"trust", MeetingMechanism<"trust">>({
  name: "trust",
  scope: "meeting",
  title: "Trust growth",
  does: "every pair of attendees (members and observers) trusts more",
  equation: "T_ij += g·(1 − T_ij)",
  parameters: "`dynamics.trust.gain` g (starting values `trust.initial`, `sameRegion`, `otherRegion`)",
  off: "g = 0",
  offSettings: {"dynamics.trust.gain": 0},
  init(world) {
    if (world.params.trust.gain > 0 && world.trust === null) trustMatrix(world);
    if (world.params.trust.gain > 0) {
      const n = world.n;
      const room = Math.min(1024, (n * (n - 1)) / 2);
      world.grownPairs = {at: new Int32Array(room), mirror: new Int32Array(room), base: new Float64Array(room), count: 0, listed: new Uint8Array(n * n)};
    }
  },
  run(world, m) {
    const g = world.params.trust.gain;
    const t = world.trust;
    if (g === 0 || t === null) return;
    const n = world.n;
    const attendees = m.attendees;
    const listed = world.grownPairs?.listed;
    for (let a = 0; a < attendees.length; a++) {
      const i = attendees[a];
      for (let b = a + 1; b < attendees.length; b++) {
        // T_ij read once into a local (see trustDecay.ts); the pair listed for trust decay when it first grows
        const j = attendees[b];
        const old = t[i * n + j];
        const v = old + g * (1 - old);
        t[i * n + j] = v;
        t[j * n + i] = v;
        if (listed !== undefined && listed[i * n + j] === 0) listGrown(world, i, j);
      }
    }
  }
});

/** Lists the pair (i, j), i ≠ j, not listed yet, in `world.grownPairs` (which exists), for trust decay. */
function listGrown(world: World, i: number, j: number): void {
  const grown = world.grownPairs!;
  const at = i * world.n + j;
  grown.listed[at] = 1;
  if (grown.count === grown.at.length) longer(grown);
  grown.at[grown.count] = at;
  grown.mirror[grown.count] = j * world.n + i;
  grown.base[grown.count] = baseTrust(world.params, world.regionOf, i, j);
  grown.count++;
}

/** Doubles the room of the list of grown pairs. */
function longer(grown: GrownPairs): void {
  const room = 2 * grown.at.length;
  const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
    to.set(from);
    return to;
  };
  grown.at = grow(grown.at, new Int32Array(room));
  grown.mirror = grow(grown.mirror, new Int32Array(room));
  grown.base = grow(grown.base, new Float64Array(room));
}

/** Mean T_ij over distinct pairs of the given states, the first `m` of the list (1 for fewer than two). */
export function meanTrust(world: World, states: ArrayLike<number>, m = states.length): number {
  if (m < 2) return 1;
  if (world.trust === null) return world.trustConstant;
  let sum = 0;
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) sum += world.trust[states[a] * world.n + states[b]];
  return sum / ((m * (m - 1)) / 2);
}
