/**
 * The few lines `rcmp run` prints: where the results are and the numbers that matter.
 */
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {seriesOf} from "../metrics/series.js";
import type {ReplicateBatch} from "../run/replicates.js";
import {quantile7} from "../run/curveStats.js";

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

/** The headline's replicate lines: how many, and the spread of the final dispersion (and distance to standard). */
export function replicateLines(batch: ReplicateBatch): string[] {
  const n = batch.seeds.length;
  const seeds = `${batch.seeds.slice(0, 2).join(", ")}${n > 2 ? ", ..." : ""}`;
  const lines = [`  replicates     ${n} (seeds ${seeds}); the lines above are replicate 0's`];
  for (const [metric, name] of [["dispersion", "dispersion"], ["toStandard", "to standard"]]) {
    const values = Float64Array.from(batch.summaries.map((s) => s.final.all?.[metric] ?? NaN).filter(Number.isFinite)).sort();
    if (values.length === 0) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    lines.push(`  final ${name.padEnd(12)} mean ${mean.toFixed(3)}, 5–95% ${quantile7(values, 0.05).toFixed(3)}–${quantile7(values, 0.95).toFixed(3)} over replicates`);
  }
  lines.push("  files          replicates.csv (one row per replicate), curves.csv (mean, p05, p50, p95 per tick)");
  return lines;
}
