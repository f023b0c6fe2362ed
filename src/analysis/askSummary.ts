/**
 * What `rcmp ask` reports from its runs: per draw the effect (mean over replicates of the paired
 * difference metric(a) − metric(b)) and its standard error; over draws the mean effect, its 90%
 * interval (5th to 95th percentile over draws), the share of draws where the claim holds (and
 * where it holds or fails beyond the replicates' noise: a 90% t interval of the draw's effect
 * clear of the margin), and for each assumption Spearman's rank correlation with the effect and
 * the share of draws holding below and above the assumption's median: what the sign depends on.
 */
import type {AskPlan} from "./ask.js";
import {drawnRank} from "./priors.js";
import {mean, quantile, sd, spearman, tQuantile} from "./stats.js";

/** One draw's outcome. */
export interface DrawOutcome {
  draw: number;
  /** Mean over replicates of metric(a) and metric(b). */
  a: number;
  b: number;
  effect: number;
  /** Standard error of the effect over replicates (NaN with one replicate). */
  se: number;
  holds: boolean;
  /** `holds` / `fails` beyond the replicates' noise, or `unsure`. */
  verdict: "holds" | "fails" | "unsure";
}

/** How much one assumption matters for the effect. */
export interface Influence {
  path: string;
  /** Spearman's ρ between the assumption's drawn value and the draw's effect (NaN if either is constant). */
  rho: number;
  /** The median drawn value, and the share of draws holding at or below it and above it. */
  median: number;
  holdsBelow: number;
  holdsAbove: number;
}

/** The report of a question. */
export interface AskSummary {
  draws: DrawOutcome[];
  meanEffect: number;
  /** 5th and 95th percentiles of the draws' effects. */
  low: number;
  high: number;
  /** Shares of draws: the claim holds (by the mean effect), holds beyond noise, fails beyond noise. */
  holds: number;
  clearlyHolds: number;
  clearlyFails: number;
  /** The assumptions, most influential first (by |ρ|). */
  influence: Influence[];
}

/** Summarises the runs' values (`values[k]` for `plan.runs[k]`). */
export function askSummary(plan: AskPlan, values: ArrayLike<number>): AskSummary {
  const q = plan.question;
  const sign = q.expect === "greater" ? 1 : -1;
  const diffs = plan.values.map(() => [] as number[]);
  const sums = plan.values.map(() => [0, 0]);
  plan.runs.forEach((run, k) => {
    sums[run.draw][run.variant] += values[k] / plan.replicates;
    if (run.variant === 1) diffs[run.draw].push(values[k - 1] - values[k]); // a run of variant 1 follows its variant-0 twin
  });
  const t = plan.replicates > 1 ? tQuantile(0.95, plan.replicates - 1) : NaN;
  const draws: DrawOutcome[] = diffs.map((d, draw) => {
    const effect = mean(d);
    const se = d.length > 1 ? sd(d) / Math.sqrt(d.length) : NaN;
    const clear = sign * effect - q.margin;
    const verdict = Number.isFinite(se) && Math.abs(clear) > t * se ? (clear > 0 ? "holds" : "fails") : "unsure";
    return {draw, a: sums[draw][0], b: sums[draw][1], effect, se, holds: clear > 0, verdict};
  });
  const effects = draws.map((d) => d.effect);
  const share = (f: (d: DrawOutcome) => boolean) => draws.filter(f).length / draws.length;
  return {
    draws, meanEffect: mean(effects), low: quantile(effects, 0.05), high: quantile(effects, 0.95),
    holds: share((d) => d.holds), clearlyHolds: share((d) => d.verdict === "holds"), clearlyFails: share((d) => d.verdict === "fails"),
    influence: influences(plan, draws)
  };
}

function influences(plan: AskPlan, draws: DrawOutcome[]): Influence[] {
  const effects = draws.map((d) => d.effect);
  return plan.assumptions
    .map((path, j) => {
      const x = plan.values.map((v) => drawnRank(plan.question.assumptions[path], v[j]));
      const median = quantile(x, 0.5);
      const part = (below: boolean) => {
        const chosen = draws.filter((_, d) => (x[d] <= median) === below);
        return chosen.length === 0 ? NaN : chosen.filter((d) => d.holds).length / chosen.length;
      };
      return {path, rho: spearman(x, effects), median, holdsBelow: part(true), holdsAbove: part(false)};
    })
    .sort((p, q) => (Number.isFinite(q.rho) ? Math.abs(q.rho) : -1) - (Number.isFinite(p.rho) ? Math.abs(p.rho) : -1));
}
