/**
 * `rcmp score <calibration folder> <observed csv> [--out DIR]`: scores a calibration's posterior
 * predictive against observations it never saw; prints a table and writes score.csv,
 * score-cells.csv and a figure.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {examplesHelp} from "./options.js";
import {defaultOutput} from "../io/outputFolder.js";
import {scoreCalibration, type ScoreResult} from "../calibrate/scoreCalibration.js";
import type {ScoreRow} from "../analysis/score.js";

interface ScoreCliOptions {
  out?: string;
  force?: boolean;
  plots: boolean;
  quiet?: boolean;
}

/** Registers `rcmp score`. */
export function registerScore(program: Command): void {
  program
    .command("score")
    .description("score a calibration's posterior predictive against observations it never saw: median vs persistence, interval coverage, CRPS")
    .argument("<calibration>", "a folder written by rcmp calibrate")
    .argument("<observed>", "observations as a targets CSV (state,year,dimension,value); those the calibration saw are left out")
    .option("--out <dir>", "folder for score.csv, score-cells.csv and the figure (default: results/score/<time stamp>)")
    .option("--force", "replace an existing results folder whole")
    .option("--no-plots", "skip the figure")
    .option("--quiet", "print only the results folder")
    .addHelpText("after", examplesHelp([
      "rcmp score results/igc-cal igc-targets.csv --out results/igc-score",
      "rcmp score results/igc-cal impic-1997-2004.csv"
    ]))
    .action(action(async (folder: string, observed: string, o: ScoreCliOptions) => {
      const result = await scoreCalibration(folder, observed, {out: o.out ?? (await defaultOutput("score")), force: o.force, plots: o.plots, argv: process.argv.slice(2)});
      process.stdout.write(o.quiet ? `${result.dir}\n` : report(result));
    }));
}

const headers = ["", "n", "MAE median", "MAE persistence", "skill", "cover 50%", "cover 90%", "CRPS"];

function cells(r: ScoreRow): string[] {
  const f = (v: number, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
  const label = r.scope === "all" ? "all" : r.key;
  return [label, String(r.n), f(r.maeMedianPaired), `${f(r.maePersistence)}${r.nPersistence < r.n ? ` (${r.nPersistence})` : ""}`, f(r.skill, 2), f(r.coverage50, 2), f(r.coverage90, 2), f(r.crps)];
}

function report(r: ScoreResult): string {
  const table = [headers, ...r.rows.map(cells)];
  const widths = headers.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row: string[]) => `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")}`;
  const out = [`scored ${r.scored} observations${r.notes.length > 0 ? ` (${r.notes.join("; ")})` : ""}`, line(table[0])];
  r.rows.forEach((row, k) => {
    if (k > 0 && row.scope !== r.rows[k - 1].scope) out.push(`  ${row.scope === "year" ? "by year" : "by dimension"}:`);
    out.push(line(table[k + 1]));
  });
  out.push("  MAE: mean absolute error (median over the cells persistence covers); skill: 1 − MAE median / MAE persistence (above 0: better than persistence)");
  out.push(`results: ${r.dir} (score.csv, score-cells.csv${r.figures.length > 0 ? ", score.png" : ""})`);
  return `${out.join("\n")}\n`;
}
