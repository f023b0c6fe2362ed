/**
 * The classic workloads of the performance anchors (W1 Deffuant–Weisbuch, W2 and W2b
 * Hegselmann–Krause 1-D, W2d Hegselmann–Krause D = 8) through the engine's own scenarios
 * (bench/scenarios/), alternated with the anchors in one invocation: in each round the engine
 * runs a workload, then each anchor does, with the same seed number; a ratio is the median over
 * rounds of engine / anchor within a round, so a drift in the machine's speed falls on both.
 *
 * Both sides are timed the anchors' way: one warm-up run, then runs repeated until `minSeconds`
 * of them (the anchors' ANCHOR_MIN_SECONDS); the rate is work over the repeated runs. The engine
 * records dispersion only (the group `all`, first and last tick), as a sweep would.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseScenario} from "../scenario/load.js";
import type {Scenario} from "../scenario/schema.js";
import {simulate, type RunResult} from "../run/simulate.js";
import {projectRoot, runAnchor, type AnchorImpl, type Anchors} from "./anchors.js";
import {median} from "./engine.js";
import {sameWork, scenarioMatches} from "./workloadCheck.js";

/** A workload: its scenario and the anchors it is compared with (the first is the target of the ratio). */
export interface WorkloadCase {
  key: "W1" | "W2" | "W2b" | "W2d";
  file: string;
  unit: "encounters/s" | "agent-updates/s";
  /** Anchors to run, target first (numpy ones only where python3 has numpy). */
  anchors: AnchorImpl[];
}

const fast = (name: string, ...args: string[]): AnchorImpl => ({name, interpreter: "node", args: ["fast.mjs", ...args]});
const numpy = (name: string, ...args: string[]): AnchorImpl => ({name, interpreter: "python3", args: ["py_bench.py", ...args]});

/** The four workloads; each list starts with the ratio's target (issue #12). */
export const workloadCases: WorkloadCase[] = [
  {key: "W1", file: "bench/scenarios/w1-deffuant-weisbuch.yaml", unit: "encounters/s", anchors: [fast("hand-tuned JS", "W1"), numpy("numpy (pre-drawn pairs)", "W1", "nprng")]},
  {key: "W2", file: "bench/scenarios/w2-hegselmann-krause.yaml", unit: "agent-updates/s", anchors: [numpy("numpy sorted", "W2", "sorted"), fast("hand-tuned JS sorted", "W2", "sorted")]},
  {key: "W2b", file: "bench/scenarios/w2b-hegselmann-krause.yaml", unit: "agent-updates/s", anchors: [numpy("numpy sorted", "W2b", "sorted"), fast("hand-tuned JS sorted", "W2b", "sorted")]},
  {key: "W2d", file: "bench/scenarios/w2d-hegselmann-krause.yaml", unit: "agent-updates/s", anchors: [numpy("numpy Gram matrix", "W2d", "gram"), fast("hand-tuned JS unrolled", "W2d", "nxn8")]}
];

/** One workload's results. Rates are per round; `ratio` is the median of engine / anchor within rounds. */
export interface WorkloadRow {
  key: string;
  title: string;
  unit: string;
  engine: {rates: number[]; median: number; steps: number[]};
  anchors: {name: string; rates: number[]; median: number; ratios: number[]; ratio: number; clusters: number[]; major: number[]}[];
  /** The anchor the ratio is judged against (issue #12), or null without anchors. */
  target: string | null;
  /** Whether the scenario matches workloads.json, and whether engine and anchor did the same work. */
  checks: {ok: boolean; text: string}[];
}

const metrics = ["dispersion"];

/** Times the engine on one scenario and seed, the anchors' way. */
export function timeEngine(s: Scenario, seed: number, minSeconds: number): {rate: number; result: RunResult} {
  let result = simulate(s, {seed, metrics, groups: false});
  let reps = 0;
  let warm = 0;
  while (reps === 0 || warm < minSeconds * 1000) {
    const t0 = performance.now();
    result = simulate(s, {seed, metrics, groups: false});
    warm += performance.now() - t0;
    reps++;
  }
  return {rate: (workOf(s, result) * reps) / (warm / 1000), result};
}

/** Encounters (pairwise dialogue) or agent-updates (N × ticks run) of one run. */
function workOf(s: Scenario, r: RunResult): number {
  const n = r.world.n;
  return s.dynamics.dialogue.mode === "pairwise" ? n * s.dynamics.dialogue.encounters * r.summary.ticks : n * r.summary.ticks;
}

/**
 * Runs every workload `rounds` times, alternating engine and anchors; `anchors` undefined runs
 * the engine alone. Checks each scenario against workloads.json and, after timing, that the
 * engine and the target anchor do the same work (see workloadCheck.ts).
 */
export function workloadBenchmarks(anchors: Anchors | undefined, rounds: number, minSeconds: number, log: (line: string) => void = () => {}): WorkloadRow[] {
  const cases = workloadCases.map((c) => {
    const scenario = parseScenario(readFileSync(join(projectRoot, c.file), "utf8"), c.file);
    const usable = anchors === undefined ? [] : c.anchors.filter((a) => a.interpreter === "node" || anchors.numpy);
    return {c, scenario, usable};
  });
  const rows: WorkloadRow[] = cases.map(({c, scenario, usable}) => ({
    key: c.key, title: scenario.title, unit: c.unit,
    engine: {rates: [], median: NaN, steps: []},
    anchors: usable.map((a) => ({name: a.name, rates: [], median: NaN, ratios: [], ratio: NaN, clusters: [], major: []})),
    target: usable[0]?.name ?? null,
    checks: []
  }));
  const finals: RunResult[][] = cases.map(() => []);
  for (let round = 0; round < rounds; round++) {
    cases.forEach(({scenario, usable}, w) => {
      const row = rows[w];
      const e = timeEngine(scenario, round + 1, minSeconds);
      row.engine.rates.push(e.rate);
      row.engine.steps.push(e.result.summary.ticks);
      finals[w].push(e.result);
      usable.forEach((impl, k) => {
        const a = runAnchor(anchors!, impl, round + 1, minSeconds);
        const col = row.anchors[k];
        col.rates.push(a.rate);
        col.ratios.push(e.rate / a.rate);
        col.clusters.push(a.clusters);
        col.major.push(a.major);
      });
      log(`  round ${round + 1}/${rounds} ${row.key}: engine ${e.rate.toExponential(3)} ${row.unit}${row.anchors.map((a) => `, ${a.name} ${a.rates[round].toExponential(3)}`).join("")}`);
    });
  }
  cases.forEach(({c, scenario, usable}, w) => {
    const row = rows[w];
    row.engine.median = median(row.engine.rates);
    for (const a of row.anchors) {
      a.median = median(a.rates);
      a.ratio = median(a.ratios);
    }
    if (anchors !== undefined) {
      row.checks.push(scenarioMatches(scenario, anchors.workloads[c.key]));
      row.checks.push(sameWork(c.key, scenario, finals[w], anchors, usable[0], row.anchors[0]));
    }
  });
  return rows;
}
