/**
 * Writing a file so that a reader (or a later resume) sees either the old content or the new,
 * never half of it: write to a temporary name in the same folder, then rename over the target.
 * The temporary is removed on every way out (an error, a signal); one left by a kill is removed
 * by the next write into the same folder.
 */
import {renameSync, rmSync, writeFileSync} from "node:fs";
import {rename, rm, writeFile} from "node:fs/promises";
import {dirname} from "node:path";
import {removeOnExit} from "./cleanup.js";
import {removeStaleTemporaries, temporaryName} from "./temporary.js";

export {temporaryName} from "./temporary.js";

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  removeStaleTemporaries(dirname(path));
  const temporary = temporaryName(path);
  const release = removeOnExit(temporary);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, {force: true});
    throw err;
  } finally {
    release();
  }
}

/** The synchronous form of {@link writeFileAtomic}. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temporary = temporaryName(path);
  const release = removeOnExit(temporary);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, {force: true});
    throw err;
  } finally {
    release();
  }
}
