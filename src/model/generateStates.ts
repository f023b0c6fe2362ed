/**
 * Synthetic states from a `generate` block: ideals from a uniform, beta or constant
 * distribution per dimension, power constant or Pareto, regions assigned in turn.
 */
import type {Scenario} from "../scenario/schema.js";
import {generatedIds} from "../scenario/generatedIds.js";
import {beta, type Random} from "./random.js";
import {pow} from "./math/pow.js";

export interface GeneratedStates {
  ids: string[];
  regions: string[];
  power: Float64Array;
  ideal: Float64Array;
  stubbornness: Float64Array;
  openness: number;
}

type Generate = NonNullable<Scenario["generate"]>;

/** Draws `count` states: all ideals (state by state, dimension by dimension), then powers, then stubbornness. */
export function generateStates(g: Generate, d: number, random: Random): GeneratedStates {
  const n = g.count;
  const ideal = new Float64Array(n * d);
  for (let k = 0; k < n * d; k++) ideal[k] = drawIdeal(g.ideal, random);
  const power = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    power[i] = g.power.dist === "constant" ? g.power.value : g.power.min / pow(1 - random(), 1 / g.power.alpha);
  }
  const lambda = g.stubbornness;
  const stubbornness = new Float64Array(n);
  for (let i = 0; i < n; i++) stubbornness[i] = typeof lambda === "number" ? lambda : drawIdeal(lambda, random);
  const regions: string[] = [];
  for (let i = 0; i < n; i++) regions.push(g.regions[i % g.regions.length]);
  return {ids: generatedIds(g), regions, power, ideal, stubbornness, openness: g.openness};
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
