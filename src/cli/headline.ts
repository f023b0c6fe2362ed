/**
 * The few lines `rcmp run` prints: where the results are and the numbers that matter.
 */
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {seriesOf} from "../metrics/series.js";

const f = (v: number | null | undefined, digits = 3): string =>
  v === null || v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(digits).replace(/^-(0\.?0*)$/, "$1");

export function headline(out: string, scenario: Scenario, result: RunResult, seconds: number): string {
  const {summary, series} = result;
  const first = (metric: string) => seriesOf(series, "all", metric)?.[0];
  const last = (metric: string) => summary.final.all?.[metric];
  const when = (tick: number | null) => (tick === null ? "not reached" : scenario.calendar ? `tick ${tick} (${(scenario.calendar.start + tick / scenario.calendar.perYear).toFixed(2)})` : `tick ${tick}`);
  const lines = [
    `${scenario.title || scenario.id}: ${result.world.n} states, ${summary.ticks} ticks, seed ${summary.seed}, ${seconds.toFixed(2)} s`,
    `  dispersion     ${f(first("dispersion"))} → ${f(last("dispersion"))}   (converged below ${scenario.metrics.convergedBelow}: ${when(summary.convergedAt)})`
  ];
  if (last("toStandard") !== undefined) lines.push(`  to standard    ${f(first("toStandard"))} → ${f(last("toStandard"))}`);
  lines.push(
    `  to hegemon     ${f(first("toHegemon"))} → ${f(last("toHegemon"))}   (hegemon ${summary.hegemon}; pull ${f(summary.hegemonPull)})`,
    `  clusters       ${f(first("majorClusters"), 0)} → ${f(last("majorClusters"), 0)} major   β slope ${f(summary.beta.mean)}`,
    `  meetings       ${summary.totals.meetings}, topics withheld ${summary.totals.withheld}`,
    `results in ${out}/`
  );
  return `${lines.join("\n")}\n`;
}
