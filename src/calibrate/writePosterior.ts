/**
 * What a calibration writes once its generations are done: the posterior summary per parameter,
 * the scenario at the posterior median, the posterior predictive (runs of the whole scenario at
 * particles drawn by weight, summarised per year, state and dimension and for the cross-state
 * summaries, with every draw kept for `rcmp score`), and the figures.
 */
import {join} from "node:path";
import type {Population} from "../analysis/abcSmc.js";
import {predictiveParticles, predictiveRows, predictiveSeed, summaryRows, type PredictiveSample} from "../analysis/predictive.js";
import {priorInterval} from "../analysis/abcPriors.js";
import {weightedMean, weightedQuantile} from "../analysis/weighted.js";
import {parseText, validateScenario} from "../scenario/load.js";
import {csvLine} from "../results/csv.js";
import {resolvedScenarioYaml} from "../results/runFiles.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {openAtomicStream} from "../io/atomicStream.js";
import type {TaskPool} from "../sweep/pool.js";
import {version} from "../version.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import type {CalibrationOutcome, CalibrationTask} from "./calibrationTask.js";
import {predictiveCsv, predictiveSampleLines} from "./calibrationFiles.js";
import {calibrationFiles as files} from "../results/layout.js";

/** One parameter's prior and posterior, as posterior-summary.csv has them. */
export interface PosteriorSummary {
  parameter: string;
  prior: string;
  priorP05: number;
  priorP95: number;
  mean: number;
  p05: number;
  p50: number;
  p95: number;
}

/** Columns of posterior-summary.csv. */
export const summaryColumns = ["parameter", "prior", "prior_p05", "prior_p95", "mean", "p05", "p50", "p95"];

/** The weighted posterior summary of each parameter, beside its prior's central 90%. */
export function posteriorSummary(plan: CalibrationPlan, p: Population): PosteriorSummary[] {
  const means = weightedMean(p.particles, p.weights);
  return plan.parameters.map((param, k) => {
    const values = p.particles.map((x) => x[k]);
    const [priorP05, priorP95] = priorInterval(param.prior, 0.05);
    const {prior, ...rest} = param.prior;
    return {
      parameter: param.name, prior: `${prior} ${Object.entries(rest).map(([key, v]) => `${key}=${v}`).join(" ")}`, priorP05, priorP95,
      mean: means[k], p05: weightedQuantile(values, p.weights, 0.05), p50: weightedQuantile(values, p.weights, 0.5), p95: weightedQuantile(values, p.weights, 0.95)
    };
  });
}

/** Writes the posterior's files; returns the file names, figure paths and the summary. */
export async function writePosterior(dir: string, plan: CalibrationPlan, posterior: Population, pool: TaskPool<CalibrationTask, CalibrationOutcome>,
  o: {plots: boolean; onStage?: (stage: string) => void}): Promise<{files: string[]; figures: string[]; summary: PosteriorSummary[]}> {
  const summary = posteriorSummary(plan, posterior);
  writeFileAtomicSync(join(dir, files.summary), [csvLine(summaryColumns), ...summary.map((s) => csvLine(Object.values(s)))].join(""));
  writeFileAtomicSync(join(dir, files.scenario), medianScenario(plan, summary, posterior));
  o.onStage?.("predictive");
  const particles = predictiveParticles(posterior.weights, plan.spec.predictive.draws, plan.spec.seed);
  const sample = await runPredictive(plan, pool, particles.map((i) => posterior.particles[i]));
  writeFileAtomicSync(join(dir, files.predictive), predictiveCsv(predictiveRows(sample)));
  writeFileAtomicSync(join(dir, files.summaries), predictiveCsv(summaryRows(sample, plan.summaryStates)));
  const stream = openAtomicStream(join(dir, files.sample));
  for (const lines of predictiveSampleLines(sample, particles)) stream.write(lines);
  stream.commit();
  const names = [files.summary, files.scenario, files.predictive, files.summaries, files.sample];
  if (!o.plots) return {files: names, figures: [], summary};
  o.onStage?.("figures");
  const {writeCalibrationPlots} = await import("./calibrationPlots.js");
  return {files: names, figures: await writeCalibrationPlots(dir, plan, posterior, sample), summary};
}

/** The calibrated scenario with each parameter at its posterior median, every default written out. */
function medianScenario(plan: CalibrationPlan, summary: readonly PosteriorSummary[], p: Population): string {
  const overrides = summary.map((s) => ({path: s.parameter, value: s.p50}));
  const scenario = validateScenario(parseText(plan.scenarioText, plan.baseFile), overrides);
  return resolvedScenarioYaml(scenario, scenario.seed, scenario.ticks, [
    `the posterior median of rcmp calibrate ${plan.file} (generation ${p.generation}, ${p.particles.length} particles), rcmp ${version}`,
    `parameters: ${overrides.map((x) => `${x.path}=${x.value}`).join(", ")}`,
    ...(plan.start ? [`starting positions from ${plan.targetsFile}, ${plan.start.year} (see notes in the calibration's output)`] : []),
    "every default is written out; `rcmp run` on this file runs the scenario at the posterior median"
  ]);
}

/** Runs the predictive draws on the pool, a batch per lane, and gathers their positions at every year. */
async function runPredictive(plan: CalibrationPlan, pool: TaskPool<CalibrationTask, CalibrationOutcome>, thetas: Float64Array[]): Promise<PredictiveSample> {
  const draws: Float64Array[] = new Array(thetas.length);
  const batch = Math.max(1, Math.min(pool.batch, Math.ceil(thetas.length / (pool.size * 4))));
  let next = 0;
  const lane = async () => {
    while (next < thetas.length) {
      const tasks = thetas.slice(next, next + batch).map((theta, k) => ({
        index: next + k, seed: predictiveSeed(plan.spec.seed, next + k), values: Array.from(theta), ticks: plan.scenario.ticks, at: plan.yearTicks
      }));
      next += tasks.length;
      for (const out of await pool.run(tasks)) {
        if (!out.ok) throw new Error(`predictive draw ${out.index} failed: ${out.error}`);
        draws[out.index] = out.positions;
      }
    }
  };
  await Promise.all(Array.from({length: pool.inFlight}, lane));
  return {years: plan.years, states: plan.states, fileOrder: plan.fileOrder, dims: plan.dims, draws};
}
