/**
 * Engine benchmarks beyond the classic workloads: the time of one run of each built-in RCMP
 * scenario with sweep settings (the sweep's default recorded metrics, group `all` only: what a
 * sweep's worker does), and of a few scenarios with every metric of every group, as `rcmp run`
 * records them. Runs are repeated until `minSeconds` (after as many warm-up runs, so that V8 has
 * optimised what runs once per run); each round gives one figure and the median is reported.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseScenario} from "../scenario/load.js";
import {simulate, type SimulateOptions} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {defaultRecord} from "../sweep/sweepSchema.js";
import {projectRoot} from "./anchors.js";

/** One scenario's time per run. */
export interface ScenarioRow {
  scenario: string;
  /** "sweep settings" or "every metric". */
  settings: string;
  states: number;
  ticks: number;
  /** Median over rounds of the mean time of a run, in milliseconds, and each round's. */
  msPerRun: number;
  rounds: number[];
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
}

function load(path: string): Scenario {
  return parseScenario(readFileSync(join(projectRoot, path), "utf8"), path);
}

/** The built-in RCMP scenarios (every scenario file but the classic models), as project-relative paths. */
export function rcmpScenarios(dir = join(projectRoot, "scenarios")): string[] {
  return readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "classic" ? [] : rcmpScenarios(path);
    return /\.ya?ml$/.test(e.name) ? [relative(projectRoot, path)] : [];
  });
}

type Options = (seed: number) => SimulateOptions;

// A fresh options literal per run, as a sweep's runs get them (a spread would make a new hidden class per run).
const sweepSettings: Options = (seed) => ({seed, metrics: defaultRecord, groups: false});
const everyMetric: Options = (seed) => ({seed});

/** Mean milliseconds per run over runs with seeds 1, 2, ... until `minSeconds`. */
function runFor(s: Scenario, options: Options, minSeconds: number): {ms: number; ticks: number} {
  let runs = 0;
  let ticks = 0;
  const t0 = performance.now();
  while (runs === 0 || performance.now() - t0 < minSeconds * 1000) ticks = simulate(s, options(++runs)).summary.ticks;
  return {ms: (performance.now() - t0) / runs, ticks};
}

/** Every built-in RCMP scenario with sweep settings, and igc-1985, world-2004 and two classic models with every metric. */
export function scenarioBenchmarks(rounds: number, minSeconds: number): ScenarioRow[] {
  const cases: [string, string, Options][] = [
    ...rcmpScenarios().map((path): [string, string, Options] => [path, "sweep settings", sweepSettings]),
    ...["scenarios/igc-1985.yaml", "scenarios/world-2004.yaml", "scenarios/classic/hegselmann-krause.yaml", "scenarios/classic/deffuant-weisbuch.yaml"]
      .map((path): [string, string, Options] => [path, "every metric", everyMetric])
  ];
  return cases.map(([path, settings, options]) => {
    const s = load(path);
    const times: number[] = [];
    let ticks = 0;
    runFor(s, options, minSeconds); // warm-up
    for (let r = 0; r < rounds; r++) ({ms: times[r], ticks} = runFor(s, options, minSeconds));
    return {scenario: path, settings, states: s.states?.length ?? s.generate?.count ?? 0, ticks, msPerRun: median(times), rounds: times};
  });
}
