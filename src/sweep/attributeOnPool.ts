/**
 * An attribution's runs on a worker pool: each coalition becomes a task that starts from the
 * scenario's text (with the user's `--set` overrides), adds the overrides of the players that a
 * parameter turns off (hegemon bias: h = 0) and skips the mechanisms that are off.
 */
import type {AttributionEvaluator} from "../analysis/attribution.js";
import type {Override} from "../scenario/overrides.js";
import {createPool} from "./pool.js";
import {finalValues, runAll} from "./runAll.js";
import type {RunTask} from "./runTask.js";

/** Where the scenario comes from, as the pool's workers read it. */
export interface PoolSource {
  text: string;
  file: string;
  /** The user's `--set` overrides, applied first. */
  overrides: Override[];
}

/** An evaluator running on `workers` threads (group `all` only: the pool records that group). */
export function attributeOnPool(source: PoolSource, workers: number, progress?: (done: number, total: number) => void): AttributionEvaluator {
  return async (_scenario, players, runs, target) => {
    if (target.group !== "all") throw new Error("the worker pool records group all only: use --workers 1 for another group");
    const pool = createPool(workers, {baseText: source.text, baseFile: source.file, record: target.metrics, keepSeries: false});
    try {
      const points = new Map<string, number>();
      const tasks: RunTask[] = runs.map((run, k) => {
        const off = players.filter((_, i) => !(run.coalition & (1 << i)));
        const sets = off.flatMap((p) => Object.entries(p.offSettings ?? {}).map(([path, value]) => ({path, value})));
        const key = JSON.stringify(sets);
        if (!points.has(key)) points.set(key, points.size);
        const skip = off.flatMap((p) => (p.skip === undefined ? [] : [p.skip]));
        return {run: k, point: points.get(key)!, replicate: run.replicate, seed: run.seed, overrides: [...source.overrides, ...sets], skip};
      });
      // grouped by point: a worker validates the scenario again only when the point changes
      const sorted = [...tasks].sort((a, b) => a.point - b.point || a.run - b.run);
      const values: Float64Array[] = new Array(tasks.length);
      for (const o of await runAll(pool, sorted, (done) => progress?.(done, tasks.length))) values[o.run] = finalValues(o, target.metrics);
      return values;
    } finally {
      await pool.close();
    }
  };
}
