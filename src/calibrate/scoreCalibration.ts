/**
 * `scoreCalibration()`: scores a calibration's posterior predictive against observations it
 * never saw (see src/analysis/score.ts). Observations are read in the targets format; those the
 * calibration saw (its targets.csv), and those of states, dimensions or years its predictive
 * does not cover, are left out and counted. Writes `score.csv` (all, per dimension, per year),
 * `score-cells.csv` (one row per observation), `score.svg`/`.png` and manifest.json, the folder
 * whole or not at all.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {drawsAt, type PredictiveSample} from "../analysis/predictive.js";
import {scoreCell, scoreRows, type CellScore, type ScoredCell, type ScoreRow} from "../analysis/score.js";
import {csvLine} from "../results/csv.js";
import {parseTargets, type Target} from "../results/targetsCsv.js";
import {InputError} from "../scenario/problems.js";
import {readInputText} from "../io/readScenario.js";
import {checkOutput} from "../io/outputFolder.js";
import {StagedFolder} from "../io/stagedFolder.js";
import {sha256} from "../io/sha256.js";
import {scoreFiles} from "../results/layout.js";
import {version} from "../version.js";
import type * as Plot from "@observablehq/plot";
import {parsePredictiveSample} from "./calibrationFiles.js";
import type {ScorePoint} from "../plot/scoreFigure.js";
import {readCalibrationManifest} from "./calibrationFolder.js";
import {calibrationFiles} from "../results/layout.js";

/** What scoring did. */
export interface ScoreResult {
  dir: string;
  rows: ScoreRow[];
  /** Observations scored, and why others were left out. */
  scored: number;
  notes: string[];
  figures: string[];
}

/** Columns of score.csv. */
export const scoreColumns = ["scope", "key", "n", "mae_median", "n_persistence", "mae_median_paired", "mae_persistence", "skill", "coverage50", "coverage90", "crps"];

/** Scores the predictive of the calibration in `folder` against the observations in `observedFile`; writes into `out`. */
export async function scoreCalibration(folder: string, observedFile: string, o: {out: string; force?: boolean; plots?: boolean; argv?: string[]}): Promise<ScoreResult> {
  if (readCalibrationManifest(folder)?.status !== "complete" || !existsSync(join(folder, calibrationFiles.sample))) {
    throw new InputError(`${folder}: not a finished calibration folder (no complete manifest.json and predictive-sample.csv); run rcmp calibrate first, or --resume it`);
  }
  const sampleFile = join(folder, calibrationFiles.sample);
  const sample = parsePredictiveSample(readFileSync(sampleFile, "utf8"), sampleFile);
  const seenFile = join(folder, calibrationFiles.targets);
  const seen = parseTargets(readFileSync(seenFile, "utf8"), seenFile);
  const observedText = await readInputText(observedFile);
  const observed = parseTargets(observedText, observedFile);
  const {cells, notes} = scoredCells(sample, seen, observed);
  if (cells.length === 0) throw new InputError(`${observedFile}: no observation to score (${notes.join("; ")})`);
  const scores = cells.map(scoreCell);
  const rows = scoreRows(cells, scores);
  const staged = await StagedFolder.create(o.out, await checkOutput(o.out, o.force ?? false, [folder, observedFile]));
  try {
    await staged.write(scoreFiles.csv, [csvLine(scoreColumns), ...rows.map(rowCells).map(csvLine)].join(""));
    await staged.write(scoreFiles.cells, cellsCsv(cells, scores));
    const plots = o.plots ?? true;
    if (plots) await staged.writeFigure(await scoreFigureOf(rows, cells, scores, folder), scoreFiles.figure);
    const dir = await staged.commit({
      tool: "rcmp-sim", kind: "score", version, calibration: folder, observed: {file: observedFile, sha256: sha256(observedText)},
      scored: cells.length, notes, arguments: o.argv ?? [], node: process.version
    });
    return {dir, rows, scored: cells.length, notes, figures: plots ? [join(dir, `${scoreFiles.figure}.png`)] : []};
  } catch (err) {
    await staged.abort();
    throw err;
  }
}

/** The observations to score, each with its predictive sample and persistence forecast; and what was left out. */
export function scoredCells(sample: PredictiveSample, seen: readonly Target[], observed: readonly Target[]): {cells: ScoredCell[]; notes: string[]} {
  const key = (t: Target) => `${t.state}\u0000${t.year}\u0000${t.dimension}`;
  const seenKeys = new Set(seen.map(key));
  const left = {seen: 0, state: new Set<string>(), dimension: new Set<string>(), year: new Set<number>()};
  const d = sample.dims.length;
  const size = sample.states.length * d;
  const cells: ScoredCell[] = [];
  for (const t of observed) {
    const [i, j, k] = [sample.states.indexOf(t.state), sample.dims.indexOf(t.dimension), sample.years.indexOf(t.year)];
    if (seenKeys.has(key(t))) left.seen += 1;
    else if (i < 0) left.state.add(t.state);
    else if (j < 0) left.dimension.add(t.dimension);
    else if (k < 0) left.year.add(t.year);
    else cells.push({state: t.state, year: t.year, dimension: t.dimension, observed: t.value, sorted: drawsAt(sample, k * size + i * d + j), persistence: persistence(seen, t)});
  }
  const notes: string[] = [];
  if (left.seen > 0) notes.push(`${left.seen} observations the calibration saw left out`);
  if (left.state.size > 0) notes.push(`states not in the predictive left out: ${[...left.state].sort().join(", ")}`);
  if (left.dimension.size > 0) notes.push(`dimensions not in the predictive left out: ${[...left.dimension].sort().join(", ")}`);
  if (left.year.size > 0) notes.push(`years outside the predictive left out: ${[...left.year].sort((a, b) => a - b).join(", ")}`);
  return {cells, notes};
}

/** The last value the calibration saw for this state and dimension before the observation's year. */
function persistence(seen: readonly Target[], t: Target): number | undefined {
  let best: Target | undefined;
  for (const s of seen) if (s.state === t.state && s.dimension === t.dimension && s.year < t.year && (best === undefined || s.year > best.year)) best = s;
  return best?.value;
}

function rowCells(r: ScoreRow): (string | number | null)[] {
  const n = (v: number) => (Number.isFinite(v) ? v : null);
  return [r.scope, r.key, r.n, n(r.maeMedian), r.nPersistence, n(r.maeMedianPaired), n(r.maePersistence), n(r.skill), n(r.coverage50), n(r.coverage90), n(r.crps)];
}

function cellsCsv(cells: readonly ScoredCell[], scores: readonly CellScore[]): string {
  const lines = [csvLine(["state", "year", "dimension", "observed", "median", "persistence", "error_median", "error_persistence", "in50", "in90", "crps"])];
  cells.forEach((c, k) => {
    const s = scores[k];
    lines.push(csvLine([c.state, c.year, c.dimension, c.observed, s.median, c.persistence ?? null, s.errorMedian, s.errorPersistence ?? null, s.in50 ? 1 : 0, s.in90 ? 1 : 0, s.crps]));
  });
  return lines.join("");
}

/** The score figure: errors and CRPS by year and dimension. Loaded on demand: the figure code pulls in Plot. */
async function scoreFigureOf(rows: readonly ScoreRow[], cells: readonly ScoredCell[], scores: readonly CellScore[], folder: string): Promise<Plot.PlotOptions> {
  const {scoreFigure, scoreNames} = await import("../plot/scoreFigure.js");
  const all = rows[0];
  const groups = new Map<string, {dimension: string; year: number; k: number[]}>();
  cells.forEach((c, k) => {
    const id = `${c.dimension}\u0000${c.year}`;
    if (!groups.has(id)) groups.set(id, {dimension: c.dimension, year: c.year, k: []});
    groups.get(id)!.k.push(k);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const points: ScorePoint[] = [...groups.values()].flatMap((g) => {
    const paired = g.k.filter((k) => scores[k].errorPersistence !== undefined);
    return [
      {dimension: g.dimension, year: g.year, score: scoreNames[0], value: mean(g.k.map((k) => scores[k].errorMedian))},
      ...(paired.length > 0 ? [{dimension: g.dimension, year: g.year, score: scoreNames[1], value: mean(paired.map((k) => scores[k].errorPersistence as number))}] : []),
      {dimension: g.dimension, year: g.year, score: scoreNames[2], value: mean(g.k.map((k) => scores[k].crps))}
    ];
  }).sort((a, b) => a.year - b.year);
  return scoreFigure(points, {
    title: `Out-of-sample scores of ${folder}`,
    subtitle: `${all.n} observations; coverage of the 50% interval ${all.coverage50.toFixed(2)}, of the 90% interval ${all.coverage90.toFixed(2)}; ` +
      `skill against persistence ${Number.isFinite(all.skill) ? all.skill.toFixed(2) : "n/a"}`,
    caption: "MAE: mean absolute error (lower is better); skill: 1 − MAE of the median / MAE of persistence (above 0: better than persistence)"
  });
}
