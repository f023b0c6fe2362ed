/**
 * The figures issue #12 judges, read off one bench invocation, each beside its target: the
 * engine's ratios to the anchors, world-2004's time per run with sweep settings, the CLI's
 * start-up before the engine, and the sweep's speed-up on two workers (with the machine's own
 * two-thread control).
 */
import type {BenchFile} from "./benchFile.js";
import {textTable} from "./table.js";

export type SummaryRow = BenchFile["summary"][number];

const targets: Record<string, number> = {W1: 0.5, W2: 1, W2b: 1, W2d: 1};

/** The summary rows from the bench's results. */
export function summaryRows(r: Pick<BenchFile, "workloads" | "scenarios" | "startup" | "sweeps">): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const w of r.workloads) {
    const a = w.anchors[0];
    if (a === undefined) continue;
    const range = a.ratios.filter((x): x is number => x !== null);
    rows.push({
      name: `${w.key} engine / ${a.name}`, value: a.ratio, unit: "ratio", target: `≥ ${targets[w.key]}`,
      detail: `median of ${range.length} rounds (${Math.min(...range).toFixed(3)}-${Math.max(...range).toFixed(3)})`
    });
  }
  const world = r.scenarios.find((s) => s.scenario === "scenarios/world-2004.yaml" && s.settings === "sweep settings");
  if (world) rows.push({name: "world-2004, sweep settings", value: world.msPerRun, unit: "ms per run", target: "≤ 3", detail: `one core; median of ${world.rounds.length} rounds`});
  if (r.startup) {
    const {run} = r.startup;
    rows.push({
      name: "rcmp run igc-1985: start-up before the engine", value: run.beforeEngine, unit: "ms", target: "< 300",
      detail: `CPU ${run.cpuBeforeEngine?.toFixed(0)} ms; first tick at ${run.firstTick?.toFixed(0)} ms from spawning node, of which the engine ${run.engineToFirstTick?.toFixed(1)} ms (whole run ${run.engineWhole?.toFixed(0)} ms)`
    });
  }
  const speedup = r.sweeps?.find((s) => s.name.startsWith("speed-up"));
  const control = r.sweeps?.find((s) => s.name.startsWith("control"));
  if (speedup) rows.push({name: "sweep, 2 workers / 1", value: Number(speedup.value), unit: "ratio", target: "≥ 1.8 on an idle machine", detail: `the machine's own two-thread control: ${control?.value ?? "-"}`});
  return rows;
}

/** The summary as text. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const show = (v: number | null, unit: string) => (v === null || !Number.isFinite(v) ? "-" : unit === "ratio" ? v.toFixed(3) : `${v.toFixed(unit === "ms" ? 0 : 2)} ${unit}`);
  return textTable(rows.map((s) => [s.name, show(s.value, s.unit), `target ${s.target}`, s.detail]));
}
