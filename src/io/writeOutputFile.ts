/**
 * Writing one output file (`rcmp explain --out`, `rcmp schema --out`) whole or not at all, and
 * never over one of the command's inputs, nor over an existing file without `--force`.
 */
import {statSync} from "node:fs";
import {lstat} from "node:fs/promises";
import {InputError} from "../scenario/problems.js";
import {writeFileAtomic} from "./atomicWrite.js";
import {errorCode, fileError} from "./fileErrors.js";
import {real} from "./outputFolder.js";

/** Options of {@link writeOutputFile}. */
export interface OutputFileOptions {
  /** Replace an existing file (default false). */
  force?: boolean;
  /** Files the command reads: never written over, even with `force`. */
  inputs?: readonly string[];
}

/** Writes `text` to `path` (through a temporary file and a rename); throws InputError naming the file otherwise. */
export async function writeOutputFile(path: string, text: string, o: OutputFileOptions = {}): Promise<void> {
  for (const input of o.inputs ?? []) {
    if (sameFile(path, input)) throw new InputError(`--out ${path} is ${input}, which this command reads: choose another file`);
  }
  const info = await lstat(path).catch((err: unknown) => {
    if (errorCode(err) === "ENOENT") return undefined;
    throw fileError(err, "write", path);
  });
  if (info?.isDirectory()) throw new InputError(`--out ${path} is a folder: give a file name`);
  if (info !== undefined && !o.force) throw new InputError(`--out ${path} exists already: add --force to replace it, or choose another file`);
  try {
    await writeFileAtomic(path, text);
  } catch (err) {
    throw fileError(err, "write", path, "nothing was written");
  }
}

/** Whether two paths name the same file (the same real path, or the same device and inode). */
function sameFile(a: string, b: string): boolean {
  if (real(a) === real(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
