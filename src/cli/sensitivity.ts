/**
 * `rcmp sensitivity <sweep folder> [--metric m]... [--at tick] [--over-time] [--out DIR]
 * [--bootstrap B] [--seed S] [--force] [--quiet]`: which parameter matters. Sobol' indices for a
 * saltelli sweep, Morris μ*, μ, σ for a morris sweep, with bootstrap intervals and the seed's
 * share of variance; printed as a table, written as sensitivity.csv, drawn as sensitivity.png
 * (and, with --over-time, sensitivity-over-time.csv and .png). Exit 2 for a folder whose design
 * cannot give the indices.
 */
import {join} from "node:path";
import type {Command} from "commander";
import {action} from "./action.js";
import {examplesHelp, repeatable} from "./options.js";
import {InputError} from "../scenario/problems.js";
import {writeResultsFolder} from "../io/resultsFolder.js";
import type {StagedFolder} from "../io/stagedFolder.js";
import {version} from "../version.js";
import {sensitivityFromFolder, type FolderSensitivity} from "../sweep/sensitivityFolder.js";
import {sensitivityCsv} from "../results/sensitivityCsv.js";
import {sensitivityTable} from "../results/sensitivityTable.js";
import {metricLabel} from "../plot/metricLabel.js";
import type {SensitivityRow} from "../plot/sensitivityRow.js";

interface SensitivityCliOptions {
  metric: string[];
  at?: string;
  overTime?: boolean;
  out?: string;
  bootstrap: string;
  seed: string;
  force?: boolean;
  quiet?: boolean;
  plots: boolean;
}

/** Registers `rcmp sensitivity`. */
export function registerSensitivity(program: Command): void {
  program
    .command("sensitivity")
    .description("which parameter matters: Sobol' indices of a saltelli sweep, or Morris elementary effects of a morris sweep, with bootstrap intervals")
    .argument("<folder>", "a sweep folder written by rcmp sweep (or rcmp merge) with design: saltelli or morris")
    .option("--metric <column>", "column of runs.csv to analyse, e.g. final.dispersion or one you added (repeatable; default the recorded metrics' final values); with --at or --over-time a recorded metric", repeatable, [])
    .option("--at <tick>", "read the recorded metric at this tick of curves.csv instead of the run's end")
    .option("--over-time", "indices at every tick of curves.csv (sensitivity-over-time.csv and .png)")
    .option("--bootstrap <n>", "bootstrap resamples for the 95% intervals (0: none)", "1000")
    .option("--seed <n>", "seed of the bootstrap", "1")
    .option("--out <dir>", "where to write sensitivity.csv and the figures (default: results/sensitivity/<time stamp>)")
    .option("--force", "write into a non-empty folder")
    .option("--no-plots", "skip the figures")
    .option("--quiet", "print only the output folder")
    .addHelpText("after", examplesHelp([
      "rcmp sweep examples/sensitivity/world-2004-saltelli.yaml --out results/world-saltelli",
      "rcmp sensitivity results/world-saltelli --out results/world-indices",
      "rcmp sensitivity results/world-saltelli --metric final.toHegemon --bootstrap 2000",
      "rcmp sensitivity results/world-saltelli --metric dispersion --over-time",
      "rcmp sensitivity results/world-morris --metric myColumn   (a column you added to runs.csv)"
    ], "A grid, lhs or sobol sweep gives no indices (exit code 2): use design: saltelli or morris."))
    .action(action(async (folder: string, o: SensitivityCliOptions) => sensitivityCommand(folder, o)));
}

function whole(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new InputError(`${flag} expects a whole number ≥ ${min}, got "${text}"`);
  return n;
}

async function sensitivityCommand(folder: string, o: SensitivityCliOptions): Promise<number> {
  if (o.at !== undefined && o.overTime) throw new InputError("--at and --over-time contradict each other: choose one");
  const result = await sensitivityFromFolder(folder, {
    metrics: o.metric, at: o.at === undefined ? undefined : whole(o.at, "--at", 0), overTime: o.overTime,
    bootstrap: whole(o.bootstrap, "--bootstrap", 0), seed: whole(o.seed, "--seed", 0)
  });
  const rows = result.results.flatMap((r) => r.rows);
  const label = parameterLabel(result.manifest.parameters);
  const csv = o.overTime ? "sensitivity-over-time.csv" : "sensitivity.csv";
  const last = o.overTime ? lastTicks(rows) : rows;
  const {dir: out, value: figuresWritten} = await writeResultsFolder(
    {out: o.out, force: o.force, inputs: [{path: folder, what: "the sweep analysed"}], defaultName: "sensitivity"},
    async (staged) => {
      await staged.write(csv, sensitivityCsv(rows));
      return o.plots ? figures(staged, result, rows, last, label, o.overTime ?? false) : [];
    },
    () => ({tool: "rcmp-sim", kind: "sensitivity", version, sweep: {folder, file: result.manifest.sweep.file}, arguments: process.argv.slice(2), node: process.version, createdAt: new Date().toISOString()})
  );
  const written = [csv, ...figuresWritten].map((name) => join(out, name));
  process.stdout.write(o.quiet ? `${out}\n` : report(result, last, label, written));
  return 0;
}

/**
 * Labels for the parameters: the path less a leading `dynamics.` (`trust.gain`, `hegemonBias`,
 * `facilitators.*.capacityRate`), which stays clear where the last part alone (`gain`, `rate`)
 * would not.
 */
export function parameterLabel(parameters: readonly string[]): (parameter: string) => string {
  return (p) => (parameters.includes(p) ? p.replace(/^dynamics\./, "") : p);
}

/** Each metric's rows at its last tick. */
function lastTicks(rows: readonly SensitivityRow[]): SensitivityRow[] {
  const last = new Map<string, number>();
  for (const r of rows) last.set(r.metric, Math.max(last.get(r.metric) ?? -Infinity, r.tick ?? -Infinity));
  return rows.filter((r) => r.tick === last.get(r.metric));
}

/** Draws the figures into the staged folder; returns the PNG names. */
async function figures(staged: StagedFolder, f: FolderSensitivity, rows: SensitivityRow[], last: SensitivityRow[], label: (p: string) => string, overTime: boolean): Promise<string[]> {
  const {sensitivityFigure, sensitivityTimeFigure} = await import("../plot/sensitivityFigure.js");
  const what = f.design.method === "sobol" ? "Sobol' indices" : "Morris elementary effects";
  const at = last[0]?.tick === null || last[0]?.tick === undefined ? "" : ` at tick ${last[0].tick}`;
  await staged.writeFigure(sensitivityFigure(last, {label, title: `Which parameter matters: ${what}${at}`}), "sensitivity");
  const names = ["sensitivity.png"];
  if (overTime) {
    await staged.writeFigure(sensitivityTimeFigure(rows, {label, title: `${what} over time`}), "sensitivity-over-time");
    names.push("sensitivity-over-time.png");
  }
  return names;
}

function report(f: FolderSensitivity, rows: readonly SensitivityRow[], label: (p: string) => string, written: string[]): string {
  const m = f.manifest;
  const unit = f.design.method === "sobol" ? "base rows" : "trajectories";
  const lines = [`${f.dir}: ${m.design} design over ${m.parameters.length} parameters, ${m.points} points × ${m.replicates} replicate${m.replicates === 1 ? "" : "s"}`];
  for (const metric of [...new Set(rows.map((r) => r.metric))]) {
    const own = rows.filter((r) => r.metric === metric);
    const result = f.results.find((r) => r.rows.includes(own[0]));
    const tick = own[0].tick === null ? "" : ` at tick ${own[0].tick}${own[0].year === null ? "" : ` (${own[0].year})`}`;
    lines.push("", `${metric}${metric === metricLabel(metric) ? "" : ` — ${metricLabel(metric)}`}${tick}: ${result ? `${result.used} of ${result.units} ${unit}` : ""}`);
    lines.push(...sensitivityTable(own, label));
  }
  for (const note of f.notes) lines.push(`note: ${note}`);
  lines.push("", `written: ${written.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
