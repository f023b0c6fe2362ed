/**
 * One run of a sweep, as a worker (or the main thread, with one worker) does it: apply the
 * design point's overrides to the base scenario, simulate with the run's seed, and return the
 * summary row and the recorded curves.
 */
import {parseText, validateScenario, type ParsedText} from "../scenario/load.js";
import type {Override} from "../scenario/overrides.js";
import type {Scenario} from "../scenario/schema.js";
import {simulate} from "../run/simulate.js";
import {seriesOf, tidyRows} from "../metrics/series.js";
import {flattenSummary} from "../metrics/summary.js";
import {csvLine} from "../results/csv.js";
import {timeseriesColumns} from "../results/layout.js";
import {packCurves} from "./spool.js";
import type {PositionSpec} from "../run/positions.js";
import {positionsCsv} from "../results/positionsCsv.js";

/** What every run of a sweep shares; sent once to each worker. */
export interface RunContext {
  baseText: string;
  baseFile: string;
  /** Metrics (group `all`) kept as curves. */
  record: string[];
  /** Return the run's recorded series as CSV text too. */
  keepSeries: boolean;
  /** Return every state's position at these times as positions.csv text (default: none). */
  positions?: PositionSpec;
}

/** One run to do. */
export interface RunTask {
  run: number;
  point: number;
  replicate: number;
  seed: number;
  overrides: Override[];
  /** Mechanisms to leave out (`simulate({skip})`; attribution's coalitions), none when absent. */
  skip?: string[];
}

/** A finished run. `curves` packs ticks, years and each recorded metric (see `packCurves`). */
export interface RunSuccess {
  run: number;
  ok: true;
  row: Record<string, number | null>;
  ticks: number;
  curves: Float64Array;
  /** Tidy CSV of the recorded series (`--keep-series`), else null. */
  series: string | null;
  /** positions.csv text (`positions` in the sweep file), else null. */
  positions: string | null;
}

/** A run that threw: its error message on one line. */
export interface RunFailure {
  run: number;
  ok: false;
  error: string;
}

export type RunOutcome = RunSuccess | RunFailure;

/**
 * Test hook: run ids listed in the environment variable `RCMP_TEST_FAIL_RUNS` (`"3,7"`) throw
 * instead of running, to exercise failure handling. Not for normal use.
 */
export function testFailRuns(env: NodeJS.ProcessEnv = process.env): Set<number> {
  const list = env.RCMP_TEST_FAIL_RUNS ?? "";
  return new Set(list.split(",").map((s) => s.trim()).filter((s) => /^\d+$/.test(s)).map(Number));
}

/** One line, at most 1,000 characters: what failures.csv holds of an error. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*[\r\n]+\s*/g, " | ").slice(0, 1000);
}

/** A function that does runs for this context, keeping the last design point's scenario. */
export function createRunner(context: RunContext): (task: RunTask) => RunOutcome {
  let base: ParsedText | undefined;
  let cached: {point: number; scenario: Scenario} | undefined;
  const failRuns = testFailRuns();
  return (task) => {
    try {
      if (failRuns.has(task.run)) throw new Error(`test hook RCMP_TEST_FAIL_RUNS failed run ${task.run}`);
      base ??= parseText(context.baseText, context.baseFile);
      if (cached?.point !== task.point) cached = {point: task.point, scenario: validateScenario(base, task.overrides, {question: false})};
      return simulateTask(cached.scenario, task, context);
    } catch (err) {
      return {run: task.run, ok: false, error: oneLine(err)};
    }
  };
}

function simulateTask(scenario: Scenario, task: RunTask, context: RunContext): RunSuccess {
  const {series, summary, positions} = simulate(scenario, {seed: task.seed, metrics: context.record, groups: false, skip: task.skip, positions: context.positions});
  const n = series.ticks.length;
  const curves = Array.from(context.record, (m) => seriesOf(series, "all", m) ?? new Float64Array(n).fill(NaN));
  let text: string | null = null;
  if (context.keepSeries) {
    const lines = [csvLine(timeseriesColumns)];
    for (const r of tidyRows(series)) lines.push(csvLine([r.tick, r.year, r.group, r.metric, Number.isFinite(r.value) ? r.value : null]));
    text = lines.join("");
  }
  return {run: task.run, ok: true, row: flattenSummary(summary), ticks: n, curves: packCurves(series.ticks, series.years, curves), series: text,
    positions: positions === undefined ? null : positionsCsv(positions)};
}
