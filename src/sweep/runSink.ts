/**
 * Where finished runs go, as they finish: the run's curves to the spool, its summary row to
 * runs.csv (or its error to failures.csv), and with `--keep-series` its series to
 * `series/<run>.csv`. Each is written before the next run is taken, so a kill loses nothing
 * that was reported done. Also reads back, for `--resume`, which runs an earlier invocation
 * finished.
 */
import {join} from "node:path";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {UsageError} from "../cli/action.js";
import type {CsvValue} from "../io/csv.js";
import type {SweepPlan} from "./loadSweep.js";
import type {RunOutcome, RunTask} from "./runTask.js";
import {scanSpool, SpoolWriter} from "./spool.js";
import {csvHeader, indexById} from "./csvFile.js";
import {AppendLog, ensureDir, failureColumns, files, runKeyColumns, spoolPath} from "./resultFiles.js";
import {cellOf} from "./curvesFile.js";

/** Columns of design.csv: the run key and the parameters. */
export const designColumns = (plan: SweepPlan): string[] => [...runKeyColumns, ...plan.design.parameters];
/** Columns of runs.csv: the run key, the parameters and the summary. */
export const runsColumns = (plan: SweepPlan): string[] => [...designColumns(plan), ...plan.summaryColumns];

/** The design.csv cells of a run. */
export function designCells(plan: SweepPlan, task: RunTask): CsvValue[] {
  return [task.run, task.point, task.replicate, task.seed, ...plan.design.points[task.point].map(cellOf)];
}

/**
 * Runs finished by an earlier invocation in `dir`: those with a row in runs.csv and curves in
 * the spool. Refuses (exit code 2) a runs.csv whose columns differ from this sweep's.
 */
export function finishedBefore(dir: string, plan: SweepPlan): Uint8Array {
  const done = new Uint8Array(plan.runs);
  const path = join(dir, files.runs);
  const header = csvHeader(path);
  const columns = runsColumns(plan);
  if (header === undefined) return done;
  if (header.join(",") !== columns.join(",")) throw new UsageError(`cannot resume in ${dir}: runs.csv has other columns than this sweep writes`);
  const rows = indexById(path, plan.runs, columns.length).offsets;
  const curves = scanSpool(spoolPath(dir), plan.runs, true).offsets;
  for (let run = 0; run < plan.runs; run++) if (rows[run] >= 0 && curves[run] >= 0) done[run] = 1;
  return done;
}

/** Takes finished runs and writes them out at once. */
export class RunSink {
  private readonly runs: AppendLog;
  private readonly failures: AppendLog;
  private readonly spool: SpoolWriter;
  ok = 0;
  failed = 0;

  constructor(private readonly dir: string, private readonly plan: SweepPlan) {
    ensureDir(join(dir, files.spool));
    this.spool = new SpoolWriter(spoolPath(dir));
    this.runs = new AppendLog(join(dir, files.runs), runsColumns(plan));
    this.failures = new AppendLog(join(dir, files.failures), failureColumns);
  }

  /** Writes one finished run: series, curves, then its row (the row last: it marks the run done). */
  accept(task: RunTask, outcome: RunOutcome): void {
    if (!outcome.ok) {
      this.failures.append([task.run, task.point, task.replicate, task.seed, outcome.error]);
      this.failed += 1;
      return;
    }
    if (outcome.series !== null) {
      ensureDir(join(this.dir, files.series));
      writeFileAtomicSync(join(this.dir, files.series, `${task.run}.csv`), outcome.series);
    }
    this.spool.append(task.run, task.point, outcome.ticks, outcome.curves);
    const summary = this.plan.summaryColumns.map((c) => finiteOrNull(outcome.row[c]));
    this.runs.append([...designCells(this.plan, task), ...summary]);
    this.ok += 1;
  }

  close(): void {
    this.spool.close();
    this.runs.close();
    this.failures.close();
  }
}

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
