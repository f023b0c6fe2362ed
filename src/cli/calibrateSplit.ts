/**
 * `rcmp calibrate FILE --out DIR --shard i/n [--generation g]` and `rcmp calibrate FILE --out DIR
 * --collect [--generation g]`: one calibration split over the tasks of a job array (see
 * src/calibrate/calibrateShard.ts and collectCalibration.ts). Each prints one line of what it
 * did, or why there was nothing to do (exit code 0 both ways); the collector that finishes the
 * calibration prints the same report as `rcmp calibrate`.
 */
import {InputError} from "../scenario/problems.js";
import type {AbcProgress} from "../analysis/abcSmc.js";
import type {CalibrateResult} from "../calibrate/calibrate.js";
import {parseShard, type Shard} from "../sweep/shard.js";
import {formatNumber} from "../plot/svgText.js";
import {formatDuration} from "../sweep/progress.js";
import {shellQuote} from "../explore/commandLine.js";
import {rangeOption} from "./options.js";
import {progressLine} from "./progress.js";

/** The options `rcmp calibrate` passes on to a split calibration. */
export interface SplitCliOptions {
  out?: string;
  shard?: string;
  collect?: boolean;
  generation?: string;
  resume?: boolean;
  force?: boolean;
  targets?: string;
  plots: boolean;
  quiet?: boolean;
}

/** How the CLI reports: a finished calibration as `rcmp calibrate` does, and progress within a generation. */
export interface SplitReporting {
  report: (r: CalibrateResult) => string;
  progressText: (p: AbcProgress) => string;
}

/** Runs a task (`--shard`) or the collector (`--collect`); throws InputError for options that do not go together. */
export async function calibrateSplitCommand(file: string, o: SplitCliOptions, workers: number, reporting: SplitReporting): Promise<number> {
  if (o.shard === undefined && !o.collect) throw new InputError("--generation goes with --shard i/n or --collect (the jobs of a split calibration)");
  const mode = o.shard !== undefined ? "--shard" : "--collect";
  if (o.shard !== undefined && o.collect) throw new InputError("--shard and --collect contradict each other: a task runs --shard i/n, the collector --collect");
  if (o.out === undefined) throw new InputError(`${mode} needs --out DIR: the calibration's folder, the same for every task and the collector`);
  if (o.resume || o.force) throw new InputError(`${mode} always continues the calibration in --out: drop ${o.resume ? "--resume" : "--force"} (to start again, give a new folder)`);
  const generation = o.generation === undefined ? undefined : rangeOption("--generation", o.generation, 0, 1_000_000, 0);
  const shard = o.shard === undefined ? undefined : parseShard(o.shard);
  const line = progressLine(o.quiet ?? false);
  const say = (text: string) => o.quiet || (line.clear(), process.stderr.write(`${text}\n`));
  const job: SplitJob = {file, out: o.out, workers, targets: o.targets, generation, line, say};
  return shard !== undefined ? runTask(job, shard) : runCollector(job, o, reporting);
}

/** What a task and the collector share. */
interface SplitJob {
  file: string;
  out: string;
  workers: number;
  targets?: string;
  generation?: number;
  line: ReturnType<typeof progressLine>;
  say: (text: string) => void;
}

async function runTask(job: SplitJob, shard: Shard): Promise<number> {
  const name = `${shard.index}/${shard.count}`;
  const {calibrateShard} = await import("../calibrate/calibrateShard.js");
  const r = await calibrateShard(job.file, shard, {...job, onProgress: (done, total) => job.line.show(done / Math.max(1, total), `shard ${name}: ${done} of ${total} proposals`)});
  job.line.clear();
  if (r.nothing !== undefined) job.say(`nothing to do: ${r.nothing}`);
  else job.say(`generation ${r.generation}, shard ${name}: ${r.evaluated} proposals below ${r.bound}, ${r.within} within tolerance ${tolerance(r.tolerance!)} → ${r.file}`);
  return 0;
}

async function runCollector(job: SplitJob, o: SplitCliOptions, reporting: SplitReporting): Promise<number> {
  const {say, line} = job;
  const options = `${job.targets === undefined ? "" : ` --targets ${shellQuote(job.targets)}`}${job.generation === undefined ? "" : ` --generation ${job.generation}`}`;
  const {collectCalibration} = await import("../calibrate/collectCalibration.js");
  const r = await collectCalibration(job.file, {
    ...job, plots: o.plots, argv: process.argv.slice(2),
    rerun: (shard) => `rcmp calibrate ${shellQuote(job.file)} --out ${shellQuote(job.out)} --shard ${shard}${options}`,
    onProgress: (p) => line.show(0, `collecting: ${reporting.progressText(p)}`),
    onStage: (stage) => say(stage === "predictive" ? "posterior predictive: running the draws" : "drawing the figures")
  });
  line.clear();
  if (r.nothing !== undefined) say(`${r.finished ? "finishing" : "nothing to do"}: ${r.nothing}`);
  if (r.row !== undefined) {
    const g = r.row;
    say(`generation ${g.generation}: tolerance ${tolerance(g.tolerance)}, acceptance ${g.acceptance.toFixed(3)}, ESS ${Math.round(g.ess)}, ${g.runs} runs ` +
      `(${r.files!.length} shard files below ${r.bound}${r.extra! > 0 ? `, ${r.extra} more run here` : ""}), ${formatDuration(g.seconds)}`);
  }
  for (const s of r.stale ?? []) say(`note: stale shard file left out: ${s}`);
  if (r.finished !== undefined) process.stdout.write(o.quiet ? `${r.dir}\n` : reporting.report(r.finished));
  else if (r.row !== undefined && !o.quiet) say(`next: generation ${r.row.generation + 1} (its tasks, then --collect)`);
  return 0;
}

const tolerance = (t: number): string => (Number.isFinite(t) ? formatNumber(t) : "∞");
