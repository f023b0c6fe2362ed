/**
 * Where runs happen: a Piscina pool of worker threads, or the main thread itself for one
 * worker. Both take RunTasks and give RunOutcomes; a worker that dies becomes a failed run.
 */
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {Piscina} from "piscina";
import {createRunner, oneLine, type RunContext, type RunOutcome, type RunTask} from "./runTask.js";

export interface RunPool {
  /** Number of runs done at once. */
  readonly size: number;
  /** Runs to keep in flight so that no worker waits for work. */
  readonly inFlight: number;
  run(task: RunTask): Promise<RunOutcome>;
  close(): Promise<void>;
}

/** The compiled worker next to this module (`dist/sweep/worker.js`). */
export const workerUrl = new URL("./worker.js", import.meta.url);

/**
 * Young-generation cap of each worker's V8 heap, in MB. Runs make much short-lived garbage; with
 * V8's default the young generation grows and resident memory settles about 50 MB higher, with
 * no gain in speed (30,000 runs of igc-1985 on 2 workers: plateau 148 MB at 8 MB, 196 MB by default).
 */
export const workerYoungGenerationMb = 8;

/**
 * Tasks handed to each worker at once: with 2, a worker starts its next run as soon as one ends
 * instead of waiting for the main thread to send it (about 15% more runs per second on 2 cores).
 */
export const tasksPerWorker = 2;

/**
 * Runs sent to a worker in one message. Batching halves the per-run cost of messages and of
 * workers waiting for their next task; a worker that dies fails its whole batch (resume redoes it).
 */
export const runsPerTask = 4;

/** A pool of `workers` threads, or the main thread when `workers` is 1. */
export function createPool(workers: number, context: RunContext): RunPool {
  if (workers <= 1) return inProcessPool(context);
  if (!existsSync(fileURLToPath(workerUrl))) {
    throw new Error(`worker file ${fileURLToPath(workerUrl)} not found: run \`npm run build\` (from TypeScript sources only --workers 1 works)`);
  }
  const piscina = new Piscina({
    filename: workerUrl.href, minThreads: workers, maxThreads: workers, workerData: context, idleTimeout: 60_000,
    concurrentTasksPerWorker: tasksPerWorker,
    resourceLimits: {maxYoungGenerationSizeMb: workerYoungGenerationMb}
  });
  let queue: {task: RunTask; resolve: (o: RunOutcome) => void}[] = [];
  let scheduled = false;
  const send = (part: typeof queue) => {
    piscina.run(part.map((q) => q.task)).then(
      (outcomes: RunOutcome[]) => part.forEach((q, k) => q.resolve(outcomes[k])),
      (err: unknown) => part.forEach((q) => q.resolve({run: q.task.run, ok: false, error: `worker failed: ${oneLine(err)}`}))
    );
  };
  const flush = () => {
    scheduled = false;
    const all = queue;
    queue = [];
    for (let k = 0; k < all.length; k += runsPerTask) send(all.slice(k, k + runsPerTask));
  };
  return {
    size: workers,
    inFlight: workers * (tasksPerWorker + 1) * runsPerTask,
    run: (task) =>
      new Promise<RunOutcome>((resolve) => {
        queue.push({task, resolve});
        if (queue.length >= runsPerTask) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    close: () => piscina.destroy()
  };
}

function inProcessPool(context: RunContext): RunPool {
  const runner = createRunner(context);
  return {
    size: 1,
    inFlight: 1,
    async run(task) {
      await new Promise((resolve) => setImmediate(resolve));
      return runner(task);
    },
    close: async () => {}
  };
}
