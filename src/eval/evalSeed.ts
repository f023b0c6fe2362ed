/**
 * The seed of each run of `rcmp eval`, a pure function of the row and the replicate, never of
 * the worker or of when rows arrive, so that the answers equal those of `rcmp run` and of a
 * sweep for the same seeds:
 * - a row with a `seed`: replicate r runs with `replicateSeed(seed, r)` (replicate 0 with the seed
 *   itself), as `rcmp run --seed <seed> --replicates R` does;
 * - else, with `--seed S`: `runSeed(S, row, r)`, the seed a sweep with seed S gives replicate r of
 *   design point `row` (feed a sweep's design points in order and the answers equal its runs.csv);
 * - else: `replicateSeed(scenario seed, r)`: every row runs with the scenario's own seed (common
 *   random numbers: the answer is a deterministic function of the parameters), as `rcmp run`.
 */
import {runSeed} from "../run/seeds.js";
import {replicateSeed} from "../run/replicates.js";

/** Where seeds come from when a row names none: a sweep-like seed, or the scenario's seed. */
export type SeedRule = {kind: "sweep"; seed: number} | {kind: "scenario"; seed: number};

/** The seed (an unsigned 32-bit integer) of replicate `replicate` of data row `row` (both from 0). */
export function evalSeed(rule: SeedRule, row: number, replicate: number, rowSeed?: number): number {
  if (rowSeed !== undefined) return replicateSeed(rowSeed, replicate);
  return rule.kind === "sweep" ? runSeed(rule.seed, row, replicate) : replicateSeed(rule.seed, replicate);
}
