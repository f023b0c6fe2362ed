/**
 * A zero-tick run of the first design point, before the sweep starts: it shows which metrics
 * the scenario records (to check `record`) and which summary columns `runs.csv` will have, so
 * that its header never depends on which run finishes first.
 */
import {validateScenario, type ParsedText} from "../scenario/load.js";
import {InputError, suggestion} from "../scenario/problems.js";
import type {RawProblem} from "../scenario/zodProblems.js";
import {simulate} from "../run/simulate.js";
import {flattenSummary} from "../metrics/summary.js";
import type {Override} from "../scenario/overrides.js";

/** What the probe learnt: the metrics to record and the summary columns. */
export interface ProbeResult {
  record: string[];
  summaryColumns: string[];
  /** Metrics of the default `record` that this scenario does not have (left out). */
  dropped: string[];
  problems: RawProblem[];
}

/**
 * Runs the base scenario with the first point's overrides for zero ticks. Names in `record`
 * that the scenario lacks are problems when the sweep file lists them, and are dropped when
 * they come from the default list (a scenario without standards has no `toStandard`).
 */
export function probe(base: ParsedText, overrides: Override[], record: readonly string[], recordGiven: boolean): ProbeResult {
  const scenario = validateScenario(base, overrides);
  let run;
  try {
    run = simulate(scenario, {seed: scenario.seed, ticks: 0, groups: false});
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError([{file: base.file, path: [], message: `the base scenario does not run: ${(err as Error).message}`}]);
  }
  const known = run.series.metrics[run.series.groups.indexOf("all")] ?? [];
  const problems: RawProblem[] = [];
  const kept = record.filter((m) => known.includes(m));
  const dropped = record.filter((m) => !known.includes(m));
  if (recordGiven) {
    record.forEach((m, k) => {
      if (!known.includes(m)) problems.push({path: ["record", k], message: `this scenario records no metric "${m}"${suggestion(m, known)}; it has: ${known.join(", ")}`});
    });
  }
  const summary = {...run.summary, final: {all: Object.fromEntries(kept.map((m) => [m, 0]))}};
  return {record: kept, summaryColumns: Object.keys(flattenSummary(summary)), dropped: recordGiven ? [] : dropped, problems};
}
