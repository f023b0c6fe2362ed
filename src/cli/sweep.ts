/**
 * `rcmp sweep <file> [--workers N] [--out DIR] [--resume] [--force] [--shard i/n] [--keep-series]`:
 * runs a parameter sweep on a worker pool, with a progress line, and prints where the results
 * are. Exit code 0 when every run succeeded, 1 when some failed (see failures.csv), 2 for bad input.
 */
import {availableParallelism} from "node:os";
import type {Command} from "commander";
import {action} from "./action.js";
import type {SweepResult} from "../sweep/sweep.js";
import {parseShard} from "../sweep/shard.js";
import {createProgress, formatDuration, progressRate, type ProgressDisplay} from "../sweep/progress.js";
import {announce, jobText, limits} from "../run/limits.js";
import {manifestName, sweepFiles} from "../results/layout.js";
import {examplesHelp, rangeOption} from "./options.js";
import {interruptible} from "./interrupt.js";

interface SweepCliOptions {
  workers?: string;
  out?: string;
  resume?: boolean;
  force?: boolean;
  shard?: string;
  keepSeries?: boolean;
  plots: boolean;
  quiet?: boolean;
}

/** Registers `rcmp sweep`. */
export function registerSweep(program: Command): void {
  program
    .command("sweep")
    .description("run a parameter sweep: design points × replicates on a worker pool, streaming results")
    .argument("<file>", "sweep file (YAML), e.g. examples/slurm/igc-bias-ngo.yaml")
    .option("--workers <n>", "runs at once (default: the number of cores)")
    .option("--out <dir>", "results folder (default: results/<sweep file name>/<time stamp>)")
    .option("--resume", "complete an interrupted sweep in --out (default: its newest folder), skipping finished runs")
    .option("--force", "replace the results in a non-empty folder")
    .option("--shard <i/n>", "run only design points whose index ≡ i (mod n), i from 0; join shards with rcmp merge")
    .option("--keep-series", "also write each run's recorded series to series/<run>.csv")
    .option("--no-plots", "skip the figures")
    .option("--quiet", "print only the results folder")
    .addHelpText("after", examplesHelp([
      "rcmp sweep examples/slurm/igc-bias-ngo.yaml --workers 8 --out results/bias-ngo",
      "rcmp sweep examples/slurm/igc-bias-ngo.yaml --out results/bias-ngo --resume",
      "rcmp sweep examples/slurm/igc-bias-ngo.yaml --shard 3/40 --out results/bias-ngo/shard-3"
    ]))
    .action(action(async (file: string, o: SweepCliOptions) => sweepCommand(file, o)));
}

/** `--workers`: 1 to a few per core (more only wait for the cores and take memory), default the cores. */
export function workersOf(text: string | undefined, cores = availableParallelism()): number {
  const max = limits.workersPerCore * cores;
  return rangeOption("--workers", text, 1, max, cores, ` (${limits.workersPerCore} per core of the ${cores} here)`);
}

async function sweepCommand(file: string, o: SweepCliOptions): Promise<number> {
  const workers = workersOf(o.workers);
  const shard = o.shard === undefined ? undefined : parseShard(o.shard);
  let progress: ProgressDisplay | undefined;
  let dir: string | undefined;
  const interrupted = () => {
    progress?.finish();
    process.stderr.write(`\ninterrupted: finished runs are saved${dir ? ` in ${dir}; complete them with: rcmp sweep ${file} --resume --out ${dir}` : ""}\n`);
  };
  // Loaded here, not at start-up: the sweep brings the worker pool (Piscina), which other commands need not load.
  const {sweep} = await import("../sweep/sweep.js");
  const result = await interruptible(interrupted, () => sweep(file, {
    workers, out: o.out, resume: o.resume, force: o.force, shard, keepSeries: o.keepSeries, plots: o.plots, argv: process.argv.slice(2),
    onStart: (info) => {
      dir = info.dir;
      if (o.quiet) return;
      const {plan} = info;
      const what = `${plan.points} design point${plan.points === 1 ? "" : "s"} × ${plan.spec.replicates} replicate${plan.spec.replicates === 1 ? "" : "s"}`;
      const part = shard ? `, shard ${shard.index}/${shard.count}: ${info.total} runs` : "";
      const resumed = info.resumed > 0 ? `, ${info.resumed} already done` : "";
      process.stderr.write(`sweep ${file}: ${what}${part}${resumed}; ${workers} worker${workers === 1 ? "" : "s"} → ${info.dir}\n`);
      if (plan.dropped.length > 0) process.stderr.write(`note: this scenario records no ${plan.dropped.join(", ")}; left out of the curves\n`);
      if (announce(info.size, info.total)) process.stderr.write(`estimate: ${info.total} runs, ${jobText(info.size)}\n`);
      progress = createProgress(info.total, process.stderr, info.resumed);
    },
    onProgress: (done, _total, failed) => progress?.update(done, failed)
  }));
  progress?.finish();
  process.stdout.write(o.quiet ? `${result.dir}\n` : report(result));
  return result.failed > 0 ? 1 : 0;
}

function report(r: SweepResult): string {
  const now = r.runs - r.resumed;
  const rate = r.runSeconds > 0 && now > 0 ? ` (the runs ${formatDuration(r.runSeconds)}, ${progressRate(now / r.runSeconds)} runs/s)` : "";
  const lines = [`results: ${r.dir}`, `  ${r.ok} of ${r.runs} runs succeeded${r.resumed > 0 ? ` (${r.resumed} in an earlier invocation)` : ""}, in ${formatDuration(r.wallSeconds)}${rate}`];
  if (r.failed > 0) lines.push(`  ${r.failed} runs failed: see ${r.dir}/failures.csv (each with its seed and error)`);
  lines.push(`  files: ${[sweepFiles.design, sweepFiles.runs, sweepFiles.curves, sweepFiles.failures, manifestName].join(", ")}`);
  if (r.plots.length > 0) lines.push(`  figures: ${r.plots.filter((p) => p.endsWith(".png")).join(", ")}`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  return `${lines.join("\n")}\n`;
}
