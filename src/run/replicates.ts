/**
 * Replicates of one scenario (`rcmp run --replicates N`): the same scenario run N times with
 * seeds derived from the scenario's seed, keeping of replicates 1..N−1 only their summary and
 * the group `all` series (never their states). `results/replicateFiles.ts` turns a batch into
 * `replicates.csv` and `curves.csv`. Pure: no `node:` imports, no clock, no files.
 */
import {simulate, type RunResult} from "./simulate.js";
import type {Scenario} from "../scenario/schema.js";
import type {World} from "../model/world.js";
import type {Series} from "../metrics/series.js";
import type {Summary} from "../metrics/summary.js";
import {runSeed} from "./seeds.js";
import type {CurveRecord} from "./curveStats.js";
import type {PositionSpec, Positions} from "./positions.js";

/**
 * The seed of replicate `replicate` (0-based) of a run whose seed is `seed` (an unsigned 32-bit
 * integer): replicate 0 keeps `seed` itself, so a one-replicate run is a plain run; replicate
 * r ≥ 1 gets a murmur3-mixed value of (seed, r). For r below 65,536 the seeds of one batch are
 * all distinct, and distinct from `seed`.
 */
export function replicateSeed(seed: number, replicate: number): number {
  if (replicate === 0) return seed;
  const mixed = runSeed(seed, 0, replicate);
  // runSeed is a bijection in the replicate for a fixed point, so point 1 can never give `seed` too.
  return mixed === seed ? runSeed(seed, 1, replicate) : mixed;
}

/** What a batch of replicates leaves: replicate 0 whole, the others as summary and `all` curves. */
export interface ReplicateBatch {
  /** Replicate 0: the full result, as a plain run with the same seed gives it. */
  first: RunResult;
  /** Seed of each replicate. */
  seeds: number[];
  /** Summary of each replicate. */
  summaries: Summary[];
  /** Group `all` curves of each replicate, values in `metrics` order. */
  records: CurveRecord[];
  /** Metric names of group `all`, in recording order. */
  metrics: string[];
  /** Each replicate's positions, when asked for (only at the times asked for: name few on many replicates). */
  positions?: Positions[];
}

/** Options of `runReplicates`. */
export interface ReplicateOptions {
  /** Seed of replicate 0 (default: the scenario's). */
  seed?: number;
  /** Ticks per run (default: the scenario's). */
  ticks?: number;
  /** Number of replicates, at least 1 (default 1). */
  replicates?: number;
  /** Called after each tick of each replicate. */
  onTick?: (world: World, replicate: number) => void;
  /** Called after each replicate with the number done so far. */
  onReplicate?: (done: number) => void;
  /** Mechanisms every replicate leaves out, by name (default none): see `simulate`'s `skip`. */
  skip?: readonly string[];
  /** Record every state's position in each replicate (see `simulate`), kept in `positions`; default none. */
  positions?: PositionSpec;
}

/** Runs the replicates one after another (replicate 0 with the scenario's groups, the others with `all` only). */
export function runReplicates(scenario: Scenario, o: ReplicateOptions = {}): ReplicateBatch {
  const n = o.replicates ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid replicates: ${n} (expected a whole number ≥ 1)`);
  const base = o.seed ?? scenario.seed;
  const seeds = Array.from({length: n}, (_, r) => replicateSeed(base, r));
  let first: RunResult | undefined;
  const summaries: Summary[] = [];
  const records: CurveRecord[] = [];
  let metrics: string[] = [];
  const positions: Positions[] = [];
  for (let r = 0; r < n; r++) {
    const onTick = o.onTick === undefined ? undefined : (w: World) => o.onTick?.(w, r);
    const result = simulate(scenario, {seed: seeds[r], ticks: o.ticks, onTick, skip: o.skip, positions: o.positions, ...(r === 0 ? {} : {groups: false})});
    if (r === 0) first = result;
    if (result.positions !== undefined) positions.push(result.positions);
    const kept = allGroupRecord(result.series, r);
    metrics = kept.metrics;
    records.push(kept.record);
    summaries.push(result.summary);
    o.onReplicate?.(r + 1);
  }
  return {first: first as RunResult, seeds, summaries, records, metrics, ...(o.positions === undefined ? {} : {positions})};
}

/** The group `all` series of a run as a curve record (copied, so the run's arrays can go). */
export function allGroupRecord(series: Series, run: number): {record: CurveRecord; metrics: string[]} {
  const g = series.groups.indexOf("all");
  if (g < 0) throw new Error("series has no group all");
  const n = series.ticks.length;
  const record: CurveRecord = {
    run, point: 0,
    ticks: Float64Array.from(series.ticks),
    years: Float64Array.from(series.years, (y) => y ?? NaN),
    values: series.values[g].map((column) => column.slice(0, n))
  };
  return {record, metrics: [...series.metrics[g]]};
}
