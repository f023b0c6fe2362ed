/**
 * `rcmp compare <folders...> [--metric m]... [--group g] [--label name=folder]... [--out DIR]`:
 * draws the curves of result folders (runs, replicated runs, sweeps) side by side in one figure
 * and writes compare.svg, compare.png and compare.csv.
 */
import {resolve} from "node:path";
import type {Command} from "commander";
import {action} from "./action.js";
import {examplesHelp, repeatable} from "./options.js";
import {readResultFolder} from "../io/readResultFolder.js";
import {writeResultsFolder} from "../io/resultsFolder.js";
import {compareRows, type Comparison, type ResultFolder} from "../results/compareRows.js";
import {compareCsv} from "../results/compareCsv.js";
import {compareFiles} from "../results/layout.js";
import {excerpt, InputError} from "../scenario/problems.js";
import {isCountMetric} from "../plot/metricKinds.js";
import {version} from "../version.js";

interface CompareCliOptions {
  metric: string[];
  group: string;
  label: string[];
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Registers `rcmp compare`. */
export function registerCompare(program: Command): void {
  program
    .command("compare")
    .description("draw result folders' curves side by side: runs, replicated runs (with bands), sweeps (a curve per design point)")
    .argument("<folders...>", "results folders written by rcmp run or rcmp sweep")
    .option("--metric <name>", "metric to draw, e.g. toHegemon (repeatable; default dispersion and toStandard)", repeatable, [])
    .option("--group <group>", "all, region:<name>, process:<id>, or by-region for one panel per region", "all")
    .option("--label <name=folder>", "label for a folder's curves (repeatable; default the scenario title)", repeatable, [])
    .option("--out <dir>", "where to write compare.svg/png/csv (default: results/compare/<time stamp>)")
    .option("--force", "replace an existing comparison folder whole")
    .option("--quiet", "print only the output folder")
    .addHelpText("after", examplesHelp([
      "rcmp compare results/equal-voice results/hegemon --out results/compare-teaching",
      "rcmp compare results/equal-voice results/hegemon --group by-region --metric dispersion",
      "rcmp compare results/bias-sweep results/hegemon --label \"regime theory=results/hegemon\""
    ]))
    .action(action(async (folders: string[], o: CompareCliOptions) => compareCommand(folders, o)));
}

async function compareCommand(paths: string[], o: CompareCliOptions): Promise<number> {
  const folders: ResultFolder[] = [];
  for (const path of paths) folders.push(await readResultFolder(path));
  const comparison = assemble(folders, o);
  const banded = comparison.banded.filter(Boolean).length;
  // Loaded here, not at start-up: the figure code pulls in Plot, which other commands need not load.
  const {compareFigure, compareSubtitle, compareTitle} = await import("../plot/compareFigure.js");
  const figure = compareFigure(comparison.rows, {
    metrics: comparison.metrics, byRegion: comparison.group.byRegion,
    subtitle: compareSubtitle(banded, comparison.kinds.length, comparison.group.text)
  });
  figure.title = compareTitle(comparison.labels, Number(figure.width));
  const {dir: placed} = await writeResultsFolder(
    {out: o.out, force: o.force, inputs: paths.map((path) => ({path, what: "a folder compared"})), defaultName: "compare"},
    async (staged) => {
      await staged.write(compareFiles.csv, compareCsv(comparison.rows));
      await staged.writeFigure(figure, compareFiles.figure);
    },
    () => ({
      tool: "rcmp-sim", kind: "compare", version,
      folders: paths.map((path, k) => ({path, kind: comparison.kinds[k], label: comparison.labels[k]})),
      metrics: comparison.metrics, group: comparison.group.text,
      arguments: process.argv.slice(2), node: process.version, createdAt: new Date().toISOString()
    })
  );
  if (o.quiet) process.stdout.write(`${placed}\n`);
  else process.stdout.write(report(paths, comparison, placed));
  return 0;
}

/** compareRows with `--label` applied; InputError becomes a usage error (exit 2). */
function assemble(folders: ResultFolder[], o: CompareCliOptions): Comparison {
  const labels: (string | undefined)[] = folders.map(() => undefined);
  for (const arg of o.label) {
    const eq = arg.lastIndexOf("=");
    if (eq <= 0 || eq === arg.length - 1) throw new InputError(`--label expects name=folder, got ${excerpt(arg)}`);
    const k = folders.findIndex((f) => resolve(f.path) === resolve(arg.slice(eq + 1)));
    if (k < 0) throw new InputError(`--label ${excerpt(arg)}: ${excerpt(arg.slice(eq + 1))} is not one of the folders compared (${folders.map((f) => f.path).join(", ")})`);
    labels[k] = arg.slice(0, eq);
  }
  try {
    return compareRows(folders, {metrics: o.metric.length > 0 ? o.metric : undefined, group: o.group, labels});
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.message);
    throw err;
  }
}

/**
 * The curves' values at their last tick (a count per tick: its total over the run), one line per
 * curve, for up to 8 curves of one group (none for one panel per region).
 */
export function finalLines(c: Comparison): string[] {
  const labels = [...new Set(c.rows.map((r) => r.label))];
  if (c.group.byRegion || labels.length === 0 || labels.length > 8) return [];
  const last = new Map<string, {tick: number; year: number | null; mean: number; sum: number}>();
  for (const r of c.rows) {
    const key = `${r.label}\u0000${r.metric}`;
    const seen = last.get(key);
    const sum = (seen?.sum ?? 0) + (Number.isFinite(r.mean) ? r.mean : 0);
    last.set(key, seen === undefined || r.tick >= seen.tick ? {tick: r.tick, year: r.year, mean: r.mean, sum} : {...seen, sum});
  }
  const any = [...last.values()][0];
  const when = any.year === null ? `tick ${any.tick}` : `${Number(any.year.toFixed(2))}`;
  const value = (label: string, metric: string) => {
    const v = last.get(`${label}\u0000${metric}`);
    if (v === undefined) return `${metric} –`;
    return isCountMetric(metric) ? `${metric} ${Number(v.sum.toFixed(1))} in all` : `${metric} ${v.mean.toFixed(3)}`;
  };
  const banded = c.banded.some(Boolean);
  return [
    `  at the end (${when})${banded ? ", mean over replicates" : ""}:`,
    ...labels.map((label) => `    ${label}: ${c.metrics.map((m) => value(label, m)).join(", ")}`)
  ];
}

function report(paths: string[], c: Comparison, out: string): string {
  const curves = new Set(c.rows.map((r) => r.label)).size;
  const lines = [`compared ${paths.length} folder${paths.length === 1 ? "" : "s"}: ${curves} curve${curves === 1 ? "" : "s"} of ${c.metrics.join(", ")}${c.group.text === "all" ? "" : ` (${c.group.text})`}`];
  c.labels.forEach((label, k) => lines.push(`  ${label}  ← ${paths[k]} (${c.kinds[k]})`));
  lines.push(...finalLines(c));
  for (const note of c.notes) lines.push(`  note: ${note}`);
  lines.push(`results in ${out}/ (compare.svg, compare.png, compare.csv, manifest.json)`);
  return `${lines.join("\n")}\n`;
}
