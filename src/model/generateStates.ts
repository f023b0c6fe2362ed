/**
 * Synthetic states from a `generate` block: ideals from a uniform, beta or constant
 * distribution per dimension, power constant or Pareto, regions assigned in turn.
 */
import type {Scenario} from "../scenario/schema.js";
import {beta, type Random} from "./random.js";
import {pow} from "./math/pow.js";

type Generate = NonNullable<Scenario["generate"]>;

/** The values of `count` states, drawn from `random` in this order: all ideals (state by state, dimension by dimension), then powers, then stubbornness. */
export function generatedDraws(g: Generate, d: number, random: Random): {ideal: Float64Array; power: Float64Array; stubbornness: Float64Array} {
  const n = g.count;
  const ideal = draws(g.ideal, n * d, random);
  const p = g.power;
  const power = p.dist === "constant" ? new Float64Array(n).fill(p.value) : Float64Array.from({length: n}, () => p.min / pow(1 - random(), 1 / p.alpha));
  const lambda = g.stubbornness;
  const stubbornness = typeof lambda === "number" ? new Float64Array(n).fill(lambda) : draws(lambda, n, random);
  return {ideal, power, stubbornness};
}

/** Each generated state's region, assigned in turn (seed-independent). */
export function generatedRegions(g: Generate): string[] {
  const regions: string[] = [];
  for (let i = 0; i < g.count; i++) regions.push(g.regions[i % g.regions.length]);
  return regions;
}

/** `count` draws from the distribution, in order (a uniform's loop written out: the numbers `drawIdeal` gives). */
function draws(dist: Generate["ideal"], count: number, random: Random): Float64Array {
  const out = new Float64Array(count);
  if (dist.dist === "uniform") {
    const {min, max} = dist;
    for (let k = 0; k < count; k++) out[k] = min + (max - min) * random();
  } else {
    for (let k = 0; k < count; k++) out[k] = drawIdeal(dist, random);
  }
  return out;
}

function drawIdeal(dist: Generate["ideal"], random: Random): number {
  switch (dist.dist) {
    case "uniform":
      return dist.min + (dist.max - dist.min) * random();
    case "beta":
      return beta(random, dist.a, dist.b);
    case "constant":
      return dist.value;
  }
}
