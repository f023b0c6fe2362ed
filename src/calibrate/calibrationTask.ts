/**
 * One run of a calibration, as a worker (or the main thread, with one worker) does it: set the
 * parameter values on the scenario, simulate with the proposal's seed for as many ticks as the
 * comparison needs, and return every state's position at the ticks asked for.
 */
import {parseText, validateScenario, type ParsedText} from "../scenario/load.js";
import {simulate} from "../run/simulate.js";
import {oneLine} from "../sweep/runTask.js";
import {createTaskPool, type TaskPool} from "../sweep/pool.js";

/** What every run of a calibration shares; sent once to each worker. */
export interface CalibrationContext {
  /** The scenario as calibrated (YAML), and the name to give it in errors. */
  scenarioText: string;
  scenarioFile: string;
  /** The calibrated parameters' `--set` paths, in order. */
  paths: string[];
}

/** One run to do. */
export interface CalibrationTask {
  /** The proposal (or predictive draw) it is for. */
  index: number;
  seed: number;
  /** A value per path. */
  values: number[];
  /** Ticks to run, and the ticks to return positions at (ascending). */
  ticks: number;
  at: number[];
}

/** A run's positions: at.length × states × dims, flat (states in the world's order). */
export type CalibrationOutcome = {index: number; ok: true; positions: Float64Array} | {index: number; ok: false; error: string};

/** A function that does calibration runs for this context. */
export function createCalibrationRunner(context: CalibrationContext): (task: CalibrationTask) => CalibrationOutcome {
  let base: ParsedText | undefined;
  return (task) => {
    try {
      base ??= parseText(context.scenarioText, context.scenarioFile);
      const scenario = validateScenario(base, context.paths.map((path, k) => ({path, value: task.values[k]})));
      const r = simulate(scenario, {seed: task.seed, ticks: task.ticks, metrics: [], groups: false, positions: {ticks: task.at}});
      const p = r.positions!;
      const size = r.world.x.length;
      const out = new Float64Array(task.at.length * size);
      // A run stopped early (metrics.stopWhenStable) keeps its last positions at later ticks.
      task.at.forEach((tick, k) => {
        const recorded = p.ticks.indexOf(tick);
        out.set(recorded >= 0 ? p.values[recorded] : r.world.x, k * size);
      });
      return {index: task.index, ok: true, positions: out};
    } catch (err) {
      return {index: task.index, ok: false, error: oneLine(err)};
    }
  };
}

/** The compiled worker next to this module (`dist/calibrate/calibrationWorker.js`). */
export const calibrationWorkerUrl = new URL("./calibrationWorker.js", import.meta.url);

/** A pool of `workers` threads doing calibration runs (the main thread for one worker). */
export function createCalibrationPool(workers: number, context: CalibrationContext): TaskPool<CalibrationTask, CalibrationOutcome> {
  return createTaskPool(workers, context, {
    workerUrl: calibrationWorkerUrl, createRunner: createCalibrationRunner,
    failed: (task, error) => ({index: task.index, ok: false, error})
  });
}
