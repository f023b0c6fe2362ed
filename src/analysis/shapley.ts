/**
 * Shapley values of a cooperative game of n players, v a function of coalitions (bit masks:
 * player i is in coalition S when bit i is set). Two phases, so that the costly values can be
 * computed anywhere (a worker pool, several replicates): `shapleyPlan` lists the coalitions
 * whose value is needed, `shapleyValues` combines their values.
 *
 * - exact (n ≤ `exactUpTo`): all 2^n coalitions, φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S));
 * - sampled permutations otherwise: antithetic pairs (a random order and its reverse), φ_i the
 *   mean of i's marginal contribution v(before ∪ i) − v(before); the Monte Carlo standard error is
 *   the SD of the pair means over √pairs.
 * Both add up exactly (up to rounding) to v(all) − v(none): each permutation's contributions
 * telescope (efficiency).
 */
import {alea} from "../model/random.js";

/** The coalitions to evaluate and how the values will be combined. */
export interface ShapleyPlan {
  players: number;
  method: "exact" | "permutations";
  /** Every coalition whose value `shapleyValues` reads, ascending, the empty and the full one included. */
  coalitions: number[];
  /** The sampled orders (antithetic pairs next to each other); empty for `exact`. */
  permutations: Int32Array[];
}

/** Options of {@link shapleyPlan}. */
export interface ShapleyPlanOptions {
  /** Exact over all 2^n coalitions up to this many players; default 10 (1,024 coalitions). */
  exactUpTo?: number;
  /** Orders sampled beyond that (rounded up to an even number, for the antithetic pairs); default 200. */
  permutations?: number;
  /** Seed of the sampled orders; default 1. */
  seed?: number;
}

/** The largest number of players (coalitions are 31-bit masks). */
export const maxPlayers = 30;

/** The coalitions needed for n players. */
export function shapleyPlan(n: number, o: ShapleyPlanOptions = {}): ShapleyPlan {
  if (!Number.isInteger(n) || n < 1 || n > maxPlayers) throw new Error(`invalid players: ${n} (expected 1 to ${maxPlayers})`);
  const exactUpTo = o.exactUpTo ?? 10;
  if (n <= exactUpTo) return {players: n, method: "exact", coalitions: Array.from({length: 2 ** n}, (_, s) => s), permutations: []};
  const pairs = Math.max(1, Math.ceil((o.permutations ?? 200) / 2));
  const random = alea(`rcmp-shapley:${o.seed ?? 1}`);
  const permutations: Int32Array[] = [];
  const needed = new Set<number>([0]);
  for (let p = 0; p < pairs; p++) {
    const order = shuffled(n, random);
    for (const perm of [order, order.slice().reverse()]) {
      permutations.push(perm);
      let mask = 0;
      for (const i of perm) needed.add((mask |= 1 << i));
    }
  }
  return {players: n, method: "permutations", coalitions: [...needed].sort((a, b) => a - b), permutations};
}

/** A uniformly random order of 0..n−1 (Fisher–Yates). */
function shuffled(n: number, random: () => number): Int32Array {
  const a = Int32Array.from({length: n}, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Shapley values φ and their Monte Carlo standard errors (0 for `exact`). */
export interface ShapleyValues {
  phi: Float64Array;
  se: Float64Array;
}

/** Combines the values of the plan's coalitions (`value(mask)`) into Shapley values. */
export function shapleyValues(plan: ShapleyPlan, value: (coalition: number) => number): ShapleyValues {
  return plan.method === "exact" ? exactValues(plan.players, value) : sampledValues(plan, value);
}

function exactValues(n: number, value: (coalition: number) => number): ShapleyValues {
  const weight = Float64Array.from({length: n}, (_, s) => 1 / (n * binomial(n - 1, s))); // s!(n−s−1)!/n!
  const phi = new Float64Array(n);
  for (let s = 0; s < 2 ** n; s++) {
    const size = popcount(s);
    const vs = value(s);
    for (let i = 0; i < n; i++) if (!(s & (1 << i))) phi[i] += weight[size] * (value(s | (1 << i)) - vs);
  }
  return {phi, se: new Float64Array(n)};
}

function sampledValues(plan: ShapleyPlan, value: (coalition: number) => number): ShapleyValues {
  const n = plan.players;
  const pairs = plan.permutations.length / 2;
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  const marginal = new Float64Array(n);
  for (let p = 0; p < pairs; p++) {
    const pairMean = new Float64Array(n);
    for (const perm of [plan.permutations[2 * p], plan.permutations[2 * p + 1]]) {
      let mask = 0;
      let before = value(0);
      for (const i of perm) {
        mask |= 1 << i;
        const now = value(mask);
        marginal[i] = now - before;
        before = now;
      }
      for (let i = 0; i < n; i++) pairMean[i] += marginal[i] / 2;
    }
    for (let i = 0; i < n; i++) {
      sum[i] += pairMean[i];
      sumSq[i] += pairMean[i] * pairMean[i];
    }
  }
  const phi = Float64Array.from(sum, (s) => s / pairs);
  const se = Float64Array.from(sum, (s, i) => (pairs < 2 ? NaN : Math.sqrt(Math.max(0, (sumSq[i] - (s * s) / pairs) / (pairs - 1)) / pairs)));
  return {phi, se};
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let j = 1; j <= k; j++) c = (c * (n - k + j)) / j;
  return c;
}

function popcount(s: number): number {
  let c = 0;
  for (let x = s; x; x &= x - 1) c++;
  return c;
}
