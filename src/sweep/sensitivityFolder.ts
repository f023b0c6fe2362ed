/**
 * `sensitivityFromFolder()`: the sensitivity measures of a saltelli or morris sweep folder,
 * from its files alone: manifest.json and design.csv (the design's structure), then runs.csv
 * (any numeric column, including one added after the sweep) or curves.csv (a recorded metric
 * at a tick, or at every tick). Every file is checked against the sha256 manifest.json records,
 * but runs.csv, which a user may extend with a column of their own: it is read as it is, with a
 * note when it differs from what the sweep wrote; design.csv is also checked against the design.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {csvTable} from "../results/csvTable.js";
import {sensitivity, type SensitivityDesign, type SensitivityResult} from "../analysis/sensitivity.js";
import type {SweepManifest} from "./manifest.js";
import {files} from "./resultFiles.js";
import {readSensitivityDesign} from "./sensitivityDesign.js";
import {digestFile} from "../io/hashFiles.js";
import {folderProblems, listedFiles, safeEntryName, type Digest, type ManifestHead} from "../results/manifest.js";

/** Options of {@link sensitivityFromFolder}. */
export interface SensitivityOptions {
  /** Columns of runs.csv (or, with `at`/`overTime`, recorded metrics); default the recorded metrics' final values. */
  metrics?: readonly string[];
  /** Read the recorded metric at this tick of curves.csv instead of runs.csv. */
  at?: number;
  /** Measures at every tick of curves.csv. */
  overTime?: boolean;
  /** Bootstrap resamples; default 1000 (0: no intervals). */
  bootstrap?: number;
  /** Seed of the bootstrap; default 1. */
  seed?: number;
}

/** What a folder's analysis gives. */
export interface FolderSensitivity {
  dir: string;
  manifest: SweepManifest;
  design: SensitivityDesign;
  /** One result per metric (per metric and tick with `overTime`). */
  results: SensitivityResult[];
  notes: string[];
}

/** The measures of a sweep folder; InputError (exit 2) for a folder, design or metric that cannot give them. */
export async function sensitivityFromFolder(dir: string, o: SensitivityOptions = {}): Promise<FolderSensitivity> {
  const {manifest, design} = readSensitivityDesign(dir);
  const notes = await checkFiles(dir, manifest as unknown as ManifestHead);
  const fromCurves = o.at !== undefined || (o.overTime ?? false);
  const asked = o.metrics !== undefined && o.metrics.length > 0 ? o.metrics : fromCurves ? manifest.record : manifest.record.map((m) => `final.${m}`);
  const boot = {resamples: o.bootstrap ?? 1000, seed: o.seed ?? 1};
  const results: SensitivityResult[] = [];
  const run = (values: number[][], source: {metric: string; tick?: number | null; year?: number | null}, where: string) => {
    try {
      const r = sensitivity(values, design, source, boot);
      if (r.used < r.units) notes.push(`${where}: ${r.units - r.used} of ${r.units} ${design.method === "sobol" ? "base rows" : "trajectories"} left out (a point without a value)`);
      results.push(r);
    } catch (err) {
      throw new InputError(`${where}: ${(err as Error).message}`);
    }
  };
  if (!fromCurves) {
    const table = readRuns(dir, manifest);
    for (const asked1 of asked) {
      const column = table.columnOf(asked1);
      run(table.values(column), {metric: column}, `${join(dir, files.runs)} column ${column}`);
    }
    return {dir, manifest, design, results, notes};
  }
  const curves = readCurves(dir, manifest, asked.map((m) => m.replace(/^final\./, "")));
  for (const [metric, byTick] of curves) {
    const ticks = [...byTick.keys()].sort((a, b) => a - b);
    const chosen = o.overTime ? ticks : [o.at!];
    for (const tick of chosen) {
      const at = byTick.get(tick);
      if (at === undefined) throw new InputError(`${join(dir, files.curves)}: no tick ${tick} for ${metric} (it has ticks ${ticks[0]} to ${ticks.at(-1)})`);
      run(at.values.map((v) => (Number.isFinite(v) ? [v] : [])), {metric, tick, year: at.year}, `${join(dir, files.curves)} ${metric} at tick ${tick}`);
    }
  }
  if (o.overTime) notes.push("over time: point means from curves.csv, which keeps no replicate variances, so no seed share");
  return {dir, manifest, design, results, notes};
}

/**
 * The folder's files against their sha256 in manifest.json: InputError for anything missing or
 * damaged, except runs.csv, whose difference (a column added after the sweep, values edited)
 * becomes a note, since its indices are what the user asks for.
 */
async function checkFiles(dir: string, manifest: ManifestHead): Promise<string[]> {
  const digests = new Map<string, Digest>();
  for (const entry of listedFiles(manifest)) if (safeEntryName(entry.name)) digests.set(entry.name, await digestFile(join(dir, entry.name)));
  const runs = `${dir}/${files.runs}`; // as folderProblems names it
  const problems = folderProblems(manifest, dir, digests);
  const edited = problems.some((p) => p.file === runs && p.message.startsWith("damaged"));
  const others = problems.filter((p) => !(p.file === runs && p.message.startsWith("damaged")));
  if (others.length > 0) throw new InputError(others);
  return edited ? [`${runs} differs from the one the sweep wrote (a column added, or values edited): read as it is now`] : [];
}

/** Cells read as a missing value: empty, as rcmp writes one, or as other tools (pandas, R) do. */
const missing = new Set(["", "nan", "na", "null", "none"]);

/** runs.csv: the columns, and each column's finite values grouped by design point. */
function readRuns(dir: string, manifest: SweepManifest): {columnOf: (name: string) => string; values: (column: string) => number[][]} {
  const file = join(dir, files.runs);
  if (!existsSync(file)) throw new InputError(`${dir}: no runs.csv`);
  const table = csvTable(readFileSync(file, "utf8"), file, ["point"]);
  const rows: ((c: string) => string)[] = [];
  table.forEach((cell) => {
    const values = new Map(table.columns.map((c) => [c, cell(c)]));
    rows.push((c) => values.get(c) ?? "");
  });
  const keys = new Set(["run", "point", "replicate", "seed", ...manifest.parameters]);
  const numeric = table.columns.filter((c) => !keys.has(c) && rows.some((r) => r(c) !== "") && rows.every((r) => missing.has(r(c).trim().toLowerCase()) || Number.isFinite(Number(r(c)))));
  return {
    columnOf(name) {
      const column = table.columns.includes(name) ? name : table.columns.includes(`final.${name}`) ? `final.${name}` : undefined;
      if (column === undefined || keys.has(column)) throw new InputError(`${file}: no column ${name} to analyse (numeric columns: ${numeric.join(", ")})`);
      return column;
    },
    values(column) {
      const out: number[][] = Array.from({length: manifest.points}, () => []);
      rows.forEach((r, k) => {
        const text = r(column);
        const point = Number(r("point"));
        if (!Number.isInteger(point) || point < 0 || point >= manifest.points) throw new InputError(`${file}: row ${k + 2} has point "${r("point")}", not one of 0 to ${manifest.points - 1}`);
        if (missing.has(text.trim().toLowerCase())) return;
        const value = Number(text);
        if (!Number.isFinite(value)) throw new InputError(`${file}: row ${k + 2}, column ${column}: "${text}" is not a number`);
        out[point].push(value);
      });
      return out;
    }
  };
}

/** curves.csv: per metric asked, per tick, the year and every point's replicate mean (NaN where missing). */
function readCurves(dir: string, manifest: SweepManifest, metrics: readonly string[]): Map<string, Map<number, {year: number | null; values: number[]}>> {
  const file = join(dir, files.curves);
  if (!existsSync(file)) throw new InputError(`${dir}: no curves.csv`);
  for (const m of metrics) if (!manifest.record.includes(m)) throw new InputError(`${file}: the sweep recorded no curve of ${m} (it recorded: ${manifest.record.join(", ")}); --at and --over-time read recorded metrics`);
  const out = new Map(metrics.map((m) => [m, new Map<number, {year: number | null; values: number[]}>()]));
  csvTable(readFileSync(file, "utf8"), file, ["point", "metric", "tick", "mean"]).forEach((cell) => {
    const byTick = out.get(cell("metric"));
    if (byTick === undefined) return;
    const tick = Number(cell("tick"));
    const year = cell("year") === "" ? null : Number(cell("year"));
    const at = byTick.get(tick) ?? {year, values: new Array<number>(manifest.points).fill(NaN)};
    at.values[Number(cell("point"))] = cell("mean") === "" ? NaN : Number(cell("mean"));
    byTick.set(tick, at);
  });
  return out;
}
