/**
 * One generation of ABC-SMC split over independent tasks (the tasks of a cluster's job array),
 * with the same result as the unsplit run. Every task computes, from the finished generations
 * alone, the same bound B (see {@link proposalBound}); task i of n evaluates every proposal
 * whose index is below B and ≡ i (mod n), without stopping early ({@link evaluateShare}). The
 * collector merges the tasks' distances and hands them to `runGeneration` as already
 * evaluated: it keeps the first `particles` accepted in index order, and evaluates proposals
 * from B on only when fewer were accepted below B. Since a proposal depends on (seed,
 * generation, index) alone and acceptance goes by index, the generation is the unsplit one.
 */
import {acceptanceRate, type AbcHooks, type Evaluate, type GenerationPlan, type Population, type ResolvedAbcSettings} from "./abcSmc.js";

/** How far above the expected number of proposals the bound goes: 1.25 (a quarter more). */
export const boundMargin = 1.25;

/**
 * The expected acceptance rate of the generation after `generations`: 1 for generation 0 (the
 * prior, accepted whenever a run gives a finite distance); `alpha` × the rate of generation 0
 * for generation 1 (its tolerance is the `alpha` quantile of generation 0's distances); later,
 * the last rate times its fall from the one before (at most 1), since rates tend to fall by a
 * steady factor once the tolerance settles.
 */
export function expectedAcceptance(s: Pick<ResolvedAbcSettings, "alpha">, generations: readonly Population[]): number {
  const last = generations.at(-1);
  if (last === undefined) return 1;
  const rate = acceptanceRate(last);
  if (generations.length === 1) return s.alpha * rate;
  return rate * Math.min(1, rate / acceptanceRate(generations[generations.length - 2]));
}

/**
 * The bound B of the next generation's split: `particles` for generation 0, else `particles`
 * × {@link boundMargin} / the expected acceptance, rounded up; at least `particles` and at most
 * `limit` (the proposals the budget leaves). A function of the finished generations alone, so
 * every task of the split finds the same B.
 */
export function proposalBound(s: Pick<ResolvedAbcSettings, "alpha" | "particles">, generations: readonly Population[], limit: number): number {
  const margin = generations.length === 0 ? 1 : boundMargin;
  const wanted = Math.ceil((s.particles * margin) / Math.max(expectedAcceptance(s, generations), 1e-9));
  return Math.max(0, Math.min(limit, Math.max(s.particles, wanted)));
}

/**
 * Evaluates every proposal of `indices` (no early stop), a batch per lane; returns their
 * distances in the order of `indices`, NaN for a proposal outside the prior (never simulated).
 */
export async function evaluateShare(plan: GenerationPlan, indices: readonly number[], evaluate: Evaluate,
  hooks: Pick<AbcHooks, "batch" | "lanes"> & {onProgress?: (evaluated: number) => void} = {}): Promise<Float64Array> {
  const out = new Float64Array(indices.length).fill(NaN);
  const batch = Math.max(1, hooks.batch ?? 64);
  let next = 0;
  let evaluated = 0;
  const lane = async () => {
    while (next < indices.length) {
      const start = next;
      const proposals = indices.slice(start, start + batch).map((index) => plan.propose(index));
      next += proposals.length;
      const inside = proposals.map((p, k) => ({p, k: start + k})).filter(({p}) => p.inside);
      const distances = inside.length > 0 ? await evaluate(inside.map(({p}) => p)) : [];
      inside.forEach(({k}, j) => (out[k] = distances[j]));
      evaluated += proposals.length;
      hooks.onProgress?.(evaluated);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, hooks.lanes ?? 1)}, lane));
  return out;
}
