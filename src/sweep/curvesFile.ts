/**
 * Writes `curves.csv` from the spool, one design point at a time: per point, recorded metric
 * and tick, the replicate statistics of `curveStats` (mean, p05, p50, p95), with the point's
 * parameter values. Rows are in point order, then metric (`record` order), then tick.
 */
import {closeSync, existsSync, openSync} from "node:fs";
import {join} from "node:path";
import {csvLine} from "../results/csv.js";
import type {SweepPlan} from "./loadSweep.js";
import {curveStats} from "../run/curveStats.js";
import {readSpoolRecord, scanSpool} from "./spool.js";
import type {CurveRecord} from "../run/curveStats.js";
import {curveStatColumns, files, spoolPath, writeLinesAtomic} from "./resultFiles.js";

/** Columns of curves.csv. */
export function curveColumns(plan: SweepPlan): string[] {
  return ["point", ...plan.design.parameters, ...curveStatColumns];
}

/**
 * Writes `dir/curves.csv` for the given design points from the runs accepted by `finished`
 * (replicates in order). Returns the number of rows.
 */
export function writeCurves(dir: string, plan: SweepPlan, points: readonly number[], finished: (run: number) => boolean): number {
  const path = spoolPath(dir);
  const {offsets} = scanSpool(path, plan.runs);
  const fd = existsSync(path) ? openSync(path, "r") : -1;
  let rows = 0;
  function* lines(): Generator<string> {
    for (const point of points) {
      const records: CurveRecord[] = [];
      for (let r = 0; r < plan.spec.replicates; r++) {
        const run = point * plan.spec.replicates + r;
        if (offsets[run] >= 0 && finished(run)) records.push(readSpoolRecord(fd, offsets[run]));
      }
      if (records.length === 0) continue;
      const params = plan.design.points[point];
      const stats = curveStats(records, plan.record.length);
      for (let k = 0; k < plan.record.length; k++) {
        for (const s of stats[k]) {
          rows += 1;
          yield csvLine([point, ...params.map(cellOf), plan.record[k], s.tick, s.year, s.n, s.mean, s.p05, s.p50, s.p95]);
        }
      }
    }
  }
  try {
    writeLinesAtomic(join(dir, files.curves), curveColumns(plan), lines());
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  return rows;
}

/** A parameter value as a CSV cell: booleans as `true`/`false`. */
export function cellOf(value: string | number | boolean): string | number {
  return typeof value === "boolean" ? String(value) : value;
}
