/**
 * Wraps a command's action so that bad input exits with code 2 and one line per problem,
 * other failures exit with code 1 and a one-line message, and no stack trace is printed
 * unless `--debug` is given.
 */
import {InputError, printable} from "../scenario/problems.js";
import {fileError, isFileError} from "../io/fileErrors.js";

const debug = (): boolean => process.argv.includes("--debug");

/** What a failed system call was doing, in words. */
const syscallWords: Record<string, string> = {open: "open", read: "read", write: "write", mkdir: "create", rename: "rename", unlink: "remove", rmdir: "remove", scandir: "read the folder", stat: "read", lstat: "read", copyfile: "copy"};

/**
 * Prints an error and returns the exit code: 2 for bad input and for a file that cannot be read
 * or written (named, with what the error code means), 1 for anything else.
 */
export function reportError(err: unknown): number {
  if (isFileError(err)) {
    const e = err as NodeJS.ErrnoException;
    err = fileError(err, syscallWords[e.syscall ?? ""] ?? "use", e.path ?? "a file");
  }
  if (err instanceof InputError) {
    for (const line of err.message.split("\n")) process.stderr.write(`error: ${line}\n`);
    return 2;
  }
  const message = printable(err instanceof Error ? err.message : String(err));
  process.stderr.write(`error: ${message}\n`);
  if (debug() && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write("(run with --debug for details)\n");
  return 1;
}

/** `program.command(...).action(action(async (...) => {...}))`; the async body returns an exit code or nothing. */
export function action<A extends unknown[]>(body: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await body(...args);
      process.exitCode = code ?? 0;
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}
