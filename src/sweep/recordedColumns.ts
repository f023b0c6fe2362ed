/**
 * What a sweep records, decided before it starts from the base scenario with the first design
 * point's overrides, by asking the metrics layer (no run): which metrics the scenario records
 * (to check `record`) and which summary columns `runs.csv` will have, so that its header never
 * depends on which run finishes first.
 */
import {validateScenario, type ParsedText} from "../scenario/load.js";
import {excerpt, suggestion} from "../scenario/problems.js";
import type {RawProblem} from "../scenario/zodProblems.js";
import type {Override} from "../scenario/overrides.js";
import {metricNames, scenarioMetricShape} from "../metrics/names.js";
import {summaryColumns} from "../metrics/summary.js";

/** The metrics to record and the summary columns. */
export interface RecordedColumns {
  record: string[];
  summaryColumns: string[];
  /** Metrics of the default `record` that this scenario does not have (left out). */
  dropped: string[];
  problems: RawProblem[];
}

/**
 * The columns of a sweep of `base` with the first point's `overrides`. Names in `record` that
 * the scenario lacks are problems when the sweep file lists them, and are dropped when they
 * come from the default list (a scenario without standards has no `toStandard`).
 */
export function recordedColumns(base: ParsedText, overrides: Override[], record: readonly string[], recordGiven: boolean): RecordedColumns {
  const scenario = validateScenario(base, overrides);
  const known = metricNames(scenarioMetricShape(scenario), "all");
  const problems: RawProblem[] = [];
  const kept = record.filter((m) => known.includes(m));
  const dropped = record.filter((m) => !known.includes(m));
  if (recordGiven) {
    record.forEach((m, k) => {
      if (!known.includes(m)) problems.push({path: ["record", k], message: `this scenario records no metric ${excerpt(m)}${suggestion(m, known)}; it has: ${known.join(", ")}`});
    });
  }
  // the recorder keeps dispersion always (for convergedAt) and the metrics in their own order
  const recorded = known.filter((m) => m === "dispersion" || kept.includes(m));
  return {record: kept, summaryColumns: summaryColumns(recorded), dropped: recordGiven ? [] : dropped, problems};
}
