/**
 * `calibrate()`: ABC-SMC of a scenario's parameters against targets (see
 * src/analysis/abcSmc.ts), on a worker pool, writing each generation as it finishes (so an
 * interrupted calibration resumes after its last finished generation), then the posterior
 * predictive, the scenario at the posterior median, the figures and manifest.json.
 *
 * Library use: `await calibrate("calibration.yaml", {out: "results/cal"})` runs in the calling
 * thread; pass `workers` for a thread pool (that needs the built `dist/`).
 */
import {rmSync} from "node:fs";
import {join} from "node:path";
import {abcSmcBatched, type AbcProgress, type Population, type StopReason} from "../analysis/abcSmc.js";
import {targetsCsv} from "../results/targetsCsv.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import type {TaskPool} from "../sweep/pool.js";
import {loadCalibration, type CalibrationPlan} from "./loadCalibration.js";
import {createCalibrationPool, type CalibrationOutcome, type CalibrationTask} from "./calibrationTask.js";
import type {GenerationRow} from "./calibrationFiles.js";
import {defaultCalibrationOut, generationSeconds, latestCalibrationOut, prepareCalibrationOut, startCalibrationManifest, writeCalibrationManifest,
  type CalibrationManifest} from "./calibrationFolder.js";
import {calibrationFiles as files} from "../results/layout.js";
import {abcSettingsOf, calibrationContext, generationSaver, poolDistances} from "./calibrationRuns.js";
import {listFiles} from "../io/hashFiles.js";
import {writePosterior, type PosteriorSummary} from "./writePosterior.js";

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Runs at once: 1 (the default) runs in the calling thread, more use a worker pool. */
  workers?: number;
  /** Output folder; default `results/<calibration file name>/<stamp>/` (with `resume`: the newest one of this calibration). */
  out?: string;
  /** Continue the calibration in `out` after its last finished generation. */
  resume?: boolean;
  /** Replace the results in a non-empty `out`. */
  force?: boolean;
  /** A targets file instead of the one the calibration file names. */
  targets?: string;
  /** Draw the figures (default true). */
  plots?: boolean;
  /** Called once the plan is checked and the folder chosen, before any run. */
  onStart?: (info: {dir: string; plan: CalibrationPlan; resumed: number}) => void;
  /** Called after each batch of runs. */
  onProgress?: (p: AbcProgress) => void;
  /** Called after each generation. */
  onGeneration?: (row: GenerationRow) => void;
  /** Called when a stage after the generations starts (`predictive`, `figures`). */
  onStage?: (stage: string) => void;
  /** Recorded in manifest.json as the invocation's arguments. */
  argv?: string[];
}

/** What a calibration did. */
export interface CalibrateResult {
  dir: string;
  generations: GenerationRow[];
  stopped: StopReason;
  posterior: PosteriorSummary[];
  /** Generations finished by an earlier invocation. */
  resumed: number;
  notes: string[];
  figures: string[];
  wallSeconds: number;
}

/** Runs (or resumes) a calibration; throws InputError for bad input before anything is written. */
export async function calibrate(file: string, o: CalibrateOptions = {}): Promise<CalibrateResult> {
  const started = performance.now();
  const plan = await loadCalibration(file, {targets: o.targets});
  const dir = o.out ?? (o.resume ? latestCalibrationOut(plan) : undefined) ?? defaultCalibrationOut(plan);
  const {before, release} = prepareCalibrationOut(dir, plan, {resume: o.resume ?? false, force: o.force ?? false});
  const pool = createCalibrationPool(o.workers ?? 1, calibrationContext(plan));
  try {
    const manifest = startCalibration(dir, plan, o.argv ?? [], before.rows);
    o.onStart?.({dir, plan, resumed: before.populations.length});
    const rows = [...before.rows];
    const result = await abcSmcBatched(abcSettingsOf(plan), poolDistances(plan, pool), {
      start: before.populations, batch: pool.batch, lanes: pool.inFlight, onProgress: o.onProgress,
      onGeneration: generationSaver(dir, plan, manifest, rows, (row) => o.onGeneration?.(row))
    });
    return await finishCalibration({dir, plan, manifest, pool, rows, posterior: result.posterior, stopped: result.stopped, resumed: before.populations.length, started}, o);
  } finally {
    await pool.close();
    release();
  }
}

/** Writes a fresh manifest.json (status running; `rows`: the generations already finished), calibration.yaml and targets.csv into `dir`; returns the manifest. */
export function startCalibration(dir: string, plan: CalibrationPlan, argv: string[], rows: readonly GenerationRow[]): CalibrationManifest {
  const manifest = startCalibrationManifest(plan, argv, rows);
  writeCalibrationManifest(dir, manifest);
  writeFileAtomicSync(join(dir, files.calibration), plan.text);
  writeFileAtomicSync(join(dir, files.targets), targetsCsv(plan.seen));
  return manifest;
}

/** A calibration whose generations are done, to finish. */
export interface FinishedGenerations {
  dir: string;
  plan: CalibrationPlan;
  manifest: CalibrationManifest;
  pool: TaskPool<CalibrationTask, CalibrationOutcome>;
  rows: GenerationRow[];
  posterior: Population;
  stopped: StopReason;
  resumed: number;
  /** performance.now() when the invocation started. */
  started: number;
}

/** Writes the posterior's files (predictive, figures) and manifest.json as complete; removes any shard files left. */
export async function finishCalibration(f: FinishedGenerations, o: Pick<CalibrateOptions, "plots" | "onStage">): Promise<CalibrateResult> {
  const written = await writePosterior(f.dir, f.plan, f.posterior, f.pool, {plots: o.plots ?? true, onStage: o.onStage});
  const wallSeconds = (performance.now() - f.started) / 1000;
  rmSync(join(f.dir, files.shards), {recursive: true, force: true}); // a split generation's, of no use once the calibration is finished
  writeCalibrationManifest(f.dir, {
    ...f.manifest, status: "complete", finished: new Date().toISOString(), wallSeconds, generationSeconds: generationSeconds(f.rows), stopped: f.stopped, files: await listFiles(f.dir)
  });
  return {dir: f.dir, generations: f.rows, stopped: f.stopped, posterior: written.summary, resumed: f.resumed, notes: f.plan.notes, figures: written.figures, wallSeconds};
}
