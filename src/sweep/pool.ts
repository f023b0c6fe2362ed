/**
 * Where runs happen: a Piscina pool of worker threads, or the main thread itself for one
 * worker. Both take a batch of RunTasks and give their RunOutcomes in order; a worker that dies
 * fails its whole batch (resume redoes it).
 */
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {Piscina} from "piscina";
import {createRunner, oneLine, type RunContext, type RunOutcome, type RunTask} from "./runTask.js";

/** A pool that does tasks of type T, giving outcomes of type O in order. */
export interface TaskPool<T, O> {
  /** Number of tasks done at once. */
  readonly size: number;
  /** Tasks to hand to `run` at once. */
  readonly batch: number;
  /** Batches to keep in flight so that no worker waits for work. */
  readonly inFlight: number;
  run(tasks: T[]): Promise<O[]>;
  close(): Promise<void>;
}

/** The pool of sweep runs. */
export type RunPool = TaskPool<RunTask, RunOutcome>;

/** What a kind of task needs of a pool: its worker module, the runner it uses in-process, and a failed outcome. */
export interface TaskKind<C, T, O> {
  /** The compiled worker module: its default export does a batch of tasks with `createRunner(workerData)`. */
  workerUrl: URL;
  createRunner: (context: C) => (task: T) => O;
  /** The outcome of a task whose worker died. */
  failed: (task: T, message: string) => O;
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
 * Runs sent to a worker in one message, and written out together when they come back (one
 * write per file per batch). The main thread's CPU per run is taken from the workers' two
 * cores; on igc-1985 with 2 workers it was 79-83 µs at 4 runs per message and 43-55 µs at 16.
 * Short sweeps use smaller batches (see `execute` in sweep.ts) so every worker gets a share.
 */
export const runsPerTask = 16;

/** A pool of `workers` threads, or the main thread when `workers` is 1. */
export function createPool(workers: number, context: RunContext): RunPool {
  return createTaskPool(workers, context, {workerUrl, createRunner, failed: (t, message) => ({run: t.run, ok: false, error: message})});
}

/** A pool of `workers` threads for a kind of task, or the main thread when `workers` is 1. */
export function createTaskPool<C, T, O>(workers: number, context: C, kind: TaskKind<C, T, O>): TaskPool<T, O> {
  const {workerUrl} = kind;
  if (workers <= 1) return inProcessPool(kind.createRunner(context));
  if (!existsSync(fileURLToPath(workerUrl))) {
    throw new Error(`worker file ${fileURLToPath(workerUrl)} not found: run \`npm run build\` (from TypeScript sources only --workers 1 works)`);
  }
  const piscina = new Piscina({
    filename: workerUrl.href, minThreads: workers, maxThreads: workers, workerData: context, idleTimeout: 60_000,
    concurrentTasksPerWorker: tasksPerWorker,
    resourceLimits: {maxYoungGenerationSizeMb: workerYoungGenerationMb}
  });
  return {
    size: workers,
    batch: runsPerTask,
    inFlight: workers * (tasksPerWorker + 1),
    run: (tasks) =>
      piscina.run(tasks).then(
        (outcomes: O[]) => outcomes,
        (err: unknown): O[] => tasks.map((t) => kind.failed(t, `worker failed: ${oneLine(err)}`))
      ),
    close: () => piscina.destroy()
  };
}

/** Runs in the calling thread, a batch at a time, yielding to the event loop between batches. */
function inProcessPool<T, O>(runner: (task: T) => O): TaskPool<T, O> {
  return {
    size: 1,
    batch: runsPerTask,
    inFlight: 1,
    async run(tasks) {
      await new Promise((resolve) => setImmediate(resolve));
      return tasks.map(runner);
    },
    close: async () => {}
  };
}
