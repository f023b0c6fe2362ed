/**
 * Wraps a command's action so that bad input exits with code 2 and one line per problem,
 * other failures exit with code 1 and a one-line message, and no stack trace is printed
 * unless `--debug` is given.
 */
import {InputError} from "../scenario/problems.js";

const debug = (): boolean => process.argv.includes("--debug");

export function reportError(err: unknown): number {
  if (err instanceof InputError) {
    for (const line of err.message.split("\n")) process.stderr.write(`error: ${line}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
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
