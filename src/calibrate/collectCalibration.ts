/**
 * `collectCalibration()`: the collector of a split calibration (`rcmp calibrate FILE --out DIR
 * --collect`). Holding DIR's lock, it merges the shard files of the next generation (see
 * collectShards.ts), evaluates on its own workers the proposals from the bound on when fewer
 * than `particles` were accepted below it, and saves the generation exactly as the unsplit
 * `rcmp calibrate` does (population, posterior.csv, its row of generations.csv), then removes
 * the shard files it used. When the calibration then stops by its rule, it writes the
 * posterior predictive, the figures and the complete manifest, as `rcmp calibrate` does.
 * It does nothing for a generation already complete or a calibration already finished.
 */
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {budgetStop, runGeneration, stopReason, type AbcProgress, type Population, type StopReason} from "../analysis/abcSmc.js";
import {lockFolder} from "../io/folderLock.js";
import {shellQuote} from "../explore/commandLine.js";
import type {TaskPool} from "../sweep/pool.js";
import {loadCalibration, type CalibrationPlan} from "./loadCalibration.js";
import {createCalibrationPool, type CalibrationOutcome, type CalibrationTask} from "./calibrationTask.js";
import type {GenerationRow} from "./calibrationFiles.js";
import {type CalibrationManifest} from "./calibrationFolder.js";
import {calibrationFiles} from "../results/layout.js";
import {finishCalibration, startCalibration, type CalibrateOptions, type CalibrateResult} from "./calibrate.js";
import {abcSettingsOf, calibrationContext, generationSaver, poolDistances} from "./calibrationRuns.js";
import {collectShards, removeShards, type MergedShards} from "./collectShards.js";
import {readSplitState, splitStep, type SplitStep} from "./splitStep.js";
import type {SplitOptions} from "./calibrateShard.js";

/** Options of the collector. */
export interface CollectOptions extends Omit<SplitOptions, "onProgress">, Pick<CalibrateOptions, "plots" | "onStage" | "argv"> {
  /** Called after each batch the collector runs itself. */
  onProgress?: (p: AbcProgress) => void;
  /** The command that remakes shard `i/n` (for messages), e.g. `rcmp calibrate FILE --out DIR --shard i/n`. */
  rerun?: (shard: string) => string;
}

/** What the collector did. */
export interface CollectResult {
  dir: string;
  /** Why nothing was done, when nothing was. */
  nothing?: string;
  /** The generation written, the shard files merged, the proposals the collector evaluated itself, stale files left out. */
  row?: GenerationRow;
  files?: string[];
  bound?: number;
  extra?: number;
  stale?: string[];
  /** The finished calibration, when it stopped. */
  finished?: CalibrateResult;
}

/** Collects the next generation of the split calibration `file` in `o.out`; throws InputError for bad input. */
export async function collectCalibration(file: string, o: CollectOptions): Promise<CollectResult> {
  const started = performance.now();
  const plan = await loadCalibration(file, {targets: o.targets});
  const dir = o.out;
  mkdirSync(dir, {recursive: true});
  const release = lockFolder(dir);
  try {
    const state = readSplitState(dir, plan);
    const step = splitStep(plan, state, o.generation, o.bound);
    if ("nothing" in step && step.stopped === undefined) return {dir, nothing: step.nothing};
    // Checked before anything is written: a refused collection leaves the folder as it was.
    const merged = "nothing" in step ? undefined : collectShards(dir, plan, step, o.rerun ?? ((shard) => `rcmp calibrate ${shellQuote(file)} --out ${shellQuote(dir)} --shard ${shard}`));
    removeShards(dir, state.before.populations.length - 1);
    mkdirSync(join(dir, calibrationFiles.populations), {recursive: true});
    const pool = createCalibrationPool(o.workers ?? 1, calibrationContext(plan));
    try {
      const {rows, populations} = state.before;
      const manifest = startCalibration(dir, plan, o.argv ?? [], rows);
      const c: Collecting = {dir, plan, pool, manifest, rows: [...rows], populations: [...populations], resumed: populations.length, started};
      if ("nothing" in step) return {dir, nothing: step.nothing, finished: await finish(c, step.stopped!, o)};
      return await collectGeneration(c, step, merged!, o);
    } finally {
      await pool.close();
    }
  } finally {
    release();
  }
}

/** A collector at work. */
interface Collecting {
  dir: string;
  plan: CalibrationPlan;
  pool: TaskPool<CalibrationTask, CalibrationOutcome>;
  manifest: CalibrationManifest;
  rows: GenerationRow[];
  populations: Population[];
  /** Generations finished before this invocation. */
  resumed: number;
  started: number;
}

/** Completes generation `step` from the merged shards, saves it, and finishes the calibration if it stops there. */
async function collectGeneration(c: Collecting, step: SplitStep, merged: MergedShards, o: CollectOptions): Promise<CollectResult> {
  const s = abcSettingsOf(c.plan);
  let extra = 0;
  const onProgress = (p: AbcProgress) => ((extra = p.evaluated - step.bound), o.onProgress?.(p));
  const population = await runGeneration(step.plan, s.particles, poolDistances(c.plan, c.pool), step.limit,
    {batch: c.pool.batch, lanes: c.pool.inFlight, onProgress}, {below: step.bound, distances: merged.distances});
  const result: CollectResult = {dir: c.dir, files: merged.files, bound: step.bound, extra, stale: merged.stale};
  if (population !== undefined) {
    generationSaver(c.dir, c.plan, c.manifest, c.rows, (row) => (result.row = row), merged.seconds)(population);
    c.populations.push(population);
  }
  removeShards(c.dir, step.generation);
  const stopped = population === undefined ? budgetStop(c.populations, s.particles) : stopReason(s, c.populations);
  return stopped === undefined ? result : {...result, finished: await finish(c, stopped, o)};
}

/** Writes the posterior's files and the complete manifest, as `rcmp calibrate` does at its end. */
function finish(c: Collecting, stopped: StopReason, o: CollectOptions): Promise<CalibrateResult> {
  const posterior = c.populations[c.populations.length - 1];
  return finishCalibration({...c, posterior, stopped}, o);
}
