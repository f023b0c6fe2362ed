/**
 * Choosing and checking a sweep's output folder. A sweep writes into its folder in place (so it
 * can be resumed), so the folder is claimed for it alone: a default `results/<sweep>/<stamp>/`
 * is created with a `mkdir` that fails when it exists (two sweeps of files with the same name
 * get two folders), and every sweep holds the folder's lock while it writes. A non-empty folder
 * is refused without `--force` (which replaces it whole) or `--resume` (which requires the
 * same sweep, base scenario and shard).
 */
import {existsSync, lstatSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {checkOutput, checkSegment, stamp} from "../io/outputFolder.js";
import {claimFolder} from "../io/claimFolder.js";
import {lockFolder} from "../io/folderLock.js";
import {fileError} from "../io/fileErrors.js";
import {removeStaleTemporaries, staleTemporary} from "../io/temporary.js";
import type {SweepPlan} from "./loadSweep.js";
import {readManifest, type SweepManifest} from "./manifest.js";
import {ensureDir} from "./resultFiles.js";
import type {Shard} from "./shard.js";

/** Where default sweep folders go. */
export const resultsRoot = "results";

/** The default folder's name: the stamp, with `-shard<i>of<n>` for a shard. */
const defaultName = (shard: Shard | undefined, date = new Date()): string => `${stamp(date)}${shard ? `-shard${shard.index}of${shard.count}` : ""}`;

/**
 * Claims the default folder `results/<sweep name>/<stamp>` (with `-shard<i>of<n>` for a shard;
 * `-2`, `-3`, ... when taken), the stamp as for runs (`20261127T141502Z`), so `compare` labels
 * sweep folders as it does runs.
 */
export async function defaultOut(plan: SweepPlan, shard: Shard | undefined, date = new Date()): Promise<string> {
  checkSegment(plan.name, "the sweep file's name");
  return claimFolder(join(resultsRoot, plan.name, defaultName(shard, date)));
}

const sameShard = (m: SweepManifest, shard: Shard | undefined): boolean =>
  (m.shard === null && shard === undefined) || (m.shard !== null && shard !== undefined && m.shard.index === shard.index && m.shard.count === shard.count);

/** Folders under `results/` that hold this sweep (same sweep file and shard), newest first: `results/<name>` and up to two levels below. */
export function foldersOfSweep(plan: SweepPlan, shard: Shard | undefined): {dir: string; manifest: SweepManifest}[] {
  const found: {dir: string; manifest: SweepManifest}[] = [];
  const visit = (dir: string, depth: number) => {
    const m = readManifest(dir);
    if (m !== undefined) {
      if (m.sweep.sha256 === plan.sweepSha && sameShard(m, shard)) found.push({dir, manifest: m});
      return;
    }
    if (depth === 0) return;
    let names: string[];
    try {
      names = readdirSync(dir, {withFileTypes: true}).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
    } catch {
      return;
    }
    for (const name of names) visit(join(dir, name), depth - 1);
  };
  if (existsSync(resultsRoot)) visit(resultsRoot, 3);
  return found.sort((a, b) => b.manifest.started.localeCompare(a.manifest.started));
}

/**
 * For `--resume` without `--out`: the one folder under `results/` holding this sweep unfinished
 * (or, if none is unfinished, the newest complete one). Refuses, saying how, when there is none
 * or when several are unfinished: a resume never starts a new sweep.
 */
export function resumeOut(plan: SweepPlan, shard: Shard | undefined): string {
  const all = foldersOfSweep(plan, shard);
  const what = `${plan.file}${shard ? ` --shard ${shard.index}/${shard.count}` : ""}`;
  if (all.length === 0) {
    throw new InputError(`--resume: no folder under ${resultsRoot}/ holds a sweep of ${what}; give its folder with --out DIR (or leave out --resume to start a new sweep)`);
  }
  const open = all.filter((f) => f.manifest.status !== "complete" || f.manifest.counts.failed > 0);
  if (open.length > 1) throw new InputError(`--resume: ${open.length} unfinished sweeps of ${what}: ${open.map((f) => f.dir).join(", ")}; choose one with --out DIR`);
  return (open[0] ?? all[0]).dir;
}

/** How the folder was found: empty (a fresh start) or holding an earlier invocation of the same sweep; and the release of its lock. */
export interface PreparedOut {
  dir: string;
  previous: SweepManifest | undefined;
  release: () => void;
}

/**
 * Makes `dir` ready and locks it: refuses a non-empty folder unless `force` (which replaces it
 * whole: a results folder only, not holding the sweep's own files) or `resume` (which requires
 * the folder to hold the same sweep, base scenario and shard). A folder that does not exist or
 * is empty is a fresh start in every case.
 */
export async function prepareOut(dir: string, plan: SweepPlan, shard: Shard | undefined, mode: {resume: boolean; force: boolean; claimed: boolean}): Promise<PreparedOut> {
  if (mode.resume && mode.force) throw new InputError("--resume and --force contradict each other: choose one");
  const state = mode.claimed ? "empty" : mode.resume && holdsFiles(dir) ? "resume" : await checkOutput(dir, mode.force, [plan.file, plan.baseFile]);
  if (state === "replace") {
    try {
      rmSync(dir, {recursive: true, force: true});
    } catch (err) {
      throw fileError(err, "replace", dir);
    }
  }
  try {
    ensureDir(dir);
  } catch (err) {
    throw fileError(err, "create the folder", dir);
  }
  const release = lockFolder(dir);
  try {
    removeStaleTemporaries(dir);
    if (state !== "resume") return {dir, previous: undefined, release};
    return {dir, previous: resumable(dir, plan, shard), release};
  } catch (err) {
    release();
    throw err;
  }
}

/** Whether `dir` is a folder (not a link to one) with entries other than stale temporaries. */
function holdsFiles(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory() && readdirSync(dir).some((name) => !staleTemporary(name));
  } catch {
    return false;
  }
}

/** The manifest of the same sweep in `dir`, or an InputError saying how it differs. */
function resumable(dir: string, plan: SweepPlan, shard: Shard | undefined): SweepManifest {
  const m = readManifest(dir);
  if (m === undefined) throw new InputError(`cannot resume in ${dir}: it holds no sweep manifest.json`);
  const problems: string[] = [];
  if (m.sweep.sha256 !== plan.sweepSha) problems.push(`the sweep file differs from ${m.sweep.file} (sha256 ${m.sweep.sha256.slice(0, 12)}…)`);
  if (m.base.sha256 !== plan.baseSha) problems.push(`the base scenario differs from ${m.base.file} (sha256 ${m.base.sha256.slice(0, 12)}…)`);
  if (!sameShard(m, shard)) problems.push(`it holds ${m.shard ? `shard ${m.shard.index}/${m.shard.count}` : "a whole sweep"}`);
  if (problems.length > 0) throw new InputError(`cannot resume in ${dir}: ${problems.join("; ")}`);
  return m;
}
