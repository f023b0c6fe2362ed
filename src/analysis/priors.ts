/**
 * Drawing an assumption from its prior (src/scenario/question.ts): the prior's inverse
 * distribution function at a point u of [0, 1), so that evenly spread points (Sobol') give
 * evenly spread draws.
 */
import type {Prior} from "../scenario/question.js";
import {normalQuantile} from "./stats.js";

/** A drawn value: a number, or a `choice` entry. */
export type Drawn = number | string | boolean;

/** The prior's value at u ∈ [0, 1). */
export function priorValue(p: Prior, u: number): Drawn {
  if (p.uniform) return p.uniform[0] + u * (p.uniform[1] - p.uniform[0]);
  if (p.loguniform) return Math.exp(Math.log(p.loguniform[0]) + u * (Math.log(p.loguniform[1]) - Math.log(p.loguniform[0])));
  if (p.integer) return Math.min(p.integer[1], p.integer[0] + Math.floor(u * (p.integer[1] - p.integer[0] + 1)));
  if (p.choice) return p.choice[Math.min(p.choice.length - 1, Math.floor(u * p.choice.length))];
  if (p.triangular) return triangular(p.triangular, u);
  const [m, sd] = p.normal!;
  const a = p.min === undefined ? 0 : normalCdf((p.min - m) / sd);
  const b = p.max === undefined ? 1 : normalCdf((p.max - m) / sd);
  const v = m + sd * normalQuantile(a + Math.min(Math.max(u, 1e-12), 1 - 1e-12) * (b - a));
  return Math.min(p.max ?? Infinity, Math.max(p.min ?? -Infinity, v));
}

/** The inverse distribution function of the triangular distribution (lo, mode, hi) at u. */
function triangular([lo, mode, hi]: [number, number, number], u: number): number {
  const cut = (mode - lo) / (hi - lo);
  return u < cut ? lo + Math.sqrt(u * (hi - lo) * (mode - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
}

/** The standard normal distribution function Φ, from the complementary error function of Numerical Recipes (erfcc: Chebyshev fit, fractional error below 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** A number to rank a drawn value by: itself, or a choice's position among the prior's choices. */
export function drawnRank(p: Prior, v: Drawn): number {
  return typeof v === "number" ? v : (p.choice ?? []).indexOf(v);
}
