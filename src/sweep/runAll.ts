/**
 * Runs a list of tasks on a pool (pool.ts) and gives their outcomes in task order: batches of
 * `pool.batch` runs (smaller for short lists, so every worker gets a share), a few in flight per
 * worker. For the analyses that need many runs (`rcmp attribute`, `rcmp ask`); a sweep streams
 * its outcomes to disk instead (sweep.ts).
 */
import type {RunPool} from "./pool.js";
import type {RunOutcome, RunTask} from "./runTask.js";

/** The outcome of each task, in order; `progress(done)` after each batch. */
export async function runAll(pool: RunPool, tasks: readonly RunTask[], progress?: (done: number) => void): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(tasks.length);
  const batch = Math.max(1, Math.min(pool.batch, Math.floor(tasks.length / (pool.size * 8))));
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const from = next;
      const part = tasks.slice(from, from + batch);
      next += part.length;
      (await pool.run(part)).forEach((outcome, k) => {
        outcomes[from + k] = outcome;
      });
      done += part.length;
      progress?.(done);
    }
  };
  await Promise.all(Array.from({length: pool.inFlight}, lane));
  return outcomes;
}

/** The final value (group all) of each metric of a finished run, or the run's error. */
export function finalValues(outcome: RunOutcome, metrics: readonly string[]): Float64Array {
  if (!outcome.ok) throw new Error(`run ${outcome.run} failed: ${outcome.error}`);
  return Float64Array.from(metrics, (m) => outcome.row[`final.${m}`] ?? NaN);
}
