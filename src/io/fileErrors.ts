/**
 * File-system errors as a user reads them: `cannot write results/x/timeseries.csv: no space
 * left on the device`, an InputError (exit code 2) naming the file, never the raw errno text.
 */
import {InputError} from "../scenario/problems.js";

/** What each error code means, in words. */
const meanings: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  ENAMETOOLONG: "the name is too long",
  EEXIST: "it exists already",
  ENOTEMPTY: "the folder is not empty",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "input/output error",
  EBUSY: "the file is busy",
  EXDEV: "it is on another device",
  EFBIG: "the file is too large",
  EINVAL: "invalid name",
  ETXTBSY: "the file is busy"
};

/** The code of a Node file-system error, or undefined for anything else. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Whether the error is one of the file-system errors named above. */
export function isFileError(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && code in meanings;
}

/**
 * An InputError `cannot <doing> <path>: <meaning>` (and `then`, e.g. what was kept) for a known
 * file-system error; any other error is returned unchanged, to be thrown as it is.
 */
export function fileError(err: unknown, doing: string, path: string, then = ""): unknown {
  if (err instanceof InputError) return err;
  const code = errorCode(err);
  if (code === undefined || !(code in meanings)) return err;
  return new InputError(`cannot ${doing} ${path}: ${meanings[code]}${then ? `; ${then}` : ""}`);
}

/** Runs `body`, turning a file-system error into {@link fileError}'s InputError. */
export async function withFileErrors<T>(doing: string, path: string, body: () => Promise<T>, then = ""): Promise<T> {
  try {
    return await body();
  } catch (err) {
    throw fileError(err, doing, path, then);
  }
}
