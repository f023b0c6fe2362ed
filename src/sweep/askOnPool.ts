/**
 * A question's runs on a worker pool: each run is a task on the scenario's text with the user's
 * overrides, the draw's assumptions, the variant's overrides and `ticks` set to the question's
 * tick; the pool records group `all`.
 */
import type {AskRun, AskTarget} from "../analysis/ask.js";
import type {PoolSource} from "./attributeOnPool.js";
import {createPool} from "./pool.js";
import {finalValues, runAll} from "./runAll.js";

/** The value of each run, in order, computed on `workers` threads. */
export async function askOnPool(source: PoolSource, workers: number, runs: readonly AskRun[], target: AskTarget, progress?: (done: number) => void): Promise<Float64Array> {
  if (target.group !== "all") throw new Error("the worker pool records group all only: use --workers 1 for another group");
  const pool = createPool(workers, {baseText: source.text, baseFile: source.file, record: [target.metric], keepSeries: false});
  try {
    const tasks = runs.map((r, k) => ({
      run: k, point: r.draw * 2 + r.variant, replicate: r.replicate, seed: r.seed,
      overrides: [...source.overrides, ...r.overrides, {path: "ticks", value: target.tick}]
    }));
    const outcomes = await runAll(pool, tasks, progress);
    return Float64Array.from(outcomes, (o) => finalValues(o, [target.metric])[0]);
  } finally {
    await pool.close();
  }
}
