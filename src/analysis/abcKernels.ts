/**
 * ABC-SMC perturbation kernels, looked up by name. Both are Gaussian around the chosen particle
 * of the previous generation, in the priors' working space:
 * - `normal` (Beaumont et al. 2009): one covariance for all, twice the weighted covariance of the
 *   previous generation;
 * - `olcm` (optimal local covariance matrix, Filippi et al. 2013): particle j gets
 *   Σⱼ = Σₖ w̃ₖ (θₖ − θⱼ)(θₖ − θⱼ)ᵀ over the previous particles k within the new tolerance, w̃
 *   their weights normalised; narrower where the previous generation was already close.
 */
import {addLowerTimes, choleskyWithRidge, gaussianLogConstant, lowerSolve, mahalanobis2} from "./matrix.js";
import {normalized, weightedCovariance, weightedMean} from "./weighted.js";

/** The previous generation, in working space, and the tolerance of the one being drawn. */
export interface KernelInput {
  points: readonly Float64Array[];
  /** Normalised weights. */
  weights: Float64Array;
  distances: Float64Array;
  tolerance: number;
}

/** A kernel fitted to a previous generation. */
export interface Kernel {
  /** Writes to `out` particle j moved by the kernel, given independent standard normal draws `z`. */
  perturb(j: number, z: Float64Array, out: Float64Array): void;
  /** Writes log K(x | θⱼ) for every previous particle j into `out`. */
  logDensities(x: Float64Array, out: Float64Array): void;
}

function normalKernel(input: KernelInput): Kernel {
  const p = input.points[0].length;
  const C = weightedCovariance(input.points, input.weights);
  for (let k = 0; k < p * p; k++) C[k] *= 2;
  const L = choleskyWithRidge(C, p);
  // With one covariance, whiten every particle once: log K(x | θⱼ) = −½‖L⁻¹x − L⁻¹θⱼ‖² + c.
  const white = input.points.map((theta) => lowerSolve(L, theta));
  const c = gaussianLogConstant(L, p);
  return {
    perturb: (j, z, out) => addLowerTimes(input.points[j], L, z, out),
    logDensities: (x, out) => {
      const y = lowerSolve(L, x);
      white.forEach((yj, j) => {
        let quad = 0;
        for (let k = 0; k < p; k++) quad += (y[k] - yj[k]) ** 2;
        out[j] = c - 0.5 * quad;
      });
    }
  };
}

function olcmKernel(input: KernelInput): Kernel {
  const p = input.points[0].length;
  const near = input.points.map((_, k) => k).filter((k) => input.distances[k] <= input.tolerance);
  const chosen = near.length > 0 ? near : input.points.map((_, k) => k);
  const points = chosen.map((k) => input.points[k]);
  const w = normalized(chosen.map((k) => input.weights[k]));
  const m = weightedMean(points, w);
  const C = weightedCovariance(points, w, m);
  const factors = input.points.map((theta) => {
    const S = C.slice();
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) S[a * p + b] += (m[a] - theta[a]) * (m[b] - theta[b]);
    return choleskyWithRidge(S, p);
  });
  const constants = factors.map((L) => gaussianLogConstant(L, p));
  return {
    perturb: (j, z, out) => addLowerTimes(input.points[j], factors[j], z, out),
    logDensities: (x, out) => {
      for (let j = 0; j < factors.length; j++) out[j] = constants[j] - 0.5 * mahalanobis2(x, input.points[j], factors[j]);
    }
  };
}

/** The kernels, by name. */
export const kernels: Record<string, (input: KernelInput) => Kernel> = {normal: normalKernel, olcm: olcmKernel};

/** The kernel of this name fitted to `input`; throws `unknown kernel: <name> (expected one of ...)`. */
export function fitKernel(name: string, input: KernelInput): Kernel {
  const make = Object.hasOwn(kernels, name) ? kernels[name] : undefined;
  if (make === undefined) throw new Error(`unknown kernel: ${name} (expected one of ${Object.keys(kernels).join(", ")})`);
  return make(input);
}
