/**
 * Tick step 4: trust decay. Trust relaxes toward its starting value: T_ij −= δ·(T_ij − T⁰_ij).
 * A pair still at T⁰ stays there (T⁰ − δ·0 = T⁰), so only the pairs that have grown at a
 * meeting (`world.grownPairs`) are visited: the cost of a tick follows the meetings held, not
 * N². T is symmetric, so each pair is computed once and written to both places; the numbers
 * are those of the update applied to every entry (tests/model/trustDecay.test.ts).
 */
import {mechanism, type TickMechanism} from "./mechanism.js";
import type {World} from "./world.js";

export const trustDecay = mechanism<"trustDecay", TickMechanism<"trustDecay">>({
  name: "trustDecay",
  scope: "tick",
  title: "Trust decay",
  does: "trust relaxes toward its starting value",
  equation: "T_ij −= δ·(T_ij − T⁰_ij)",
  parameters: "`dynamics.trust.decay` δ",
  off: "δ = 0",
  offSettings: {"dynamics.trust.decay": 0},
  uses: ["trust.ts"],
  run(world) {
    const delta = world.params.trust.decay;
    const t = world.trust;
    if (delta === 0 || t === null) return;
    if (world.grownPairs === null) return decayAll(world, t, delta);
    const {at, mirror, base, count} = world.grownPairs;
    // T_ij read once into a local: the same arithmetic, but V8 no longer reloads `at[q]` and T_ij
    // around the stores (typed arrays of different types may share a buffer, so it cannot assume not).
    for (let q = 0; q < count; q++) {
      const place = at[q];
      const old = t[place];
      const v = old - delta * (old - base[q]);
      t[place] = v;
      t[mirror[q]] = v;
    }
  }
});

/** The update applied to every entry off the diagonal: for a matrix whose changes are not listed. */
export function decayAll(world: World, t: Float64Array, delta: number): void {
  const {n, regionOf} = world;
  const {sameRegion: same, otherRegion: other} = world.params.trust;
  for (let i = 0; i < n; i++) {
    const ri = regionOf[i];
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (i !== j) t[row + j] -= delta * (t[row + j] - (regionOf[j] === ri ? same : other));
    }
  }
}
