/**
 * `calibrateShard()`: one task of a split calibration (`rcmp calibrate FILE --out DIR --shard
 * i/n`). From DIR's state alone it finds the generation to compute and its bound B, evaluates
 * on its workers every proposal below B whose index is ≡ i (mod n), and writes them to its shard
 * file in DIR/shards/ (atomically). It writes nothing else, holds no lock (the n tasks of a
 * generation share the folder), and does nothing when the generation asked for is complete or
 * the calibration has stopped. `collectCalibration()` (collectCalibration.ts) merges the shards.
 */
import {existsSync, mkdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {evaluateShare} from "../analysis/abcSplit.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {shardPoints, type Shard} from "../sweep/shard.js";
import {version} from "../version.js";
import {loadCalibration} from "./loadCalibration.js";
import {createCalibrationPool} from "./calibrationTask.js";
import {calibrationContext, poolDistances} from "./calibrationRuns.js";
import {parseShardFile, shardFileText, shardPath, shardsFolder} from "./calibrationShard.js";
import {readSplitState, splitStep} from "./splitStep.js";
import {shardFits} from "./collectShards.js";

/** Options of a split calibration's task or collector. */
export interface SplitOptions {
  /** The calibration's folder (required: every task must name the same). */
  out: string;
  /** Runs at once (default 1: in the calling thread). */
  workers?: number;
  /** A targets file instead of the one the calibration file names (every task must give the same). */
  targets?: string;
  /** The generation this task is for: nothing is done when it is complete (default: the next one). */
  generation?: number;
  /** Proposals to split among the tasks (default: see proposalBound in src/analysis/abcSplit.ts); the tasks and the collector must agree. */
  bound?: number;
  /** Called after each batch with the proposals evaluated so far, and how many there are. */
  onProgress?: (evaluated: number, total: number) => void;
}

/** What a task did. */
export interface ShardResult {
  dir: string;
  /** Why nothing was done, when nothing was. */
  nothing?: string;
  generation?: number;
  bound?: number;
  file?: string;
  /** Proposals evaluated, and how many had a distance within the tolerance. */
  evaluated?: number;
  within?: number;
  tolerance?: number;
}

/** Runs task `shard` of the next generation of the calibration `file` in `o.out`; throws InputError for bad input. */
export async function calibrateShard(file: string, shard: Shard, o: SplitOptions): Promise<ShardResult> {
  const started = performance.now();
  const plan = await loadCalibration(file, {targets: o.targets});
  const dir = o.out;
  const step = splitStep(plan, readSplitState(dir, plan), o.generation, o.bound);
  if ("nothing" in step) return {dir, nothing: step.nothing};
  const key = {generation: step.generation, shard, bound: step.bound};
  const path = shardPath(dir, key);
  const base = {dir, generation: step.generation, bound: step.bound, file: path, tolerance: step.plan.tolerance};
  const indices = shardPoints(step.bound, shard);
  const within = (distances: ArrayLike<number | null>) => Array.from(distances).filter((d) => d !== null && d <= step.plan.tolerance).length;
  const header = {
    tool: "rcmp-sim" as const, kind: "calibration-shard" as const, version,
    calibration: {file: plan.file, sha256: plan.sha}, base: {sha256: plan.baseSha}, targets: {sha256: plan.targetsSha},
    generation: step.generation, previous: step.previous, tolerance: Number.isFinite(step.plan.tolerance) ? step.plan.tolerance : null,
    shard, bound: step.bound
  };
  const done = existsSync(path) ? parseShardFile(readFileSync(path, "utf8"), key) : undefined;
  if (done !== undefined && !("damaged" in done) && shardFits(done, plan, step)) {
    return {...base, nothing: `${path} is already done`, evaluated: indices.length, within: within(done.distances)};
  }
  const pool = createCalibrationPool(o.workers ?? 1, calibrationContext(plan));
  try {
    const distances = await evaluateShare(step.plan, indices, poolDistances(plan, pool), {
      batch: pool.batch, lanes: pool.inFlight, onProgress: (n) => o.onProgress?.(n, indices.length)
    });
    mkdirSync(join(dir, shardsFolder), {recursive: true});
    writeFileAtomicSync(path, shardFileText({...header, seconds: Math.round(performance.now() - started) / 1000}, distances));
    return {...base, evaluated: indices.length, within: within(distances)};
  } finally {
    await pool.close();
  }
}
