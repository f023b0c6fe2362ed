/**
 * Choosing and preparing a results folder: `results/<id>/<stamp>/` by default; an existing
 * folder that is not empty is refused unless forced, so nothing already there is lost.
 */
import {mkdir, readdir} from "node:fs/promises";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";

/** A UTC time stamp safe in file names: `20261127T141502Z`. */
export function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** `results/<id>/<stamp>` (with `-2`, `-3`, ... when that exists already). */
export async function defaultOutput(id: string, root = "results"): Promise<string> {
  const base = join(root, id, stamp());
  for (let k = 1; ; k++) {
    const candidate = k === 1 ? base : `${base}-${k}`;
    if (!(await exists(candidate))) return candidate;
  }
}

/** Creates the folder; refuses a non-empty one unless `force`. */
export async function prepareOutput(dir: string, force: boolean): Promise<void> {
  if (await exists(dir)) {
    const entries = await readdir(dir);
    if (entries.length > 0 && !force) {
      throw new InputError(`output folder ${dir} is not empty (${entries.length} entries); choose another --out, or add --force to write over it`);
    }
  }
  await mkdir(dir, {recursive: true});
}

async function exists(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    if (code === "ENOTDIR") throw new InputError(`output path ${path} is a file, not a folder`);
    throw err;
  }
}
