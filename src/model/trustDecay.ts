/**
 * Tick step 4: trust decay. Trust relaxes toward its starting value: T_ij −= δ·(T_ij − T⁰_ij).
 */
import {mechanism, type TickMechanism} from "./mechanism.js";

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
});
