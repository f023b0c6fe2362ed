/**
 * The known results the classic models must reproduce, computed from a compiled world's
 * starting state (so from exactly the states the engine ran): DeGroot's consensus and the
 * Friedkin–Johnsen equilibrium (with mathjs).
 */
import {lusolve, matrix, type Matrix} from "mathjs";
import type {World} from "../../src/model/world.js";

/**
 * DeGroot consensus per dimension: Σ_j w_j x_j(0) with w_j = p_j^h / Σ_k p_k^h (the
 * power^h-weighted mean of the starting positions).
 */
export function degrootConsensus(world: World, hegemonBias: number): number[] {
  const w = Array.from(world.power, (p) => Math.pow(p, hegemonBias));
  const total = w.reduce((a, b) => a + b, 0);
  return world.dims.map((_, d) => {
    let sum = 0;
    for (let j = 0; j < world.n; j++) sum += w[j] * world.x0[j * world.d + d];
    return sum / total;
  });
}

/**
 * Friedkin–Johnsen equilibrium on dimension `dim`: x* = (I − ΛW)⁻¹(I − Λ)u with
 * Λ = diag(1 − λ_i), W = (1 − μ)I + μ1wᵀ, w_j = p_j^h / Σ p^h; solved as a linear system.
 */
export function fjEquilibrium(world: World, rate: number, hegemonBias: number, dim = 0): number[] {
  const n = world.n;
  const w = Array.from(world.power, (p) => Math.pow(p, hegemonBias));
  const total = w.reduce((a, b) => a + b, 0);
  const a = Array.from({length: n}, (_, i) =>
    Array.from({length: n}, (_, j) => (i === j ? 1 : 0) - (1 - world.stubbornness[i]) * ((i === j ? 1 - rate : 0) + (rate * w[j]) / total))
  );
  const b = Array.from({length: n}, (_, i) => world.stubbornness[i] * world.u[i * world.d + dim]);
  const solution = lusolve(matrix(a), matrix(b)) as Matrix;
  return (solution.toArray() as number[][]).map((row) => row[0]);
}
