/**
 * How big a sweep (or one shard of it) is before it starts: its runs, the disk its folder
 * takes (runs.csv, design.csv, curves.csv, the curve spool while it runs, `series/` with
 * `--keep-series`), the memory of its workers; refused past the limits, announced when big.
 */
import {InputError} from "../scenario/problems.js";
import {formatBytes, limits, type JobSize} from "../run/limits.js";
import type {SweepPlan} from "./loadSweep.js";
import {shardPoints, type Shard} from "./shard.js";
import {timeseriesLineBytes} from "../run/runSize.js";

/** A sweep's size: its runs and what they need together. */
export interface SweepSize extends JobSize {
  runs: number;
}

/** Bytes of a CSV cell, about (a number and its comma). */
const cellBytes = 12;
/** Bytes of a curves.csv row, about. */
const curveRowBytes = 100;

/** The size of the sweep's runs in this folder (its shard's), on `workers` threads. */
export function sweepSize(plan: SweepPlan, shard: Shard | undefined, workers: number, keepSeries: boolean): SweepSize {
  const points = shard === undefined ? plan.points : shardPoints(plan.points, shard).length;
  const runs = points * plan.spec.replicates;
  const run = plan.runSize;
  const keys = 4 + plan.design.parameters.length;
  const recorded = run.recorded * (plan.record.length + 2);
  const diskBytes = runs * cellBytes * (2 * keys + plan.summaryColumns.length) + points * plan.record.length * run.recorded * curveRowBytes +
    runs * recorded * 8 + (keepSeries ? runs * run.recorded * run.valuesPerTick * timeseriesLineBytes : 0);
  const memoryBytes = workers * run.memoryBytes + runs * 17 + plan.spec.replicates * recorded * 8;
  return {runs, diskBytes, memoryBytes, work: runs * run.work};
}

/** Refuses (InputError naming the sweep file) a sweep whose runs or folder are past the limits. */
export function checkSweepSize(plan: SweepPlan, size: SweepSize): void {
  const problems: string[] = [];
  if (size.diskBytes > limits.sweepDiskBytes) {
    problems.push(`its folder would take about ${formatBytes(size.diskBytes)}, more than the limit of ${formatBytes(limits.sweepDiskBytes)}: use fewer runs, record fewer metrics or less often, leave out --keep-series, or run it as shards (--shard i/n) on several machines`);
  }
  if (size.memoryBytes > limits.memoryBytes) problems.push(`its workers would need about ${formatBytes(size.memoryBytes)} of memory together, more than the limit of ${formatBytes(limits.memoryBytes)}: use fewer --workers`);
  if (problems.length > 0) throw new InputError(problems.map((message) => ({file: plan.file, path: [], message: `refused: ${message}`})));
}
