/**
 * `sweep()`: runs every design point of a sweep file `replicates` times, streaming results to
 * a folder as runs finish (design.csv, runs.csv, failures.csv, the curve spool), then writes
 * runs.csv and failures.csv in run order, curves.csv, the figures and manifest.json.
 *
 * Library use: `await sweep("sweeps/bias.yaml", {out: "results/bias"})` runs in the calling
 * thread (one worker); pass `workers` for a thread pool (that needs the built `dist/`).
 */
import {rmSync} from "node:fs";
import {join} from "node:path";
import {csvLine} from "../results/csv.js";
import {loadSweep, type SweepPlan} from "./loadSweep.js";
import {pointOverrides} from "./checkParameters.js";
import {runSeed} from "../run/seeds.js";
import {shardPoints, type Shard} from "./shard.js";
import {defaultOut, prepareOut, resumeOut} from "./outFolder.js";
import {completeManifest, startManifest, writeManifest, type SweepManifest} from "./manifest.js";
import {fileError} from "../io/fileErrors.js";
import {checkSweepSize, sweepSize, type SweepSize} from "./sweepSize.js";
import {designCells, designColumns, finishedBefore, runsColumns, RunSink} from "./runSink.js";
import {createPool, type RunPool} from "./pool.js";
import type {RunTask} from "./runTask.js";
import {failureColumns, files, sortLog, writeLinesAtomic} from "./resultFiles.js";
import {indexById} from "./csvFile.js";
import {writeCurves} from "./curvesFile.js";

/** Options of {@link sweep}. */
export interface SweepOptions {
  /** Runs at once: 1 (the default) runs in the calling thread, more use a Piscina pool. */
  workers?: number;
  /**
   * Output folder; default a new `results/<sweep file name>/<stamp>/` (with `resume`: the one
   * folder under `results/` holding this sweep unfinished; refused when there is none).
   */
  out?: string;
  /** Complete the sweep in `out`, skipping runs already finished. */
  resume?: boolean;
  /** Replace the results in a non-empty `out`. */
  force?: boolean;
  /** Run only design points whose index ≡ shard.index (mod shard.count). */
  shard?: Shard;
  /** Also write each run's recorded series to `series/<run>.csv`. */
  keepSeries?: boolean;
  /** Draw the figures (default true). */
  plots?: boolean;
  /** Called as runs finish: runs done (including resumed ones), of `total`, and failed so far. */
  onProgress?: (done: number, total: number, failed: number) => void;
  /** Called once the plan is checked and the folder chosen, before any run. */
  onStart?: (info: {dir: string; plan: SweepPlan; total: number; resumed: number; size: SweepSize}) => void;
  /** Recorded in manifest.json as the invocation's arguments. */
  argv?: string[];
}

/** What a sweep did. */
export interface SweepResult {
  dir: string;
  /** Runs of this folder (its shard), of which `ok` succeeded and `failed` failed. */
  runs: number;
  ok: number;
  failed: number;
  /** Runs finished by an earlier invocation (`--resume`). */
  resumed: number;
  wallSeconds: number;
  /** Seconds the runs themselves took (the rest: reading, curves, figures). */
  runSeconds: number;
  /** Figure files written, and notes on figures left out. */
  plots: string[];
  notes: string[];
}

/** The task of a run id. */
export function taskOf(plan: SweepPlan, run: number): RunTask {
  const point = Math.floor(run / plan.spec.replicates);
  const replicate = run % plan.spec.replicates;
  return {run, point, replicate, seed: runSeed(plan.spec.seed, point, replicate), overrides: pointOverrides(plan.design.parameters, plan.design.points[point])};
}

/**
 * Runs (or completes) a sweep; throws InputError for bad input before anything is written, and
 * for a file that cannot be written (a full disk) with how to resume.
 */
export async function sweep(file: string, options: SweepOptions = {}): Promise<SweepResult> {
  const started = performance.now();
  const plan = await loadSweep(file);
  const {shard} = options;
  const size = sweepSize(plan, shard, options.workers ?? 1, options.keepSeries ?? false);
  checkSweepSize(plan, size);
  const chosen = options.out ?? (options.resume ? resumeOut(plan, shard) : undefined);
  const dir = chosen ?? (await defaultOut(plan, shard));
  const {previous, release} = await prepareOut(dir, plan, shard, {resume: options.resume ?? false, force: options.force ?? false, claimed: chosen === undefined});
  try {
    return await run(plan, dir, previous, options, started, size);
  } catch (err) {
    const shardArg = shard ? ` --shard ${shard.index}/${shard.count}` : "";
    throw fileError(err, "write the sweep into", dir, `the runs finished are kept: complete them with rcmp sweep ${file}${shardArg} --resume --out ${dir}`);
  } finally {
    release();
  }
}

async function run(plan: SweepPlan, dir: string, previous: SweepManifest | undefined, options: SweepOptions, started: number, size: SweepSize): Promise<SweepResult> {
  const points = shardPoints(plan.points, options.shard);
  const total = points.length * plan.spec.replicates;
  if (previous?.status === "complete" && previous.counts.failed === 0) {
    if (previous.files === undefined) await completeManifest(dir, previous);
    return alreadyComplete(dir, previous);
  }
  const manifest = startManifest(plan, options.shard, options.argv ?? [], total);
  writeManifest(dir, manifest);
  writeLinesAtomic(join(dir, files.design), designColumns(plan), designLines(plan, points));
  const done = previous ? finishedBefore(dir, plan) : new Uint8Array(plan.runs);
  const pending = pendingRuns(plan, points, done);
  const resumed = total - pending.length;
  options.onStart?.({dir, plan, total, resumed, size});
  const sink = new RunSink(dir, plan);
  const running = performance.now();
  const pool = createPool(options.workers ?? 1, {baseText: plan.baseText, baseFile: plan.baseFile, record: plan.record, keepSeries: options.keepSeries ?? false,
    positions: plan.spec.positions === false ? undefined : plan.spec.positions});
  try {
    await execute(plan, pending, pool, sink, (n) => options.onProgress?.(resumed + n, total, sink.failed));
  } finally {
    sink.close();
    await pool.close();
  }
  const runSeconds = (performance.now() - running) / 1000;
  return finish(dir, plan, points, manifest, {resumed, started, runSeconds, plots: options.plots ?? true});
}

function* designLines(plan: SweepPlan, points: readonly number[]): Generator<string> {
  for (const point of points) {
    for (let r = 0; r < plan.spec.replicates; r++) yield csvLine(designCells(plan, taskOf(plan, point * plan.spec.replicates + r)));
  }
}

function pendingRuns(plan: SweepPlan, points: readonly number[], done: Uint8Array): number[] {
  const out: number[] = [];
  for (const point of points) {
    for (let r = 0; r < plan.spec.replicates; r++) {
      const run = point * plan.spec.replicates + r;
      if (!done[run]) out.push(run);
    }
  }
  return out;
}

/** Feeds runs to the pool in run order, in batches, a few per worker in flight, and hands each batch's outcomes to the sink. */
async function execute(plan: SweepPlan, runs: readonly number[], pool: RunPool, sink: RunSink, progress: (n: number) => void): Promise<void> {
  let next = 0;
  let finished = 0;
  // Smaller batches for short sweeps, so that every worker gets a share of the work.
  const batch = Math.max(1, Math.min(pool.batch, Math.floor(runs.length / (pool.size * 8))));
  const lane = async () => {
    while (next < runs.length) {
      const tasks = runs.slice(next, next + batch).map((run) => taskOf(plan, run));
      next += tasks.length;
      sink.accept(tasks, await pool.run(tasks));
      finished += tasks.length;
      progress(finished);
    }
  };
  await Promise.all(Array.from({length: pool.inFlight}, lane));
}

async function finish(dir: string, plan: SweepPlan, points: number[], manifest: SweepManifest, o: {resumed: number; started: number; runSeconds: number; plots: boolean}): Promise<SweepResult> {
  const columns = runsColumns(plan);
  const ok = sortLog(join(dir, files.runs), columns, plan.runs);
  const succeeded = indexById(join(dir, files.runs), plan.runs, columns.length).offsets;
  const failed = sortLog(join(dir, files.failures), failureColumns, plan.runs, (run) => succeeded[run] < 0);
  writeCurves(dir, plan, points, (run) => succeeded[run] >= 0);
  const figures = o.plots && ok > 0 ? await (await import("./sweepPlots.js")).writeSweepPlots(dir, {design: plan.spec.design, parameters: plan.design.parameters, record: plan.record, points: points.length}) : {paths: [], notes: []};
  if (failed === 0) rmSync(join(dir, files.spool), {recursive: true, force: true});
  const wallSeconds = (performance.now() - o.started) / 1000;
  await completeManifest(dir, {...manifest, finished: new Date().toISOString(), wallSeconds, counts: {runs: manifest.counts.runs, ok, failed, resumed: o.resumed}});
  return {dir, runs: manifest.counts.runs, ok, failed, resumed: o.resumed, wallSeconds, runSeconds: o.runSeconds, plots: figures.paths, notes: figures.notes};
}

function alreadyComplete(dir: string, m: SweepManifest): SweepResult {
  return {dir, runs: m.counts.runs, ok: m.counts.ok, failed: 0, resumed: m.counts.runs, wallSeconds: 0, runSeconds: 0, plots: [], notes: ["the sweep in this folder was already complete"]};
}
