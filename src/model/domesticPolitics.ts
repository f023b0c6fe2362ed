/**
 * Tick step 5: domestic politics. Conclusions bind no one, so each state is pulled back to its
 * own ideal, with noise: x_i += λ_i · (u_i − x_i) + σ · ξ, ξ ~ N(0,1) per dimension; then
 * positions are clipped to [0,1]. No noise is drawn when σ = 0.
 */
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
    const {n, d, x, u, stubbornness} = world;
    const sigma = world.params.domestic.noise;
    const gaussian = world.streams.gaussian;
    for (let i = 0; i < n; i++) {
      const lambda = stubbornness[i];
      for (let k = 0; k < d; k++) {
        const at = i * d + k;
        let v = x[at];
        if (lambda !== 0) v += lambda * (u[at] - v);
        if (sigma !== 0) v += sigma * gaussian();
        x[at] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
});
