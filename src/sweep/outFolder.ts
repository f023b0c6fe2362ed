/**
 * Choosing and checking a sweep's output folder: the default `results/<sweep>/<stamp>/`, the
 * refusal of a non-empty folder without `--force` or `--resume`, and the checks that a folder
 * to resume holds the same sweep.
 */
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {stamp} from "../io/outputFolder.js";
import type {SweepPlan} from "./loadSweep.js";
import {readManifest, type SweepManifest} from "./manifest.js";
import {ensureDir, removeResults} from "./resultFiles.js";
import type {Shard} from "./shard.js";

/**
 * The default folder: `results/<sweep name>/<stamp>` (with `-shard<i>of<n>` for a shard), the
 * stamp as for runs (`20261127T141502Z`), so `compare` labels sweep folders as it does runs.
 */
export function defaultOut(plan: SweepPlan, shard: Shard | undefined, date = new Date()): string {
  return join("results", plan.name, `${stamp(date)}${shard ? `-shard${shard.index}of${shard.count}` : ""}`);
}

const sameShard = (m: SweepManifest, shard: Shard | undefined): boolean =>
  (m.shard === null && shard === undefined) || (m.shard !== null && shard !== undefined && m.shard.index === shard.index && m.shard.count === shard.count);

/** For `--resume` without `--out`: the newest folder under `results/<sweep name>/` of this sweep and shard. */
export function latestOut(plan: SweepPlan, shard: Shard | undefined): string | undefined {
  const parent = join("results", plan.name);
  if (!existsSync(parent)) return undefined;
  const names = readdirSync(parent).sort().reverse();
  for (const name of names) {
    const m = readManifest(join(parent, name));
    if (m && m.sweep.sha256 === plan.sweepSha && sameShard(m, shard)) return join(parent, name);
  }
  return undefined;
}

/** How the folder was found: empty (a fresh start) or holding an earlier invocation of the same sweep. */
export interface PreparedOut {
  dir: string;
  previous: SweepManifest | undefined;
}

/**
 * Makes `dir` ready: refuses a non-empty folder unless `force` (which removes the sweep files
 * in it) or `resume` (which requires the folder to hold the same sweep, base scenario and
 * shard). A folder that does not exist or is empty is a fresh start in every case.
 */
export function prepareOut(dir: string, plan: SweepPlan, shard: Shard | undefined, mode: {resume: boolean; force: boolean}): PreparedOut {
  if (mode.resume && mode.force) throw new InputError("--resume and --force contradict each other: choose one");
  const empty = !existsSync(dir) || readdirSync(dir).length === 0;
  if (!empty && mode.force) removeResults(dir);
  if (!empty && !mode.force && !mode.resume) {
    throw new InputError(`output folder ${dir} is not empty: add --resume to complete the sweep in it, or --force to replace its results`);
  }
  ensureDir(dir);
  if (empty || mode.force) return {dir, previous: undefined};
  const m = readManifest(dir);
  if (m === undefined) throw new InputError(`cannot resume in ${dir}: it holds no sweep manifest.json`);
  const problems: string[] = [];
  if (m.sweep.sha256 !== plan.sweepSha) problems.push(`the sweep file differs from ${m.sweep.file} (sha256 ${m.sweep.sha256.slice(0, 12)}…)`);
  if (m.base.sha256 !== plan.baseSha) problems.push(`the base scenario differs from ${m.base.file} (sha256 ${m.base.sha256.slice(0, 12)}…)`);
  if (!sameShard(m, shard)) problems.push(`it holds ${m.shard ? `shard ${m.shard.index}/${m.shard.count}` : "a whole sweep"}`);
  if (problems.length > 0) throw new InputError(`cannot resume in ${dir}: ${problems.join("; ")}`);
  return {dir, previous: m};
}
