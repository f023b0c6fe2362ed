/**
 * Claiming a new folder by name: `mkdir` that fails when the folder exists, then the next
 * suffix (`-2`, `-3`, ...), so that two processes started together never get the same folder.
 */
import {mkdir} from "node:fs/promises";
import {dirname} from "node:path";
import {errorCode, fileError} from "./fileErrors.js";
import {InputError} from "../scenario/problems.js";

/** Suffixes tried before giving up (a folder with this many siblings of one name is a mistake). */
const maxSuffix = 10_000;

/**
 * Creates `base` (or `base-2`, `base-3`, ... when it exists) and returns the path created. Its
 * parents are created as needed. Throws InputError when the parent cannot be written.
 */
export async function claimFolder(base: string): Promise<string> {
  try {
    await mkdir(dirname(base), {recursive: true});
  } catch (err) {
    throw fileError(err, "create the folder", dirname(base));
  }
  for (let k = 1; k <= maxSuffix; k++) {
    const candidate = k === 1 ? base : `${base}-${k}`;
    try {
      await mkdir(candidate);
      return candidate;
    } catch (err) {
      if (errorCode(err) !== "EEXIST") throw fileError(err, "create the folder", candidate);
    }
  }
  throw new InputError(`cannot claim a folder ${base}: ${maxSuffix} folders of that name exist already`);
}
