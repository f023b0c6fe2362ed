/**
 * What every way of running a calibration shares (`rcmp calibrate`, its `--shard` tasks and
 * `--collect`): the ABC settings of a calibration file, the evaluator that turns proposals into
 * distances on a worker pool, and the saving of a finished generation.
 */
import {join} from "node:path";
import {acceptanceRate, essOf, resolveAbcSettings, type Population, type Proposal, type ResolvedAbcSettings} from "../analysis/abcSmc.js";
import {fitDistance} from "../analysis/fitPlan.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import type {TaskPool} from "../sweep/pool.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import type {CalibrationContext, CalibrationOutcome, CalibrationTask} from "./calibrationTask.js";
import {generationsCsv, populationCsv, type GenerationRow} from "./calibrationFiles.js";
import {generationSeconds, populationFile, writeCalibrationManifest, type CalibrationManifest} from "./calibrationFolder.js";
import {calibrationFiles as files} from "../results/layout.js";

/** The ABC settings of a calibration file, defaults filled in. */
export function abcSettingsOf(plan: CalibrationPlan): ResolvedAbcSettings {
  const s = plan.spec;
  return resolveAbcSettings({
    parameters: plan.parameters, particles: s.particles, seed: s.seed, generations: s.generations, alpha: s.alpha, kernel: s.kernel,
    minAcceptance: s.stop.minAcceptance, tolerance: s.stop.tolerance, maxRuns: s.stop.maxRuns
  });
}

/** What the workers of a calibration share (see createCalibrationPool). */
export const calibrationContext = (plan: CalibrationPlan): CalibrationContext =>
  ({scenarioText: plan.scenarioText, scenarioFile: `${plan.baseFile} (as calibrated)`, paths: plan.parameters.map((p) => p.name)});

/** Most failed runs tolerated before a calibration stops, when at least half of all runs fail. */
const maxFailures = 50;

/** Evaluates proposals on the pool: each run's positions at the fit's ticks, turned into a distance (NaN for a failed run). */
export function poolDistances(plan: CalibrationPlan, pool: TaskPool<CalibrationTask, CalibrationOutcome>): (proposals: Proposal[]) => Promise<number[]> {
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

/**
 * Saves each finished generation: its population, posterior.csv, its row of generations.csv
 * (which marks it done), then manifest.json with the generation's wall time. `seconds` of a row:
 * the time since the saver was made or the last generation saved, plus `extraSeconds` (time
 * spent elsewhere, e.g. by the tasks of a split generation).
 */
export function generationSaver(dir: string, plan: CalibrationPlan, manifest: CalibrationManifest, rows: GenerationRow[], report: (row: GenerationRow) => void, extraSeconds = 0) {
  const paths = plan.parameters.map((p) => p.name);
  let last = performance.now();
  return (p: Population) => {
    const text = populationCsv(p, paths);
    writeFileAtomicSync(populationFile(dir, p.generation), text);
    writeFileAtomicSync(join(dir, files.posterior), text);
    const now = performance.now();
    const row: GenerationRow = {
      generation: p.generation, tolerance: p.tolerance, particles: p.particles.length, runs: p.runs,
      acceptance: acceptanceRate(p), ess: essOf(p), seconds: Math.round(now - last + extraSeconds * 1000) / 1000
    };
    last = now;
    rows.push(row);
    writeFileAtomicSync(join(dir, files.generations), generationsCsv(rows));
    writeCalibrationManifest(dir, {...manifest, generationSeconds: generationSeconds(rows)});
    report(row);
  };
}
