/**
 * Trust between officials: T⁰ from the scenario (one value, or by same/other region), grown
 * at each meeting among attendees, decaying back toward T⁰ every tick. When trust can never
 * change (no gain, one starting value) the N×N matrix is not kept.
 */
import type {World} from "./world.js";

/** Sets up T⁰: an N×N matrix, or a constant when trust never changes (one T⁰, no gain). */
export function initialTrust(world: World): void {
  const {trustGain, trustSame, trustOther} = world.params;
  if ((trustGain === 0 || world.skip.has("trust")) && trustSame === trustOther) {
    world.trust = null;
    world.trustConstant = trustSame;
    return;
  }
  const n = world.n;
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) t[i * n + j] = i === j ? 1 : baseTrust(world, i, j);
  }
  world.trust = t;
}

/** T⁰_ij for i ≠ j (trustDecay inlines the same rule in its loop). */
function baseTrust(world: World, i: number, j: number): number {
  return world.regionOf[i] === world.regionOf[j] ? world.params.trustSame : world.params.trustOther;
}

/** Meeting step 7: T_ij += g·(1 − T_ij) for each pair of attendees. */
export function trustGain(world: World, attendees: Int32Array): void {
  const g = world.params.trustGain;
  const t = world.trust;
  if (g === 0 || t === null) return;
  const n = world.n;
  for (let a = 0; a < attendees.length; a++) {
    const i = attendees[a];
    for (let b = a + 1; b < attendees.length; b++) {
      const j = attendees[b];
      const v = t[i * n + j] + g * (1 - t[i * n + j]);
      t[i * n + j] = v;
      t[j * n + i] = v;
    }
  }
}

/** Tick step 4: T_ij −= δ·(T_ij − T⁰_ij). */
export function trustDecay(world: World): void {
  const delta = world.params.trustDecay;
  const t = world.trust;
  if (delta === 0 || t === null) return;
  const {n, regionOf} = world;
  const {trustSame: same, trustOther: other} = world.params;
  for (let i = 0; i < n; i++) {
    const ri = regionOf[i];
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (i !== j) t[row + j] -= delta * (t[row + j] - (regionOf[j] === ri ? same : other));
    }
  }
}

/** Mean T_ij over distinct pairs of the given states (1 for fewer than two). */
export function meanTrust(world: World, states: ArrayLike<number>): number {
  const m = states.length;
  if (m < 2) return 1;
  if (world.trust === null) return world.trustConstant;
  let sum = 0;
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) sum += world.trust[states[a] * world.n + states[b]];
  return sum / ((m * (m - 1)) / 2);
}
