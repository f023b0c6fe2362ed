/**
 * One generation of ABC-SMC (Toni et al. 2009; Beaumont et al. 2009), as pure functions of the
 * settings and the previous generation: proposal k of generation t is drawn from a random
 * stream seeded by (seed, t, k) alone and simulated with a seed made from the same triple, so a
 * proposal never depends on which worker evaluates it, or when. Generation 0 draws from the
 * prior; later ones pick a previous particle by weight and move it with the kernel, drawing
 * again (same stream) until the move lands inside the prior's support.
 */
import {alea, gaussianPairs} from "../model/random.js";
import {runSeed} from "../run/seeds.js";
import {fitKernel, type Kernel} from "./abcKernels.js";
import {priorDraw, priorKind, type Parameter} from "./abcPriors.js";

/** A generation's particles: natural values, normalised weights, distances. */
export interface Population {
  /** 0 for the draws from the prior. */
  generation: number;
  /** Largest distance accepted (Infinity for generation 0). */
  tolerance: number;
  particles: Float64Array[];
  weights: Float64Array;
  distances: Float64Array;
  /** Proposals it took: the index of the last accepted one, plus one. */
  runs: number;
}

/** One proposal: parameter values (natural units) and the seed to simulate them with. */
export interface Proposal {
  index: number;
  theta: Float64Array;
  seed: number;
  /** False when no move inside the prior was found (not simulated; counted as rejected). */
  inside: boolean;
}

/** What a generation needs of the settings. */
export interface GenerationSettings {
  parameters: readonly Parameter[];
  seed: number;
  kernel: string;
}

/** How to draw and weigh one generation. */
export interface GenerationPlan {
  generation: number;
  tolerance: number;
  propose(index: number): Proposal;
  /** log of the unnormalised importance weight of an accepted particle. */
  logWeight(theta: Float64Array): number;
}

/** Moves tried per proposal before it counts as outside the prior. */
export const maxMoves = 10_000;

/** The plan of generation `previous.generation + 1` (or 0 without a previous one) at tolerance `tolerance`. */
export function planGeneration(s: GenerationSettings, previous: Population | undefined, tolerance: number): GenerationPlan {
  const generation = previous === undefined ? 0 : previous.generation + 1;
  const stream = (index: number) => alea(`rcmp-abc:${s.seed >>> 0}:${generation}:${index}`);
  const seedOf = (index: number) => runSeed(s.seed >>> 0, generation, index);
  if (previous === undefined) {
    return {
      generation, tolerance: Infinity, logWeight: () => 0,
      propose: (index) => {
        const random = stream(index);
        return {index, seed: seedOf(index), inside: true, theta: Float64Array.from(s.parameters, (p) => priorDraw(p.prior, random()))};
      }
    };
  }
  const points = previous.particles.map((theta) => toWorking(s.parameters, theta));
  const kernel = fitKernel(s.kernel, {points, weights: previous.weights, distances: previous.distances, tolerance});
  const logWeights = Float64Array.from(previous.weights, Math.log);
  const cumulative = new Float64Array(previous.weights.length);
  previous.weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  return {
    generation, tolerance,
    propose: (index) => moved(s.parameters, kernel, cumulative, stream(index), index, seedOf(index)),
    logWeight: (theta) => logWeight(s.parameters, kernel, logWeights, theta)
  };
}

function moved(parameters: readonly Parameter[], kernel: Kernel, cumulative: Float64Array, random: () => number, index: number, seed: number): Proposal {
  const p = parameters.length;
  const gaussian = gaussianPairs(random);
  const z = new Float64Array(p);
  const w = new Float64Array(p);
  for (let attempt = 0; attempt < maxMoves; attempt++) {
    const j = pick(cumulative, random());
    for (let k = 0; k < p; k++) z[k] = gaussian();
    kernel.perturb(j, z, w);
    if (Number.isFinite(logPrior(parameters, w))) return {index, seed, inside: true, theta: fromWorking(parameters, w)};
  }
  return {index, seed, inside: false, theta: new Float64Array(p).fill(NaN)};
}

/** The first index whose cumulative weight exceeds u·total. */
function pick(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * log π(θ) − log Σⱼ Wⱼ K(θ | θⱼ), in working space. Terms more than 60 below the largest
 * (each under 1e-26 of it) are left out of the sum: they could not change it.
 */
function logWeight(parameters: readonly Parameter[], kernel: Kernel, logWeights: Float64Array, theta: Float64Array): number {
  const w = toWorking(parameters, theta);
  const terms = new Float64Array(logWeights.length);
  kernel.logDensities(w, terms);
  let top = -Infinity;
  for (let j = 0; j < terms.length; j++) {
    terms[j] += logWeights[j];
    if (terms[j] > top) top = terms[j];
  }
  let sum = 0;
  for (let j = 0; j < terms.length; j++) if (terms[j] > top - 60) sum += Math.exp(terms[j] - top);
  return logPrior(parameters, w) - (top + Math.log(sum));
}

/** Σ log prior densities of a working-space point. */
export function logPrior(parameters: readonly Parameter[], w: Float64Array): number {
  let sum = 0;
  parameters.forEach((p, k) => (sum += priorKind(p.prior).logDensity(p.prior, w[k])));
  return sum;
}

/** Natural values → working space. */
export function toWorking(parameters: readonly Parameter[], theta: Float64Array): Float64Array {
  return Float64Array.from(parameters, (p, k) => priorKind(p.prior).toWorking(p.prior, theta[k]));
}

/** Working space → natural values. */
export function fromWorking(parameters: readonly Parameter[], w: Float64Array): Float64Array {
  return Float64Array.from(parameters, (p, k) => priorKind(p.prior).fromWorking(p.prior, w[k]));
}
