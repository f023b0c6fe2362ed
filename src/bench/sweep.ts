/**
 * Sweep benchmark (`node dist/bench/sweep.js [--quick]`): throughput of `rcmp sweep` on the
 * default scenario with 1 worker (in-process) and 2 workers (Piscina), their ratio (target
 * ≥ 1.8 on 2 free cores), the cost per run of an empty run (ticks 0) in-process and through the
 * pool, and the resident memory of a 20,000-run sweep (main thread plus workers: they share the
 * process), sampled as it goes: the peak must stay under 300 MB and the curve flat.
 */
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {threadScaling} from "./threadScaling.js";
import {cpuBetween, threadCpuMs} from "./threadCpu.js";
import {median} from "./engine.js";
import {textTable} from "./table.js";
import {sweep} from "../sweep/sweep.js";

/** The default scenario, found from this file (dist/bench/ or src/bench/). */
export const defaultScenario = fileURLToPath(new URL("../../scenarios/igc-1985.yaml", import.meta.url));

/** One line of the table. */
export interface SweepBenchRow {
  name: string;
  value: string;
  detail: string;
}

interface Timed {
  /** Runs finished in the second half of the sweep, and the seconds they took (steady state: start-up and JIT warm-up left out). */
  runs: number;
  /** CPU milliseconds of each thread over that second half (Linux), keyed "main", "worker", "other". */
  cpu: {main: number; worker: number; other: number} | undefined;
  runSeconds: number;
  /** Seconds from the start of the runs to the first finished (pool start-up and one run). */
  firstSeconds: number;
  wallSeconds: number;
  rss: number[];
}

/** Runs a sweep of `replicates` runs of the scenario (with extra sweep-file lines), sampling rss every `sampleMs`. */
async function timedSweep(scenario: string, replicates: number, workers: number, extra = "", sampleMs = 250): Promise<Timed> {
  const dir = mkdtempSync(join(tmpdir(), "rcmp-bench-"));
  const file = join(dir, "bench.yaml");
  writeFileSync(file, `base: ${JSON.stringify(scenario)}\nreplicates: ${replicates}\nseed: 1\nrecord: [dispersion, toStandard, toHegemon]\n${extra}`);
  const rss: number[] = [];
  const timer = setInterval(() => rss.push(process.memoryUsage().rss), sampleMs);
  let start = 0;
  let first = 0;
  let half = 0;
  let halfDone = 0;
  let last = 0;
  let cpuAtHalf = new Map<number, number>();
  let cpuAtEnd = new Map<number, number>();
  const t0 = performance.now();
  try {
    const r = await sweep(file, {
      workers, out: join(dir, "out"), plots: false,
      onStart: () => (start = performance.now()),
      onProgress: (done) => {
        last = performance.now();
        first ||= last;
        if (half === 0 && done >= Math.floor(replicates / 2)) {
          half = last;
          halfDone = done;
          cpuAtHalf = threadCpuMs();
        }
        if (done === replicates) cpuAtEnd = threadCpuMs();
      }
    });
    const runs = r.ok - halfDone;
    return {runs, cpu: cpuShares(cpuAtHalf, cpuAtEnd, workers === 1 ? 0 : workers), runSeconds: (last - half) / 1000, firstSeconds: (first - start) / 1000, wallSeconds: (performance.now() - t0) / 1000, rss};
  } finally {
    clearInterval(timer);
    rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * CPU by kind of thread: the main thread (its id is the process id), the sweep's worker threads
 * (the `workers` threads that used the most; none when runs are in-process), and all others
 * (V8's helpers).
 */
function cpuShares(before: Map<number, number>, after: Map<number, number>, workers: number): Timed["cpu"] {
  if (before.size === 0 || after.size === 0) return undefined;
  const used = cpuBetween(before, after);
  const main = used.get(process.pid) ?? 0;
  used.delete(process.pid);
  const sorted = [...used.values()].sort((a, b) => b - a);
  const worker = sorted.slice(0, workers).reduce((s, x) => s + x, 0);
  const other = sorted.slice(workers).reduce((s, x) => s + x, 0);
  return {main, worker, other};
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Mean of the samples in the fraction [from, to) of the list. */
function windowMean(xs: number[], from: number, to: number): number {
  const part = xs.slice(Math.floor(xs.length * from), Math.max(Math.floor(xs.length * from) + 1, Math.floor(xs.length * to)));
  return part.reduce((s, x) => s + x, 0) / part.length;
}

/** The benchmark rows; `quick` uses fewer runs (and a 2,000-run memory sweep). */
export async function sweepBenchmarks(quick = false, scenario = defaultScenario): Promise<SweepBenchRow[]> {
  const rows: SweepBenchRow[] = [];
  // The memory sweep comes first, while the process holds nothing but what it needs, as a
  // user's `rcmp sweep` would; its rows are printed last.
  const big = quick ? 2000 : 20000;
  const m = await timedSweep(scenario, big, 2, "", quick ? 100 : 500);
  // Each worker does half of a trial's runs, and V8 optimises the code that runs once per run
  // only after a thousand runs or more (each worker's isolate starts cold, while the 1-worker
  // trials share the warm main isolate): with 10,000 runs a trial, the timed second half starts
  // when each of the 2 workers has done 2,500, and both sides are timed in steady state.
  const n = quick ? 400 : 10000;
  // 1 and 2 workers alternate, 1-2-1-2-…-1, so that the shared machine's changes of speed (it
  // drifts by ±20% over minutes) fall on both: each 2-worker trial is set against the mean of
  // the 1-worker trials just before and just after it, which cancels a steady drift, and the
  // speed-up is the median of those ratios.
  const trials = quick ? 1 : 7;
  const ones: Timed[] = [];
  const twos: Timed[] = [];
  for (let t = 0; t < trials; t++) {
    ones.push(await timedSweep(scenario, n, 1));
    twos.push(await timedSweep(scenario, n, 2));
  }
  ones.push(await timedSweep(scenario, n, 1));
  const rates = (xs: Timed[]) => xs.map((x) => x.runs / x.runSeconds);
  const [rates1, rates2] = [rates(ones), rates(twos)];
  const [rate1, rate2] = [median(rates1), median(rates2)];
  const ratios = rates2.map((r, t) => r / ((rates1[t] + rates1[t + 1]) / 2));
  const list = (xs: number[], digits = 0) => xs.map((x) => x.toFixed(digits)).join(", ");
  rows.push({name: "throughput, 1 worker (in-process)", value: `${rate1.toFixed(1)} runs/s`, detail: `median of ${trials + 1} (${list(rates1)}); second half of ${n} runs each`});
  rows.push({name: "throughput, 2 workers (Piscina)", value: `${rate2.toFixed(1)} runs/s`, detail: `median of ${trials} (${list(rates2)}); second half of ${n} runs each`});
  rows.push({name: "pool start-up, 2 workers", value: `${twos[0].firstSeconds.toFixed(2)} s`, detail: `until the first run is back (in-process: ${ones[0].firstSeconds.toFixed(2)} s); left out of the rates`});
  rows.push({name: "speed-up, 2 workers / 1", value: median(ratios).toFixed(2), detail: `median of ${trials} (${list(ratios, 2)}), each 2-worker trial over its two 1-worker neighbours; ${quick ? "--quick trials are too short and too cold to judge the target" : "target ≥ 1.8 on 2 free cores"}`});
  const control = await threadScaling(scenario, quick ? 300 : 1000, trials);
  rows.push({name: "control: bare engine, 2 threads / 1", value: median(control).toFixed(2), detail: `median of ${trials} (${list(control, 2)}): the machine's own scaling, no pool or files`});
  if ([...ones, ...twos].every((x) => x.cpu !== undefined)) {
    const perRun = (xs: Timed[], part: "main" | "worker" | "other") => median(xs.map((x) => (x.cpu![part] / x.runs) * 1000));
    const [main1, other1] = [perRun(ones, "main"), perRun(ones, "other")];
    const [main2, worker2, other2] = [perRun(twos, "main"), perRun(twos, "worker"), perRun(twos, "other")];
    rows.push({name: "CPU per run, 1 worker", value: `${(main1 + other1).toFixed(0)} µs`, detail: `main thread ${main1.toFixed(0)} µs (runs and writing), V8 helper threads ${other1.toFixed(0)} µs`});
    rows.push({name: "CPU per run, 2 workers", value: `${(main2 + worker2 + other2).toFixed(0)} µs`, detail: `workers ${worker2.toFixed(0)} µs, main thread ${main2.toFixed(0)} µs (messages and writing), V8 helper threads ${other2.toFixed(0)} µs`});
  }
  const empty = quick ? 2000 : 10000;
  const e1 = await timedSweep(scenario, empty, 1, "parameters:\n  ticks: [0]\n");
  const e2 = await timedSweep(scenario, empty, 2, "parameters:\n  ticks: [0]\n");
  rows.push({name: "empty run (ticks 0), in-process", value: `${((e1.runSeconds / e1.runs) * 1e6).toFixed(0)} µs/run`, detail: `${empty} runs: the floor of sweep bookkeeping per run`});
  rows.push({name: "empty run (ticks 0), pool of 2", value: `${((e2.runSeconds / e2.runs) * 1e6).toFixed(0)} µs/run`, detail: "pool round trip and writing, per run"});
  const peak = Math.max(...m.rss);
  const [q1, q2, q4] = [windowMean(m.rss, 0.15, 0.35), windowMean(m.rss, 0.4, 0.6), windowMean(m.rss, 0.8, 1)];
  rows.push({name: `${big}-run sweep, peak resident memory`, value: mb(peak), detail: `limit 300 MB; ${m.rss.length} samples over ${m.wallSeconds.toFixed(0)} s; ${(m.runs / m.runSeconds).toFixed(0)} runs/s; run first, in a fresh process`});
  rows.push({name: `${big}-run sweep, rss at 25% / 50% / 90%`, value: `${mb(q1)} / ${mb(q2)} / ${mb(q4)}`, detail: `growth from 25% to 90%: ${mb(q4 - q1)} (${(((q4 - q1) / q1) * 100).toFixed(1)}%)`});
  return rows;
}

/** The rows as an aligned text table. */
export function sweepTable(rows: readonly SweepBenchRow[]): string {
  return textTable(rows.map((r) => [r.name, r.value, r.detail]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  console.log(`rcmp-sim sweep benchmark (Node ${process.version}, ${defaultScenario}${quick ? ", quick" : ""})`);
  console.log(sweepTable(await sweepBenchmarks(quick)));
}
