/**
 * `rcmp eval` against `rcmp sweep` (`node dist/bench/evalThroughput.js [--quick]`, and part of
 * `npm run bench`): the same 10,000 points of the default scenario (an lhs design over hegemon
 * bias and IGC NGO access, one replicate, the sweep's default metrics), each as a whole CLI
 * process on 2 workers, timed from start to exit: the sweep writes its folder (no figures),
 * eval reads the points from a file and writes its answers to another. Runs per second are
 * 10,000 over the wall time; the target is eval ≥ 80% of sweep. Trials alternate
 * sweep-eval-sweep-…-sweep and each eval trial is set against the mean of its two sweep
 * neighbours, which cancels a steady drift of a shared machine. Every trial also checks that
 * eval's outcomes equal the sweep's runs.csv, run for run.
 */
import {spawnSync} from "node:child_process";
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {median} from "./engine.js";
import {defaultScenario, sweepTable, type SweepBenchRow} from "./sweep.js";

const cli = fileURLToPath(new URL("../cli/main.js", import.meta.url));

/** Runs the CLI with stdin and stdout from and to files (or nothing); the wall seconds it took. */
function timed(args: string[], input?: string, output?: string): number {
  const fds = [input === undefined ? "ignore" : openSync(input, "r"), output === undefined ? "ignore" : openSync(output, "w")] as const;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {stdio: [fds[0], fds[1], "pipe"], encoding: "utf8"});
  const seconds = (performance.now() - t0) / 1000;
  for (const fd of fds) if (typeof fd === "number") closeSync(fd);
  if (r.status !== 0) throw new Error(`rcmp ${args[0]} failed (exit ${r.status}): ${r.stderr}`);
  return seconds;
}

/** Runs whose seed and summary cells differ between runs.csv and eval's output (columns matched by name). */
function mismatches(runsCsv: string, evalCsv: string): number {
  const [runs, answers] = [runsCsv, evalCsv].map((t) => t.trim().split("\n").map((l) => l.split(",")));
  const [runHead, evalHead] = [runs[0], answers[0]];
  const shared = evalHead.filter((c) => c !== "row" && c !== "replicate" && c !== "error");
  let bad = Math.abs(runs.length - answers.length);
  for (let k = 1; k < Math.min(runs.length, answers.length); k++) {
    if (shared.some((c) => runs[k][runHead.indexOf(c)] !== answers[k][evalHead.indexOf(c)])) bad++;
  }
  return bad;
}

/** The rows of the comparison; `quick` uses 1,000 points and one trial. */
export function evalBenchmarks(quick = false, scenario = defaultScenario): SweepBenchRow[] {
  const points = quick ? 1000 : 10000;
  const trials = quick ? 1 : 2;
  const dir = mkdtempSync(join(tmpdir(), "rcmp-bench-eval-"));
  try {
    const file = join(dir, "points.yaml");
    writeFileSync(file, `base: ${JSON.stringify(scenario)}\nreplicates: 1\nseed: 7\ndesign: lhs\nsamples: ${points}\nparameters:\n  dynamics.hegemonBias: {from: 0, to: 4}\n  processes.igc.ngo: {from: 0, to: 1}\n`);
    const sweepArgs = (out: string) => ["sweep", file, "--workers", "2", "--no-plots", "--quiet", "--out", out, "--force"];
    const sweeps = [timed(sweepArgs(join(dir, "sweep")))];
    // eval's input: the sweep's design points, in order; with --seed 7 row r runs with the seed of point r
    const design = readFileSync(join(dir, "sweep", "design.csv"), "utf8").trim().split("\n");
    writeFileSync(join(dir, "points.csv"), `${design.map((l) => l.split(",").slice(4).join(",")).join("\n")}\n`);
    const evals: number[] = [];
    let differ = 0;
    for (let t = 0; t < trials; t++) {
      evals.push(timed(["eval", scenario, "--workers", "2", "--seed", "7"], join(dir, "points.csv"), join(dir, "answers.csv")));
      differ += mismatches(readFileSync(join(dir, "sweep", "runs.csv"), "utf8"), readFileSync(join(dir, "answers.csv"), "utf8"));
      sweeps.push(timed(sweepArgs(join(dir, "sweep"))));
    }
    const rate = (s: number) => points / s;
    const ratios = evals.map((e, t) => rate(e) / ((rate(sweeps[t]) + rate(sweeps[t + 1])) / 2));
    const list = (xs: number[], f: (x: number) => string) => xs.map(f).join(", ");
    return [
      {name: `rcmp sweep, ${points} points, 2 workers`, value: `${median(sweeps.map(rate)).toFixed(0)} runs/s`, detail: `median of ${sweeps.length} (${list(sweeps, (s) => `${s.toFixed(1)} s`)}), whole process, no figures`},
      {name: `rcmp eval, same points, 2 workers`, value: `${median(evals.map(rate)).toFixed(0)} runs/s`, detail: `median of ${evals.length} (${list(evals, (s) => `${s.toFixed(1)} s`)}), whole process, points from a file`},
      {name: "eval / sweep runs per second", value: median(ratios).toFixed(2), detail: `median of ${trials} (${list(ratios, (x) => x.toFixed(2))}), each eval trial over its two sweep neighbours; target ≥ 0.80`},
      {name: "eval outcomes = sweep runs.csv", value: differ === 0 ? "yes" : `NO: ${differ} differ`, detail: `seed and every summary column of ${points} runs, ${trials} trial${trials > 1 ? "s" : ""}`}
    ];
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  console.log(`rcmp eval against rcmp sweep (Node ${process.version}, ${defaultScenario}${quick ? ", quick" : ""})`);
  console.log(sweepTable(evalBenchmarks(quick)));
}
