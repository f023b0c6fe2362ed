/**
 * The Piscina worker of `rcmp calibrate`: does a batch of calibration runs per task (see
 * calibrationTask.ts). The pool passes the shared CalibrationContext as workerData.
 */
import {Piscina} from "piscina";
import {createCalibrationRunner, type CalibrationContext, type CalibrationOutcome, type CalibrationTask} from "./calibrationTask.js";

let runner: ((task: CalibrationTask) => CalibrationOutcome) | undefined;

/** The task handler: the outcomes of a batch of runs, in order. */
export default function work(tasks: CalibrationTask[]): CalibrationOutcome[] {
  runner ??= createCalibrationRunner(Piscina.workerData as CalibrationContext);
  return tasks.map((task) => runner!(task));
}
