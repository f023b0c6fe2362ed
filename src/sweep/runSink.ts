/**
 * Where finished runs go, a batch at a time as they finish: the runs' curves to the spool, their
 * summary rows to runs.csv (or errors to failures.csv), with `--keep-series` their series to
 * `series/<run>.csv` and with `positions` in the sweep file their positions to
 * `positions/<run>.csv`, each file in one write. A batch is written before it is reported done, so
 * a kill loses nothing that was reported. Also reads back, for `--resume`, which runs an earlier
 * invocation finished.
 */
import {join} from "node:path";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {InputError} from "../scenario/problems.js";
import type {CsvValue} from "../results/csv.js";
import type {SweepPlan} from "./loadSweep.js";
import type {RunOutcome, RunTask} from "./runTask.js";
import {scanSpool, SpoolWriter, type SpoolRecord} from "./spool.js";
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
  if (header.join(",") !== columns.join(",")) throw new InputError(`cannot resume in ${dir}: runs.csv has other columns than this sweep writes`);
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

  /**
   * Writes a batch of finished runs (`outcomes[k]` of `tasks[k]`): series, curves, then rows
   * (the rows last: a run's row marks it done).
   */
  accept(tasks: readonly RunTask[], outcomes: readonly RunOutcome[]): void {
    const rows: CsvValue[][] = [];
    const failures: CsvValue[][] = [];
    const curves: SpoolRecord[] = [];
    tasks.forEach((task, k) => {
      const outcome = outcomes[k];
      if (!outcome.ok) {
        failures.push([task.run, task.point, task.replicate, task.seed, outcome.error]);
        return;
      }
      if (outcome.series !== null) this.writeRunFile(files.series, task.run, outcome.series);
      if (outcome.positions !== null) this.writeRunFile(files.positions, task.run, outcome.positions);
      curves.push({run: task.run, point: task.point, ticks: outcome.ticks, packed: outcome.curves});
      rows.push([...designCells(this.plan, task), ...this.plan.summaryColumns.map((c) => finiteOrNull(outcome.row[c]))]);
    });
    this.spool.append(curves);
    this.runs.append(rows);
    this.failures.append(failures);
    this.ok += rows.length;
    this.failed += failures.length;
  }

  private writeRunFile(folder: string, run: number, text: string): void {
    ensureDir(join(this.dir, folder));
    writeFileAtomicSync(join(this.dir, folder, `${run}.csv`), text);
  }

  close(): void {
    this.spool.close();
    this.runs.close();
    this.failures.close();
  }
}

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
