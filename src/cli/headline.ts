/**
 * The few lines `rcmp run` prints: where the results are and the numbers that matter, each
 * with a few words on what it is, and a note when the run stopped early because nothing moved.
 */
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {seriesOf} from "../metrics/series.js";
import type {ReplicateBatch} from "../run/replicates.js";
import {quantile7} from "../run/curveStats.js";
import {majorClusterSize} from "../metrics/clusterRule.js";
import {clusterSizes} from "../metrics/clusters.js";

const f = (v: number | null | undefined, digits = 3): string =>
  v === null || v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(digits).replace(/^-(0\.?0*)$/, "$1");

/** A number's line: a label, the value (or start → end), and what it is. */
const line = (label: string, value: string, what: string) => `  ${label.padEnd(14)} ${value.padEnd(15)} ${what}`;

export function headline(out: string, scenario: Scenario, result: RunResult, seconds: number): string {
  const {summary, series, world} = result;
  const first = (metric: string) => seriesOf(series, "all", metric)?.[0];
  const last = (metric: string) => summary.final.all?.[metric];
  const both = (metric: string, digits = 3) => `${f(first(metric), digits)} → ${f(last(metric), digits)}`;
  const m = scenario.metrics;
  const when = (tick: number | null) => (tick === null ? "never" : scenario.calendar ? `tick ${tick} (${(scenario.calendar.start + tick / scenario.calendar.perYear).toFixed(2)})` : `tick ${tick}`);
  const hegemon = summary.hegemon ?? "the hegemon";
  const below = summary.convergedAt === null
    ? `not below ${m.convergedBelow} at the end${summary.firstBelow === null ? "" : ` (dipped below at ${when(summary.firstBelow)})`}`
    : `below ${m.convergedBelow} from ${when(summary.convergedAt)} on`;
  const lines = [
    `${scenario.title || scenario.id}: ${world.n} states, ${summary.ticks} ticks, seed ${summary.seed}, ${seconds.toFixed(2)} s`,
    line("dispersion", both("dispersion"), `mean SD of positions over dimensions; ${below}`)
  ];
  if (last("toStandard") !== undefined) lines.push(line("to standard", both("toStandard"), "mean distance to the international standards"));
  lines.push(line("to hegemon", both("toHegemon"), `mean distance to ${hegemon}'s current position`));
  if (last("hegemonPull") !== undefined) {
    lines.push(line("hegemon's pull", f(summary.hegemonPull), `how much closer to ${hegemon} its channels (power in dialogue, agenda control, funder steering) brought the states`));
  }
  const sizes = clusterSizes(world.x, world.d, Int32Array.from({length: world.n}, (_, i) => i), m.clusterGap).sort((a, b) => b - a);
  const shownSizes = `${sizes.slice(0, 6).join(", ")}${sizes.length > 6 ? ", ..." : ""}`;
  lines.push(
    line("clusters", both("clusters", 0), `groups of states linked by steps ≤ ${m.clusterGap} (RMS); final sizes ${shownSizes}; ${f(last("majorClusters"), 0)} with ≥ ${majorClusterSize(world.n, m.majorShare)} states`),
    line("β slope", f(summary.beta.mean), "change on starting position, mean over dimensions (< 0: laggards catch up)"),
    line("meetings", String(summary.totals.meetings), `held; topics withheld by agenda control: ${summary.totals.withheld}`)
  );
  if (summary.stoppedStable !== null) {
    lines.push(`  stopped early at tick ${summary.stoppedStable}: no position moved more than ${m.stopWhenStable} in a tick (metrics.stopWhenStable)`);
  }
  lines.push(`results in ${out}/`);
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
