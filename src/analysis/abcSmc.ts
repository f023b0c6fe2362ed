/**
 * ABC-SMC with an adaptive tolerance: approximate Bayesian computation by sequential Monte
 * Carlo (Toni et al. 2009; Beaumont et al. 2009), for any simulator that turns parameter values
 * and a seed into a distance from the observations.
 *
 * Generation 0 draws `particles` values from the prior. Generation t ≥ 1 takes as tolerance the
 * `alpha` quantile of generation t − 1's distances (Del Moral et al. 2012; Drovandi and Pettitt
 * 2011), proposes moved particles (see abcGeneration.ts), and accepts those whose distance is at
 * most the tolerance, weighing each by prior / Σ previous weight × kernel.
 *
 * Proposals are evaluated in batches, several at once, but accepted in proposal-index order
 * until `particles` are accepted; evaluations past that index are discarded. The result is
 * therefore the same for any batch size, any number of workers and any completion order, and a
 * calibration resumed from its saved generations continues exactly as an uninterrupted one.
 */
import {quantile7} from "../run/curveStats.js";
import {planGeneration, type GenerationPlan, type Population, type Proposal} from "./abcGeneration.js";
import {kernels} from "./abcKernels.js";
import {priorKind, type Parameter} from "./abcPriors.js";
import {effectiveSampleSize} from "./weighted.js";

export type {GenerationPlan, Population, Proposal} from "./abcGeneration.js";

/** Settings of a calibration. */
export interface AbcSettings {
  /** The parameters and their priors. */
  parameters: readonly Parameter[];
  /** Particles accepted per generation (at least 2). */
  particles: number;
  /** Seed of every proposal and simulation (an unsigned 32-bit integer). Default 1. */
  seed?: number;
  /** Most generations, generation 0 (the prior) included. Default 10. */
  generations?: number;
  /** Tolerance of generation t: this quantile of generation t − 1's distances. Default 0.5. */
  alpha?: number;
  /** Perturbation kernel: `normal` (twice the weighted covariance; the default) or `olcm`. */
  kernel?: string;
  /** Stop after a generation whose acceptance rate (particles / proposals) is below this. Default 0.01. */
  minAcceptance?: number;
  /** Stop once a generation's tolerance is at most this. Default 0 (never). */
  tolerance?: number;
  /** Most proposals in all; a generation that cannot finish within them is dropped. Default: no limit. */
  maxRuns?: number;
}

/** Settings with every default filled in. */
export type ResolvedAbcSettings = Required<AbcSettings>;

/** Evaluates proposals (only those `inside` the prior), giving one distance each; NaN or Infinity rejects. */
export type Evaluate = (proposals: Proposal[]) => Promise<ArrayLike<number>> | ArrayLike<number>;

/** Progress within a generation. */
export interface AbcProgress {
  generation: number;
  tolerance: number;
  /** Proposals evaluated so far in this generation, and how many of them were accepted. */
  evaluated: number;
  accepted: number;
}

/** Hooks and tuning of a run; none changes the result. */
export interface AbcHooks {
  /** Generations already done (from a saved calibration): continue after the last. */
  start?: readonly Population[];
  /** Called after each generation, before the next starts (saving it makes the run resumable). */
  onGeneration?: (population: Population) => Promise<void> | void;
  /** Called after each batch. */
  onProgress?: (progress: AbcProgress) => void;
  /** Proposals per call of `evaluate` (default 64). */
  batch?: number;
  /** Calls of `evaluate` in flight at once (default 1). */
  lanes?: number;
}

/** Why a calibration stopped. */
export type StopReason = "generations" | "acceptance" | "tolerance" | "budget";

/** Every generation, the last of which is the posterior, and why it stopped. */
export interface AbcResult {
  generations: Population[];
  posterior: Population;
  stopped: StopReason;
}

/** The settings with defaults filled in; throws an Error naming a bad setting. */
export function resolveAbcSettings(s: AbcSettings): ResolvedAbcSettings {
  const r: ResolvedAbcSettings = {
    parameters: s.parameters, particles: s.particles, seed: s.seed ?? 1, generations: s.generations ?? 10, alpha: s.alpha ?? 0.5,
    kernel: s.kernel ?? "normal", minAcceptance: s.minAcceptance ?? 0.01, tolerance: s.tolerance ?? 0, maxRuns: s.maxRuns ?? Infinity
  };
  const bad: string[] = [];
  if (r.parameters.length === 0) bad.push("no parameters");
  for (const p of r.parameters) {
    const problem = priorKind(p.prior).problem(p.prior);
    if (problem !== undefined) bad.push(`${p.name}: ${problem}`);
  }
  if (!Number.isInteger(r.particles) || r.particles < 2) bad.push(`particles must be a whole number ≥ 2 (got ${r.particles})`);
  if (!Number.isInteger(r.generations) || r.generations < 1) bad.push(`generations must be a whole number ≥ 1 (got ${r.generations})`);
  if (!(r.alpha > 0 && r.alpha < 1)) bad.push(`alpha must be between 0 and 1 (got ${r.alpha})`);
  if (!Object.hasOwn(kernels, r.kernel)) bad.push(`unknown kernel: ${r.kernel} (expected one of ${Object.keys(kernels).join(", ")})`);
  if (!(r.maxRuns >= r.particles)) bad.push(`maxRuns (${r.maxRuns}) must be at least particles (${r.particles})`);
  if (bad.length > 0) throw new Error(`invalid ABC settings: ${bad.join("; ")}`);
  return r;
}

/** Runs ABC-SMC with a batch evaluator (e.g. a worker pool). */
export async function abcSmcBatched(settings: AbcSettings, evaluate: Evaluate, hooks: AbcHooks = {}): Promise<AbcResult> {
  const s = resolveAbcSettings(settings);
  const generations = [...(hooks.start ?? [])];
  const done = (stopped: StopReason): AbcResult => ({generations, posterior: generations[generations.length - 1], stopped});
  for (;;) {
    const next = nextGeneration(s, generations);
    if ("stopped" in next) return done(next.stopped);
    const population = await runGeneration(next.plan, s.particles, evaluate, next.limit, hooks);
    if (population === undefined) return done(budgetStop(generations, s.particles));
    generations.push(population);
    await hooks.onGeneration?.(population);
  }
}

/** The generation to compute after `generations` (its plan, and the most proposals it may use), or why the calibration stops. */
export function nextGeneration(s: ResolvedAbcSettings, generations: readonly Population[]): {plan: GenerationPlan; limit: number} | {stopped: StopReason} {
  const stopped = generations.length > 0 ? stopReason(s, generations) : undefined;
  if (stopped !== undefined) return {stopped};
  const previous = generations.at(-1);
  const tolerance = previous === undefined ? Infinity : nextTolerance(previous, s.alpha);
  return {plan: planGeneration(s, previous, tolerance), limit: s.maxRuns - usedRuns(generations)};
}

/** The stop when a generation cannot finish within maxRuns: "budget", or an Error for generation 0. */
export function budgetStop(generations: readonly Population[], particles: number): StopReason {
  if (generations.length === 0) throw new Error(`generation 0 found fewer than ${particles} finite distances within maxRuns`);
  return "budget";
}

/** Runs ABC-SMC in the calling thread with a simulator `distance(theta, seed)`. */
export function abcSmc(settings: AbcSettings, distance: (theta: Float64Array, seed: number) => number, hooks: AbcHooks = {}): Promise<AbcResult> {
  return abcSmcBatched(settings, (proposals) => proposals.map((p) => distance(p.theta, p.seed)), hooks);
}

/** The tolerance after `previous`: the `alpha` quantile (type 7) of its distances. */
export function nextTolerance(previous: Population, alpha: number): number {
  return quantile7(Float64Array.from(previous.distances).sort(), alpha);
}

/** Proposals used by these generations. */
export function usedRuns(generations: readonly Population[]): number {
  return generations.reduce((sum, g) => sum + g.runs, 0);
}

/** Whether to stop after the last of `generations`, and why. */
export function stopReason(s: ResolvedAbcSettings, generations: readonly Population[]): StopReason | undefined {
  const last = generations[generations.length - 1];
  if (generations.length >= s.generations) return "generations";
  if (last.generation > 0 && last.particles.length / last.runs < s.minAcceptance) return "acceptance";
  if (last.tolerance <= s.tolerance) return "tolerance";
  if (usedRuns(generations) + s.particles > s.maxRuns) return "budget";
  return undefined;
}

/** Acceptance rate of a generation: particles per proposal. */
export const acceptanceRate = (p: Population): number => p.particles.length / p.runs;

/** Effective sample size of a generation's weights. */
export const essOf = (p: Population): number => effectiveSampleSize(p.weights);

/**
 * Proposals of a generation evaluated elsewhere (by the tasks of a split calibration): every
 * index below `below`, with the distances of those that have a finite one.
 */
export interface Evaluated {
  below: number;
  distances: ReadonlyMap<number, number>;
}

/**
 * Evaluates proposals in index order, a batch per lane, until `n` are accepted or `limit`
 * proposals are used, starting after those `done` holds; keeps the first `n` accepted in index
 * order. Undefined when fewer than `n` were accepted within `limit`.
 */
export async function runGeneration(plan: GenerationPlan, n: number, evaluate: Evaluate, limit: number, hooks: AbcHooks = {}, done?: Evaluated): Promise<Population | undefined> {
  const accepted = new Map<number, {theta?: Float64Array; distance: number}>();
  const batch = Math.max(1, hooks.batch ?? 64);
  const accepts = (d: number) => Number.isFinite(d) && d <= plan.tolerance;
  let next = Math.min(done?.below ?? 0, limit);
  for (const [index, distance] of done?.distances ?? []) if (index < next && accepts(distance)) accepted.set(index, {distance});
  let evaluated = next;
  const lane = async () => {
    while (accepted.size < n && next < limit) {
      const proposals = Array.from({length: Math.min(batch, limit - next)}, (_, k) => plan.propose(next + k));
      next += proposals.length;
      const inside = proposals.filter((p) => p.inside);
      const distances = inside.length > 0 ? await evaluate(inside) : [];
      inside.forEach((p, k) => accepts(distances[k]) && accepted.set(p.index, {theta: p.theta, distance: distances[k]}));
      evaluated += proposals.length;
      hooks.onProgress?.({generation: plan.generation, tolerance: plan.tolerance, evaluated, accepted: accepted.size});
    }
  };
  await Promise.all(Array.from({length: Math.max(1, hooks.lanes ?? 1)}, lane));
  // Every proposal below `next` is evaluated now: keep the first n accepted, in index order.
  const first = [...accepted.keys()].sort((a, b) => a - b).slice(0, n);
  if (first.length < n) return undefined;
  const particles = first.map((i) => accepted.get(i)!.theta ?? plan.propose(i).theta);
  const logWeights = particles.map((theta) => plan.logWeight(theta));
  const top = Math.max(...logWeights);
  const raw = logWeights.map((l) => Math.exp(l - top));
  const total = raw.reduce((a, b) => a + b, 0);
  return {
    generation: plan.generation, tolerance: plan.tolerance, particles,
    weights: Float64Array.from(raw, (w) => w / total),
    distances: Float64Array.from(first, (i) => accepted.get(i)!.distance),
    runs: first[n - 1] + 1
  };
}
