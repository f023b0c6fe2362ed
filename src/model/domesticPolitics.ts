/**
 * Tick step 5: domestic politics. Conclusions bind no one, so each state is pulled back to its
 * own ideal, with noise: x_i += λ_i · (u_i − x_i) + σ · ξ, ξ ~ N(0,1) per dimension; then
 * positions are clipped to [0,1]. No noise is drawn when σ = 0.
 */
import type {World} from "./world.js";

export function domesticPolitics(world: World): void {
  const {n, d, x, u, stubbornness} = world;
  const sigma = world.params.noise;
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
