/**
 * Tick step 5: domestic politics. Conclusions bind no one, so each state is pulled back to its
 * own ideal, with noise: x_i += λ_i · (u_i − x_i) + σ · ξ, ξ ~ N(0,1) per dimension; then
 * positions are clipped to [0,1]. No noise is drawn when σ = 0.
 */
import type {World} from "./world.js";
import {mechanism, type TickMechanism} from "./mechanism.js";

export const domesticPolitics = mechanism<"domesticPolitics", TickMechanism<"domesticPolitics">>({
  name: "domesticPolitics",
  scope: "tick",
  title: "Domestic politics",
  does: "conclusions bind no one: each state is pulled back to its own ideal, with noise, then positions are clipped to [0, 1]",
  equation: "x_id += λ_i·(u_id − x_id) + σ·ξ, ξ ~ N(0, 1)",
  parameters: "`states[].stubbornness` λ, `dynamics.domestic.noise` σ",
  off: "λ = 0 for every state and σ = 0 (the clipping stays)",
  offSettings: {"states.*.stubbornness": 0, "dynamics.domestic.noise": 0},
  run(world) {
    const sigma = world.params.domestic.noise;
    if (sigma === 0) return pullAndClip(world);
    const noise = world.scratch.noise;
    world.streams.gaussian.fill(noise, world.n * world.d); // state by state, dimension by dimension
    pullNoiseAndClip(world, sigma, noise);
  }
});

/**
 * x += λ·(u − x) where λ ≠ 0, plus σ times the draws in `noise`, each position clipped to [0, 1]
 * as it is written; a state's λ is tested once, not once per dimension.
 */
function pullNoiseAndClip(world: World, sigma: number, noise: Float64Array): void {
  const {n, d, x, u, stubbornness} = world;
  for (let i = 0, at = 0; i < n; i++) {
    const lambda = stubbornness[i];
    const end = at + d;
    if (lambda === 0) for (; at < end; at++) x[at] = clip(x[at] + sigma * noise[at]);
    else {
      for (; at < end; at++) {
        const v = x[at];
        x[at] = clip(v + lambda * (u[at] - v) + sigma * noise[at]);
      }
    }
  }
}

/**
 * x += λ·(u − x) for the stubborn states (λ ≠ 0) only, each position clipped to [0, 1] as it is
 * written: one pass, and the same numbers as a pull followed by a pass of clipping (each position
 * is pulled once, then clipped once, either way). In one dimension, one flat loop over the states.
 */
function pullAndClip(world: World): void {
  const {n, d, x, u, stubbornness} = world;
  if (d === 1) {
    for (let i = 0; i < n; i++) x[i] = clip(stubbornness[i] === 0 ? x[i] : x[i] + stubbornness[i] * (u[i] - x[i]));
    return;
  }
  for (let i = 0; i < n; i++) {
    const lambda = stubbornness[i];
    const end = i * d + d;
    if (lambda === 0) for (let at = i * d; at < end; at++) x[at] = clip(x[at]);
    else for (let at = i * d; at < end; at++) x[at] = clip(x[at] + lambda * (u[at] - x[at]));
  }
}

function clip(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
