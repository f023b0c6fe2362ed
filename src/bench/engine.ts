/**
 * Engine benchmarks: throughput of the classic models at N = 1000 and the time of one run of
 * the built-in RCMP scenarios. Each case is warmed up once, then timed `repeats` times; the
 * median is reported. Figures are rates, to be compared as ratios within one run.
 */
import {readFileSync} from "node:fs";
import {parseScenario} from "../scenario/load.js";
import {simulate, type SimulateOptions} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";

export interface BenchRow {
  name: string;
  /** Median wall time of one run, in seconds. */
  seconds: number;
  /** Work units per second, and their name. */
  rate: number;
  unit: string;
  detail: string;
}

function load(path: string): Scenario {
  return parseScenario(readFileSync(path, "utf8"), path);
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
}

function time(s: Scenario, options: SimulateOptions, repeats: number): {seconds: number; ticks: number} {
  let ticks = simulate(s, options).summary.ticks;
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    ticks = simulate(s, options).summary.ticks;
    times.push((performance.now() - t0) / 1000);
  }
  return {seconds: median(times), ticks};
}

export function engineBenchmarks(repeats = 3): BenchRow[] {
  const rows: BenchRow[] = [];
  const dw = load("scenarios/classic/deffuant-weisbuch.yaml");
  const n = dw.generate!.count;
  const encounters = n * dw.dynamics.dialogue.encounters * dw.ticks;
  for (const [label, options] of [
    ["dispersion only", {metrics: ["dispersion"], groups: false}],
    ["all metrics every 20 ticks", {}]
  ] as const) {
    const t = time(dw, options, repeats);
    rows.push({name: `Deffuant-Weisbuch N=${n}, ${label}`, seconds: t.seconds, rate: encounters / t.seconds, unit: "encounters/s", detail: `${encounters.toExponential(0)} encounters`});
  }
  const hk = load("scenarios/classic/hegselmann-krause.yaml");
  for (const [label, options] of [
    ["dispersion only", {metrics: ["dispersion"], groups: false}],
    ["all metrics", {}]
  ] as const) {
    const t = time(hk, options, repeats);
    const updates = hk.generate!.count * t.ticks;
    rows.push({name: `Hegselmann-Krause N=${hk.generate!.count} ε=${hk.dynamics.dialogue.confidence}, ${label}`, seconds: t.seconds, rate: updates / t.seconds, unit: "agent-updates/s", detail: `stable after ${t.ticks} ticks`});
  }
  for (const path of ["scenarios/igc-1985.yaml", "scenarios/world-2004.yaml"]) {
    const s = load(path);
    const t = time(s, {}, repeats);
    const states = s.states?.length ?? 0;
    rows.push({name: `${path} (all metrics, all groups)`, seconds: t.seconds, rate: 1 / t.seconds, unit: "runs/s", detail: `${states} states, ${t.ticks} ticks`});
  }
  return rows;
}
