/**
 * Writing a file so that a reader (or a later resume) sees either the old content or the new,
 * never half of it: write to a temporary name in the same folder, then rename over the target.
 */
import {renameSync, rmSync, writeFileSync} from "node:fs";
import {rename, rm, writeFile} from "node:fs/promises";
import {basename, dirname, join} from "node:path";

let counter = 0;

/** A temporary name next to `path`, unique to this process and call. */
export function temporaryName(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, {force: true});
    throw err;
  }
}

/** Writes each `[name, text]` into `dir` with {@link writeFileAtomic}, in order; returns their paths. */
export async function writeFilesAtomic(dir: string, files: readonly (readonly [name: string, text: string])[]): Promise<string[]> {
  const written: string[] = [];
  for (const [name, text] of files) {
    await writeFileAtomic(join(dir, name), text);
    written.push(join(dir, name));
  }
  return written;
}

/** The synchronous form of {@link writeFileAtomic}. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temporary = temporaryName(path);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, {force: true});
    throw err;
  }
}
