/**
 * `calibrate()`: ABC-SMC of a scenario's parameters against targets (see
 * src/analysis/abcSmc.ts), on a worker pool, writing each generation as it finishes (so an
 * interrupted calibration resumes after its last finished generation), then the posterior
 * predictive, the scenario at the posterior median, the figures and manifest.json.
 *
 * Library use: `await calibrate("calibration.yaml", {out: "results/cal"})` runs in the calling
 * thread; pass `workers` for a thread pool (that needs the built `dist/`).
 */
import {join} from "node:path";
import {abcSmcBatched, acceptanceRate, essOf, type AbcProgress, type Population, type Proposal, type StopReason} from "../analysis/abcSmc.js";
import {fitDistance} from "../analysis/fitPlan.js";
import {targetsCsv} from "../results/targetsCsv.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import type {TaskPool} from "../sweep/pool.js";
import {loadCalibration, type CalibrationPlan} from "./loadCalibration.js";
import {createCalibrationPool, type CalibrationOutcome, type CalibrationTask} from "./calibrationTask.js";
import {generationsCsv, populationCsv, type GenerationRow} from "./calibrationFiles.js";
import {calibrationFiles as files, defaultCalibrationOut, latestCalibrationOut, populationFile, prepareCalibrationOut,
  startCalibrationManifest, writeCalibrationManifest} from "./calibrationFolder.js";
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
  const pool = createCalibrationPool(o.workers ?? 1, {scenarioText: plan.scenarioText, scenarioFile: `${plan.baseFile} (as calibrated)`, paths: plan.parameters.map((p) => p.name)});
  try {
    const manifest = startCalibrationManifest(plan, o.argv ?? []);
    writeCalibrationManifest(dir, manifest);
    writeFileAtomicSync(join(dir, files.calibration), plan.text);
    writeFileAtomicSync(join(dir, files.targets), targetsCsv(plan.seen));
    o.onStart?.({dir, plan, resumed: before.populations.length});
    const rows = [...before.rows];
    const result = await abcSmcBatched(settingsOf(plan), distances(plan, pool), {
      start: before.populations, batch: pool.batch, lanes: pool.inFlight, onProgress: o.onProgress,
      onGeneration: saver(dir, plan, rows, (row) => o.onGeneration?.(row))
    });
    const written = await writePosterior(dir, plan, result.posterior, pool, {plots: o.plots ?? true, onStage: o.onStage});
    const wallSeconds = (performance.now() - started) / 1000;
    writeCalibrationManifest(dir, {...manifest, status: "complete", finished: new Date().toISOString(), wallSeconds, stopped: result.stopped, files: await listFiles(dir)});
    return {dir, generations: rows, stopped: result.stopped, posterior: written.summary, resumed: before.populations.length, notes: plan.notes, figures: written.figures, wallSeconds};
  } finally {
    await pool.close();
    release();
  }
}

/** The ABC settings of a calibration file. */
function settingsOf(plan: CalibrationPlan) {
  const s = plan.spec;
  return {
    parameters: plan.parameters, particles: s.particles, seed: s.seed, generations: s.generations, alpha: s.alpha, kernel: s.kernel,
    minAcceptance: s.stop.minAcceptance, tolerance: s.stop.tolerance, maxRuns: s.stop.maxRuns
  };
}

/** Most failed runs tolerated before a calibration stops, when at least half of all runs fail. */
const maxFailures = 50;

/** Evaluates proposals on the pool: each run's positions at the fit's ticks, turned into a distance. */
function distances(plan: CalibrationPlan, pool: TaskPool<CalibrationTask, CalibrationOutcome>) {
  const ticks = plan.fit.ticks[plan.fit.ticks.length - 1];
  let runs = 0;
  let failed = 0;
  return async (proposals: Proposal[]): Promise<number[]> => {
    const outcomes = await pool.run(proposals.map((p) => ({index: p.index, seed: p.seed, values: Array.from(p.theta), ticks, at: plan.fit.ticks})));
    runs += outcomes.length;
    return outcomes.map((out) => {
      if (out.ok) return fitDistance(plan.fit, out.positions);
      failed += 1;
      if (failed >= maxFailures && failed * 2 >= runs) throw new Error(`${failed} of ${runs} runs failed; the last: ${out.error}`);
      return NaN;
    });
  };
}

/** Saves each finished generation: its population, posterior.csv, then its row of generations.csv (which marks it done). */
function saver(dir: string, plan: CalibrationPlan, rows: GenerationRow[], report: (row: GenerationRow) => void) {
  const paths = plan.parameters.map((p) => p.name);
  let last = performance.now();
  return (p: Population) => {
    const text = populationCsv(p, paths);
    writeFileAtomicSync(populationFile(dir, p.generation), text);
    writeFileAtomicSync(join(dir, files.posterior), text);
    const now = performance.now();
    const row: GenerationRow = {
      generation: p.generation, tolerance: p.tolerance, particles: p.particles.length, runs: p.runs,
      acceptance: acceptanceRate(p), ess: essOf(p), seconds: Math.round(now - last) / 1000
    };
    last = now;
    rows.push(row);
    writeFileAtomicSync(join(dir, files.generations), generationsCsv(rows));
    report(row);
  };
}
