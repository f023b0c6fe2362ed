/**
 * `rcmp run <scenarios...> [--replicates N] [--seed] [--ticks] [--set path=value]... [--skip mechanism]... [--positions [years]] [--out] [--force]`:
 * runs each scenario (N times with derived seeds), writes a results folder per scenario, whole
 * or not at all, and prints where, with the headline numbers.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {parseSetArg, type Override} from "../scenario/overrides.js";
import {scenario as scenarioSchema} from "../scenario/schema.js";
import {writeRun} from "../io/writeRun.js";
import {runReplicates} from "../run/replicates.js";
import {positionTicks} from "../run/positionTicks.js";
import {headline, replicateLines} from "./headline.js";
import {progressLine} from "./progress.js";
import type {PositionSpec} from "../run/positions.js";
import {examplesHelp, rangeOption, repeatable, schemaOption} from "./options.js";
import {checkSizes, loadJobs, outputFolders, type Job} from "./runPlan.js";
import {traceFirstTick, traceStartup} from "./startupTrace.js";
import {InputError, suggestion} from "../scenario/problems.js";
import {mechanismNames} from "../model/mechanisms.js";

interface RunOptions {
  seed?: string;
  ticks?: string;
  set: string[];
  skip: string[];
  replicates?: string;
  out?: string;
  force?: boolean;
  quiet?: boolean;
  plots: boolean;
  positions?: boolean | string;
}

/** Most replicates of one run: their seeds are distinct below 65,536 (see `replicateSeed`). */
export const maxReplicates = 65_535;

/** Registers `rcmp run`. */
export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run scenarios and write a results folder for each (timeseries, states, summary, plots)")
    .argument("<scenarios...>", "scenario files (YAML or JSON), e.g. scenarios/igc-1985.yaml")
    .option("--replicates <n>", `runs per scenario, replicate r with a seed derived from (seed, r); replicate 0 uses the seed itself (1 to ${maxReplicates}, default 1)`)
    .option("--seed <n>", "random seed, 0 to 4294967295 (default: the scenario's)")
    .option("--ticks <n>", "ticks to run (default: the scenario's)")
    .option("--set <path=value>", "override a scenario value, e.g. dynamics.hegemonBias=2 (repeatable)", repeatable, [])
    .option("--skip <mechanism>", `leave a mechanism out of the run (repeatable; recorded in the manifest): ${mechanismNames.join(", ")}`, repeatable, [])
    .option("--out <dir>", "results folder (default: results/<scenario id>/<time stamp>); with several scenarios, DIR/<scenario id>/")
    .option("--force", "replace an existing results folder whole")
    .option("--no-plots", "skip the figure")
    .option("--quiet", "print only the results folders")
    .option("--positions [years]", "also write positions.csv: every state's position at each recorded tick, or only at the years listed (e.g. 1990,2000)")
    .addHelpText("after", examplesHelp([
      "rcmp run scenarios/igc-1985.yaml --seed 7 --set dynamics.hegemonBias=2 --out results/igc-h2",
      "rcmp run scenarios/teaching/equal-voice.yaml scenarios/teaching/hegemon.yaml --replicates 20 --out results/teaching",
      "rcmp run scenarios/igc-1985.yaml --skip acquis --skip clearingHouse --out results/igc-no-acquis",
      "rcmp run scenarios/igc-1985.yaml --positions 1985,1990,1995,2000 --out results/igc-positions"
    ]))
    .action(action(async (files: string[], o: RunOptions) => runCommand(files, o)));
}

async function runCommand(files: string[], o: RunOptions): Promise<number> {
  const replicates = rangeOption("--replicates", o.replicates, 1, maxReplicates, 1);
  const seed = schemaOption("--seed", o.seed, scenarioSchema.shape.seed);
  const ticks = schemaOption("--ticks", o.ticks, scenarioSchema.shape.ticks);
  const overrides: Override[] = o.set.map((arg) => parseSetArg(arg));
  checkSkip(o.skip);
  const positions = positionSpec(o.positions);
  const loaded = await loadJobs(files, overrides);
  for (const note of checkSizes(loaded, ticks, replicates)) if (!o.quiet) process.stderr.write(`${note}\n`);
  const jobs = await outputFolders(loaded, o.out, o.force ?? false);
  const total = jobs.length * replicates;
  const line = progressLine(o.quiet ?? false);
  for (const [k, job] of jobs.entries()) {
    const runSeed = seed ?? job.scenario.seed;
    const runTicks = ticks ?? job.scenario.ticks;
    const which = (r: number) => (total > 1 ? `${job.scenario.id}: run ${k * replicates + r + 1} of ${total}, ` : `${job.scenario.id}: `);
    const started = performance.now();
    traceStartup("engine-start");
    const batch = runReplicates(job.scenario, {
      seed: runSeed, ticks: runTicks, replicates, skip: o.skip,
      // what --positions asks for; else, for the positions figure, the recorded ticks thinned (no positions.csv then)
      positions: positions ?? (o.plots === false ? undefined : {ticks: positionTicks(job.scenario, runTicks, replicates)}),
      onTick: traceFirstTick((w, r) => line.show(Math.min(1, (k * replicates + r + (runTicks > 0 ? w.tick / runTicks : 1)) / total), `${which(r)}tick ${w.tick}/${runTicks}`))
    });
    traceStartup("engine-end");
    const wallSeconds = (performance.now() - started) / 1000;
    line.clear();
    const out = await writeRun(job.out, {
      source: {path: job.file, text: job.text}, scenario: job.scenario, result: batch.first, seed: runSeed, ticks: runTicks,
      argv: process.argv.slice(2), overrides, skip: o.skip, wallSeconds, positionsFile: positions !== undefined, replicates: replicates > 1 ? batch : undefined, plot: o.plots
    }, {destination: job.destination});
    traceStartup("written");
    if (out !== job.out) process.stderr.write(`note: ${job.out} was filled by another process meanwhile; these results are in ${out}\n`);
    process.stdout.write(o.quiet ? `${out}\n` : report(out, job, batch, wallSeconds));
  }
  return 0;
}

/** Every `--skip` must name a mechanism of the registry. */
function checkSkip(names: readonly string[]): void {
  const unknown = names.filter((name) => !(mechanismNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InputError(unknown.map((name) => ({file: "--skip", path: [], message: `unknown mechanism: ${name}${suggestion(name, mechanismNames)} (expected one of ${mechanismNames.join(", ")})`})));
  }
}

function report(out: string, job: Job, batch: ReturnType<typeof runReplicates>, wallSeconds: number): string {
  const lines = headline(out, job.scenario, batch.first, wallSeconds).trimEnd().split("\n");
  if (batch.seeds.length > 1) lines.splice(lines.length - 1, 0, ...replicateLines(batch));
  return `${lines.join("\n")}\n`;
}

/** `--positions` as a PositionSpec: absent, every recorded tick, or a comma-separated list of years. */
function positionSpec(option: boolean | string | undefined): PositionSpec | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return true;
  const years = option.split(",").map((t) => t.trim());
  if (years.some((t) => t === "" || !Number.isFinite(Number(t)))) throw new InputError(`--positions expects years separated by commas (e.g. 1990,2000), got "${option}"`);
  return {years: years.map(Number)};
}
