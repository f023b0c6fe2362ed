/**
 * Choosing and checking a results folder before anything runs: the default
 * `results/<id>/<stamp>/` (claimed, so that two commands never share it), and for `--out` a
 * folder that is absent, empty, or (with `--force`) an rcmp results folder to replace whole.
 * Nothing is refused after the work is done that could have been refused before it.
 */
import {constants, readFileSync, realpathSync} from "node:fs";
import {access, lstat, mkdir, readdir, rmdir, stat} from "node:fs/promises";
import {dirname, join, relative, resolve, sep, isAbsolute} from "node:path";
import {InputError} from "../scenario/problems.js";
import {pathSegmentProblem} from "../scenario/pathSegment.js";
import {manifestName} from "../results/layout.js";
import {claimFolder} from "./claimFolder.js";
import {errorCode, fileError} from "./fileErrors.js";
import {lockedError, lockHolder} from "./folderLock.js";
import {staleTemporary, temporaryName} from "./temporary.js";

/** A UTC time stamp safe in file names: `20261127T141502Z`. */
export function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** Throws InputError when `name` cannot be a folder name (`what` says where it comes from). */
export function checkSegment(name: string, what: string): void {
  const problem = pathSegmentProblem(name);
  if (problem !== undefined) throw new InputError(`${what} ${JSON.stringify(name.slice(0, 60))} cannot name a folder: it ${problem}`);
}

/** Claims `root/<name>/<stamp>` (`-2`, `-3`, ... when taken) and returns it; the folder exists, empty. */
export async function defaultOutput(name: string, root = "results"): Promise<string> {
  checkSegment(name, "the name");
  return claimFolder(join(root, name, stamp()));
}

/** The folder `name` inside `parent`, refusing a name that is not one safe path segment (`..`, `a/b`, `NUL`). */
export function childFolder(parent: string, name: string): string {
  checkSegment(name, "the id");
  return join(parent, name);
}

/** What an output folder holds before the command writes: nothing yet, an empty folder, or results to replace (`--force`). */
export type OutputState = "absent" | "empty" | "replace";

/**
 * Checks `dir` as an output folder: refuses a file, a symbolic link, a folder that cannot be
 * written, and a folder with entries unless `force` (and then only an rcmp results folder that
 * no other process writes into, and that holds none of `inputs`). Creates nothing.
 */
export async function checkOutput(dir: string, force: boolean, inputs: readonly string[] = []): Promise<OutputState> {
  const info = await lstat(dir).catch((err: unknown) => {
    if (errorCode(err) === "ENOENT") return undefined;
    throw fileError(err, "use the output folder", dir);
  });
  if (info === undefined) {
    await writableAncestor(dir);
    await probeWrite(dirname(dir));
    return "absent";
  }
  if (info.isSymbolicLink()) {
    const target = await stat(dir).then(() => "a folder elsewhere", () => "nothing (it dangles)");
    throw new InputError(`output folder ${dir} is a symbolic link to ${target}: give the folder itself as --out`);
  }
  if (!info.isDirectory()) throw new InputError(`output folder ${dir} is a file, not a folder: choose another --out`);
  await probeWrite(dirname(dir));
  const entries = (await readdir(dir)).filter((name) => !staleTemporary(name));
  if (entries.length === 0) return "empty";
  if (!force) throw new InputError(`output folder ${dir} is not empty (${entries.length} entr${entries.length === 1 ? "y" : "ies"}): choose another --out, or add --force to replace it whole`);
  if (!isResultsFolder(dir)) {
    throw new InputError(`output folder ${dir} holds files rcmp did not write (no manifest.json of rcmp): --force replaces only results folders; choose another --out, or empty it yourself`);
  }
  const holder = lockHolder(dir);
  if (holder !== undefined) throw lockedError(dir, holder);
  refuseInputsInside(dir, inputs);
  return "replace";
}

/** Whether `dir` holds a manifest.json written by rcmp. */
export function isResultsFolder(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, manifestName), "utf8")) as {tool?: unknown} | null)?.tool === "rcmp-sim";
  } catch {
    return false;
  }
}

/** Throws InputError when one of `inputs` (files or folders the command reads) lies inside `dir` or is `dir`. */
export function refuseInputsInside(dir: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (isInside(input, dir)) throw new InputError(`output folder ${dir} holds ${input}, which this command reads: replacing the folder would delete it; choose another --out`);
  }
}

/** Whether `path` is `folder` or lies inside it (symbolic links resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(real(folder), real(path));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path` (symbolic links resolved), or its absolute path when it does not exist. */
export function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** The nearest existing folder above `dir` must be a folder this process can write in. */
async function writableAncestor(dir: string): Promise<void> {
  let up = dirname(resolve(dir));
  for (;;) {
    const info = await stat(up).catch(() => undefined);
    if (info !== undefined) {
      if (!info.isDirectory()) throw new InputError(`cannot create ${dir}: ${up} is a file, not a folder`);
      return canWrite(up);
    }
    const parent = dirname(up);
    if (parent === up) return;
    up = parent;
  }
}

/** Creates `folder` (with its parents) and a temporary folder in it, removed at once: a folder that cannot be written is refused before the work. */
async function probeWrite(folder: string): Promise<void> {
  const probe = temporaryName(join(folder, "probe"));
  try {
    await mkdir(folder, {recursive: true});
    await mkdir(probe);
    await rmdir(probe);
  } catch (err) {
    throw fileError(err, "write in", folder);
  }
}

async function canWrite(folder: string): Promise<void> {
  try {
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw fileError(err, "write in", folder);
  }
}
