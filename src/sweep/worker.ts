/**
 * The Piscina worker of `rcmp sweep`: does a batch of runs per task (see `runTask.ts`). The pool passes
 * the shared RunContext as workerData.
 *
 * The curves come back copied, not transferred: they are a few kilobytes, and transferring
 * tens of thousands of small ArrayBuffers between threads made resident memory climb without
 * end (measured: 104 → 188 MB over 60,000 runs, against a plateau near 147 MB when copied).
 */
import {Piscina} from "piscina";
import {createRunner, type RunOutcome, type RunContext, type RunTask} from "./runTask.js";

let runner: ((task: RunTask) => RunOutcome) | undefined;

/** The task handler: the RunOutcomes of a batch of runs, in order. */
export default function work(tasks: RunTask[]): RunOutcome[] {
  runner ??= createRunner(Piscina.workerData as RunContext);
  return tasks.map((task) => runner!(task));
}
