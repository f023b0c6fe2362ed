/**
 * `rcmp run <scenarios...> [--replicates N] [--seed] [--ticks] [--set path=value]... [--out] [--force]`:
 * runs each scenario (N times with derived seeds), writes a results folder per scenario and
 * prints where, with the headline numbers.
 */
import {join} from "node:path";
import {readdir} from "node:fs/promises";
import type {Command} from "commander";
import {action} from "./action.js";
import {readInputText} from "../io/readScenario.js";
import {parseScenario} from "../scenario/load.js";
import {parseSetArg, type Override} from "../scenario/overrides.js";
import {InputError, type Problem} from "../scenario/problems.js";
import type {Scenario} from "../scenario/schema.js";
import {simulate} from "../run/simulate.js";
import {defaultOutput, prepareOutput} from "../io/outputFolder.js";
import {writeRun} from "../io/writeRun.js";
import {runReplicates, type ReplicateBatch} from "../run/replicates.js";
import {writeReplicates} from "../io/writeReplicates.js";
import {quantile7} from "../run/curveStats.js";
import {headline} from "./headline.js";
import {progressLine, tickProgress} from "./progress.js";
import {intOption} from "./options.js";

interface RunOptions {
  seed?: number;
  ticks?: number;
  set: string[];
  replicates?: string;
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

/** One scenario file to run. */
interface Job {
  file: string;
  text: string;
  scenario: Scenario;
}

/** Registers `rcmp run`. */
export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run scenarios and write a results folder for each (timeseries, states, summary, plots)")
    .argument("<scenarios...>", "scenario files (YAML or JSON), e.g. scenarios/igc-1985.yaml")
    .option("--replicates <n>", "runs per scenario, replicate r with a seed derived from (seed, r); replicate 0 uses the seed itself (default 1)")
    .option("--seed <n>", "random seed (default: the scenario's)", intOption("--seed"))
    .option("--ticks <n>", "ticks to run (default: the scenario's)", intOption("--ticks"))
    .option("--set <path=value>", "override a scenario value, e.g. dynamics.hegemonBias=2 (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--out <dir>", "results folder (default: results/<scenario id>/<time stamp>); with several scenarios, DIR/<scenario id>/")
    .option("--force", "write into a non-empty results folder")
    .option("--quiet", "print only the results folders")
    .addHelpText("after", "\nExamples:\n  rcmp run scenarios/igc-1985.yaml --seed 7 --set dynamics.hegemonBias=2 --out results/igc-h2\n" +
      "  rcmp run scenarios/teaching/equal-voice.yaml scenarios/teaching/hegemon.yaml --replicates 20 --out results/teaching\n")
    .action(action(async (files: string[], o: RunOptions) => runCommand(files, o)));
}

async function runCommand(files: string[], o: RunOptions): Promise<number> {
  const replicates = replicatesOf(o.replicates);
  const overrides: Override[] = o.set.map((arg) => parseSetArg(arg));
  const jobs = await loadAll(files, overrides);
  const outs = await outputFolders(jobs, o);
  const batch = batchProgress(jobs.length * replicates, o.quiet ?? false);
  for (const [k, job] of jobs.entries()) {
    const text = jobs.length === 1 && replicates === 1
      ? await runSingle(job, outs[k], overrides, o)
      : await runReplicated(job, outs[k], overrides, o, replicates, (done, within) => batch.update(k * replicates + done, within, job.scenario.id));
    batch.clear();
    process.stdout.write(text);
  }
  return 0;
}

function replicatesOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InputError(`--replicates expects a whole number from 1 to 65535, got "${text}"`);
  return n;
}

/** Reads and validates every scenario before anything runs; the problems of all files are reported at once. */
async function loadAll(files: string[], overrides: Override[]): Promise<Job[]> {
  const jobs: Job[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      const text = await readInputText(file);
      jobs.push({file, text, scenario: parseScenario(text, file, overrides)});
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return jobs;
}

/**
 * One folder per scenario: `--out` itself for one scenario; `--out/<id>` (`<id>-2`, ... for a
 * repeated id) for several; else `results/<id>/<stamp>`. Every folder is checked before any is
 * created, so a refused one leaves nothing behind.
 */
async function outputFolders(jobs: Job[], o: RunOptions): Promise<string[]> {
  const outs: string[] = [];
  for (const {scenario} of jobs) {
    let base = jobs.length === 1 && o.out !== undefined ? o.out : o.out !== undefined ? join(o.out, scenario.id) : await defaultOutput(scenario.id);
    const first = base;
    for (let k = 2; outs.includes(base); k++) base = `${first}-${k}`;
    outs.push(base);
  }
  if (!o.force) {
    for (const out of outs) if (await nonEmpty(out)) await prepareOutput(out, false);
  }
  for (const out of outs) await prepareOutput(out, o.force ?? false);
  return outs;
}

/** Whether `prepareOutput` would refuse the path: a folder with entries, or a file. */
async function nonEmpty(dir: string): Promise<boolean> {
  return readdir(dir).then((entries) => entries.length > 0, (err: NodeJS.ErrnoException) => err.code === "ENOTDIR");
}

/** A plain run, exactly as `rcmp run <scenario>` has always done it. */
async function runSingle(job: Job, out: string, overrides: Override[], o: RunOptions): Promise<string> {
  const {scenario} = job;
  const seed = o.seed ?? scenario.seed;
  const ticks = o.ticks ?? scenario.ticks;
  const started = performance.now();
  const progress = tickProgress(ticks, o.quiet ?? false);
  const result = simulate(scenario, {seed, ticks, onTick: progress.update});
  progress.done();
  const wallSeconds = (performance.now() - started) / 1000;
  await writeRun(out, {source: {path: job.file, text: job.text}, scenario, result, seed, ticks, argv: process.argv.slice(2), overrides, wallSeconds});
  return o.quiet ? `${out}\n` : headline(out, scenario, result, wallSeconds);
}

/** Replicates of one scenario: replicate 0's files as a plain run gives them, plus the replicate files. */
async function runReplicated(job: Job, out: string, overrides: Override[], o: RunOptions, replicates: number,
  progress: (done: number, within: number) => void): Promise<string> {
  const {scenario} = job;
  const seed = o.seed ?? scenario.seed;
  const ticks = o.ticks ?? scenario.ticks;
  const started = performance.now();
  const batch = runReplicates(scenario, {
    seed, ticks, replicates,
    onTick: (w, r) => progress(r, ticks > 0 ? w.tick / ticks : 1),
    onReplicate: (done) => progress(done, 0)
  });
  const wallSeconds = (performance.now() - started) / 1000;
  // with replicates, writeReplicates draws the plot (with bands) instead of replicate 0's
  await writeRun(out, {source: {path: job.file, text: job.text}, scenario, result: batch.first, seed, ticks, argv: process.argv.slice(2), overrides, wallSeconds, plot: replicates === 1});
  if (replicates > 1) await writeReplicates(out, batch, scenario.title || scenario.id);
  if (o.quiet) return `${out}\n`;
  const lines = headline(out, scenario, batch.first, wallSeconds).trimEnd().split("\n");
  if (replicates > 1) lines.splice(lines.length - 1, 0, ...replicateLines(batch));
  return `${lines.join("\n")}\n`;
}

/** The headline's replicate lines: how many, and the spread of the final dispersion (and distance to standard). */
function replicateLines(batch: ReplicateBatch): string[] {
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

/** Progress of a batch of runs (`within`: the share of the current run done). */
function batchProgress(total: number, quiet: boolean): {update: (done: number, within: number, id: string) => void; clear: () => void} {
  const line = progressLine(quiet);
  return {
    update: (done, within, id) => line.show(Math.min(1, (done + within) / total), `${id}: run ${Math.min(done + 1, total)} of ${total}`),
    clear: line.clear
  };
}
