/**
 * `rcmp calibrate <file> [--workers N] [--out DIR] [--resume] [--force] [--targets FILE]`:
 * ABC-SMC of a scenario's parameters against targets, with a progress line (generation,
 * tolerance, acceptance) and a line per finished generation; prints the posterior summary and
 * where the results are. Exit code 0 when done, 1 when runs failed, 2 for bad input.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {workersOf} from "./sweep.js";
import type {CalibrateResult} from "../calibrate/calibrate.js";
import type {AbcProgress} from "../analysis/abcSmc.js";
import type {GenerationRow} from "../calibrate/calibrationFiles.js";
import {formatDuration} from "../sweep/progress.js";
import {formatNumber} from "../plot/svgText.js";
import {progressLine} from "./progress.js";
import {examplesHelp} from "./options.js";
import {interruptible} from "./interrupt.js";
import {calibrateSplitCommand, type SplitCliOptions} from "./calibrateSplit.js";

interface CalibrateCliOptions extends SplitCliOptions {
  workers?: string;
}

/** Registers `rcmp calibrate`. */
export function registerCalibrate(program: Command): void {
  program
    .command("calibrate")
    .description("calibrate a scenario's parameters against observed targets (ABC-SMC); writes the posterior, its predictive and figures")
    .argument("<file>", "calibration file (YAML), e.g. examples/calibration/igc-impic.yaml")
    .option("--workers <n>", "runs at once (default: the number of cores); the result is the same for any number")
    .option("--out <dir>", "results folder (default: results/<calibration file name>/<time stamp>)")
    .option("--resume", "continue an interrupted calibration in --out (default: its newest folder) after its last finished generation")
    .option("--force", "replace the results in a non-empty folder")
    .option("--targets <file>", "targets CSV (state,year,dimension,value[,sd]) instead of the one the calibration file names")
    .option("--shard <i/n>", "task i of n of a split calibration: evaluate its share of the next generation's proposals into --out's shards/")
    .option("--collect", "the collector of a split calibration: merge the generation's shard files in --out and save it; finish the calibration when it stops there")
    .option("--generation <g>", "with --shard or --collect: the generation the job is for; nothing is done when it is complete (default: the next)")
    .option("--no-plots", "skip the figures")
    .option("--quiet", "print only the results folder")
    .addHelpText("after", examplesHelp([
      "rcmp calibrate examples/calibration/igc-impic.yaml --targets igc-targets.csv --out results/igc-cal",
      "rcmp calibrate examples/calibration/igc-impic.yaml --targets igc-targets.csv --out results/igc-cal --resume",
      "rcmp score results/igc-cal observed.csv"
    ], "Split over a job array, a generation at a time (the same folder as one rcmp calibrate; docs/CALIBRATION.md, section 4):\n" +
      "  rcmp calibrate cal.yaml --out results/cal --shard 0/3 --generation 0    # and 1/3, 2/3: the tasks, on any machines\n" +
      "  rcmp calibrate cal.yaml --out results/cal --collect --generation 0      # once all three exited 0; then generation 1, ...\n" +
      "  bash examples/slurm/calibrate-array.sh cal.yaml 3 results/cal-split     # every generation's jobs on SLURM, chained by afterok"))
    .action(action(async (file: string, o: CalibrateCliOptions) => calibrateCommand(file, o)));
}

async function calibrateCommand(file: string, o: CalibrateCliOptions): Promise<number> {
  const workers = workersOf(o.workers);
  if (o.shard !== undefined || o.collect || o.generation !== undefined) return calibrateSplitCommand(file, o, workers, {report, progressText});
  const line = progressLine(o.quiet ?? false);
  let particles = 1;
  let dir: string | undefined;
  const interrupted = () => {
    line.clear();
    process.stderr.write(`\ninterrupted: finished generations are saved${dir ? ` in ${dir}; continue with: rcmp calibrate ${file} --resume --out ${dir}` : ""}\n`);
  };
  const say = (text: string) => o.quiet || (line.clear(), process.stderr.write(`${text}\n`));
  // Loaded when it runs: the worker pool (Piscina) is no part of every command's start-up.
  const {calibrate} = await import("../calibrate/calibrate.js");
  const result = await interruptible(interrupted, () => calibrate(file, {
    workers, out: o.out, resume: o.resume, force: o.force, targets: o.targets, plots: o.plots, argv: process.argv.slice(2),
    onStart: (info) => {
      dir = info.dir;
      const s = info.plan.spec;
      particles = s.particles;
      say(`calibrate ${file}: ${info.plan.parameters.length} parameters, ${info.plan.fit.used.length} targets, ${s.particles} particles, up to ${s.generations} generations; ${workers} worker${workers === 1 ? "" : "s"} → ${info.dir}`);
      for (const note of info.plan.notes) say(`note: ${note}`);
      if (info.resumed > 0) say(`resuming after generation ${info.resumed - 1}`);
    },
    onProgress: (p) => line.show(Math.min(1, p.accepted / particles), progressText(p)),
    onGeneration: (row) => say(generationText(row)),
    onStage: (stage) => say(stage === "predictive" ? "posterior predictive: running the draws" : "drawing the figures")
  }));
  line.clear();
  process.stdout.write(o.quiet ? `${result.dir}\n` : report(result));
  return 0;
}

/** `generation 3 · tolerance 0.0412 · 812 accepted of 3900 runs (acceptance 0.208)`; the share shown is of the particles needed. */
function progressText(p: AbcProgress): string {
  const tolerance = Number.isFinite(p.tolerance) ? formatNumber(p.tolerance) : "∞ (the prior)";
  return `generation ${p.generation} · tolerance ${tolerance} · ${p.accepted} accepted of ${p.evaluated} runs (acceptance ${(p.accepted / Math.max(1, p.evaluated)).toFixed(3)})`;
}

function generationText(r: GenerationRow): string {
  const tolerance = Number.isFinite(r.tolerance) ? formatNumber(r.tolerance) : "∞";
  return `generation ${r.generation}: tolerance ${tolerance}, acceptance ${r.acceptance.toFixed(3)}, ESS ${Math.round(r.ess)}, ${r.runs} runs, ${formatDuration(r.seconds)}`;
}

const stopText: Record<string, string> = {
  generations: "the last generation allowed", acceptance: "acceptance fell below stop.minAcceptance",
  tolerance: "the tolerance reached stop.tolerance", budget: "the next generation would pass stop.maxRuns"
};

function report(r: CalibrateResult): string {
  const last = r.generations[r.generations.length - 1];
  const lines = [`results: ${r.dir}`, `  ${r.generations.length} generations (stopped: ${stopText[r.stopped]}), ${last?.particles ?? 0} particles, in ${formatDuration(r.wallSeconds)}`];
  lines.push("  posterior (median, 90% interval; prior 90% interval):");
  const width = Math.max(...r.posterior.map((s) => s.parameter.length));
  for (const s of r.posterior) {
    lines.push(`    ${s.parameter.padEnd(width)}  ${formatNumber(s.p50, 3)}  [${formatNumber(s.p05, 3)}, ${formatNumber(s.p95, 3)}]   prior [${formatNumber(s.priorP05, 3)}, ${formatNumber(s.priorP95, 3)}]`);
  }
  lines.push("  files: posterior.csv, posterior-summary.csv, generations.csv, scenario.yaml (posterior median), predictive.csv, predictive-summaries.csv, predictive-sample.csv");
  if (r.figures.length > 0) lines.push(`  figures: ${r.figures.filter((p) => p.endsWith(".png")).join(", ")}`);
  return `${lines.join("\n")}\n`;
}
