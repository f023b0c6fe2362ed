/**
 * A calibration's results folder: choosing it, refusing a non-empty one unless resumed or
 * forced, the manifest, and reading back the generations an interrupted calibration finished.
 * A generation counts as finished when its row is in generations.csv; its population file is
 * written before that row.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {stamp} from "../io/outputFolder.js";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {lockFolder} from "../io/folderLock.js";
import {version} from "../version.js";
import type {GrowingManifest, InputFile} from "../results/manifest.js";
import {calibrationFiles} from "../results/layout.js";
import type {Population} from "../analysis/abcSmc.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import {parseGenerations, parsePopulation, type GenerationRow} from "./calibrationFiles.js";


/** What manifest.json of a calibration holds. */
export interface CalibrationManifest extends GrowingManifest<"calibration"> {
  calibration: InputFile;
  base: InputFile;
  targets: InputFile;
  seed: number;
  arguments: string[];
  node: string;
  started: string;
  finished?: string;
  wallSeconds?: number;
  /** Wall seconds of each generation, by generation (null: not known); the only per-generation time a calibration folder keeps. */
  generationSeconds?: (number | null)[];
  stopped?: string;
  files?: {name: string; sha256: string}[];
}

/** `results/<calibration file name>/<stamp>`. */
export function defaultCalibrationOut(plan: CalibrationPlan, date = new Date()): string {
  return join("results", plan.name, stamp(date));
}

/** The newest folder under `results/<name>/` holding this calibration file (for `--resume` without `--out`). */
export function latestCalibrationOut(plan: CalibrationPlan): string | undefined {
  const parent = join("results", plan.name);
  if (!existsSync(parent)) return undefined;
  return readdirSync(parent).sort().reverse().map((n) => join(parent, n)).find((d) => readCalibrationManifest(d)?.calibration.sha256 === plan.sha);
}

/** The manifest of a calibration folder, or undefined. */
export function readCalibrationManifest(dir: string): CalibrationManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(dir, calibrationFiles.manifest), "utf8")) as CalibrationManifest;
    return m.kind === "calibration" ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Writes manifest.json (atomically). */
export function writeCalibrationManifest(dir: string, m: CalibrationManifest): void {
  writeFileAtomicSync(join(dir, calibrationFiles.manifest), `${JSON.stringify(m, null, 2)}\n`);
}

/** A fresh manifest for this plan, with the wall times of the generations already finished (`rows`). */
export function startCalibrationManifest(plan: CalibrationPlan, argv: string[], rows: readonly GenerationRow[] = []): CalibrationManifest {
  return {
    tool: "rcmp-sim", kind: "calibration", version, status: "running",
    calibration: {file: plan.file, sha256: plan.sha}, base: {file: plan.baseFile, sha256: plan.baseSha},
    targets: {file: plan.targetsFile, sha256: plan.targetsSha}, seed: plan.spec.seed,
    arguments: argv, node: process.version, started: new Date().toISOString(), generationSeconds: generationSeconds(rows)
  };
}

/** The `generationSeconds` of a manifest: each row's seconds, null where not known. */
export const generationSeconds = (rows: readonly GenerationRow[]): (number | null)[] => rows.map((r) => (Number.isFinite(r.seconds) ? r.seconds : null));

/** The generations finished before, to resume from. */
export interface Finished {
  rows: GenerationRow[];
  populations: Population[];
}

/**
 * Makes `dir` ready and locks it (so that two processes never write into one calibration). A
 * folder that does not exist or is empty is a fresh start; a non-empty one is refused unless
 * `force` (which removes the calibration's files) or `resume` (which needs the same calibration
 * file, base scenario and targets). Returns the finished generations and the lock's release.
 */
export function prepareCalibrationOut(dir: string, plan: CalibrationPlan, mode: {resume: boolean; force: boolean}): {before: Finished; release: () => void} {
  if (mode.resume && mode.force) throw new InputError("--resume and --force contradict each other: choose one");
  const empty = !existsSync(dir) || readdirSync(dir).length === 0;
  if (!empty && !mode.force && !mode.resume) {
    throw new InputError(`output folder ${dir} is not empty: add --resume to continue the calibration in it, or --force to replace its results`);
  }
  mkdirSync(join(dir, calibrationFiles.populations), {recursive: true});
  const release = lockFolder(dir);
  try {
    if (!empty && mode.force) {
      for (const name of Object.values(calibrationFiles)) rmSync(join(dir, name), {recursive: true, force: true});
      mkdirSync(join(dir, calibrationFiles.populations), {recursive: true});
    }
    return {before: empty || mode.force ? {rows: [], populations: []} : resumable(dir, plan), release};
  } catch (err) {
    release();
    throw err;
  }
}

/** What an earlier invocation left in `dir`, checked to be the same calibration. */
function resumable(dir: string, plan: CalibrationPlan): Finished {
  const m = readCalibrationManifest(dir);
  if (m === undefined) throw new InputError(`cannot resume in ${dir}: it holds no calibration manifest.json`);
  checkSameCalibration(m, plan, `cannot resume in ${dir}`);
  return finishedGenerations(dir, plan);
}

/** Throws InputError (`<prefix>: its calibration file differs from this calibration's`) unless `m` is of this calibration. */
export function checkSameCalibration(m: CalibrationManifest, plan: CalibrationPlan, prefix: string): void {
  const differ = [["calibration file", m.calibration.sha256, plan.sha], ["base scenario", m.base.sha256, plan.baseSha], ["targets", m.targets.sha256, plan.targetsSha]]
    .filter(([, a, b]) => a !== b).map(([what]) => what);
  if (differ.length > 0) throw new InputError(`${prefix}: its ${differ.join(", ")} differ${differ.length === 1 ? "s" : ""} from this calibration's`);
}

/** The generations finished in `dir`: rows of generations.csv whose population file is complete (their wall times from manifest.json). */
export function finishedGenerations(dir: string, plan: CalibrationPlan): {rows: GenerationRow[]; populations: Population[]} {
  const path = join(dir, calibrationFiles.generations);
  if (!existsSync(path)) return {rows: [], populations: []};
  const seconds = readCalibrationManifest(dir)?.generationSeconds ?? [];
  const rows = parseGenerations(readFileSync(path, "utf8"), path).map((row, g) => ({...row, seconds: seconds[g] ?? row.seconds}));
  const paths = plan.parameters.map((p) => p.name);
  const populations = rows.map((row, g) => {
    if (row.generation !== g) throw new InputError(`cannot resume in ${dir}: generations.csv skips generation ${g}`);
    const file = populationFile(dir, g);
    return parsePopulation(readFileSync(file, "utf8"), file, paths, row);
  });
  return {rows, populations};
}

/** The population file of generation g. */
export const populationFile = (dir: string, g: number): string => join(dir, calibrationFiles.populations, `${g}.csv`);
