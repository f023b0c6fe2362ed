/**
 * Numeric command-line options, read by the same rules as the scenario file: digits only (no
 * `1e20`, no `0x10`, no sign), then the schema's own bounds for the fields they stand for
 * (`--seed` as `seed`, `--ticks` as `ticks`), with errors that name the option.
 */
import type {z} from "zod";
import {excerpt, InputError} from "../scenario/problems.js";
import {zodProblems} from "../scenario/zodProblems.js";
import type {Command} from "commander";

/** A whole number written in digits, or an InputError naming `option`. */
function digits(option: string, text: string): number {
  if (!/^\d{1,16}$/.test(text)) throw new InputError([{file: option, path: [], message: `expected a whole number written in digits, got ${excerpt(text)}`}]);
  return Number(text);
}

/** `text` (undefined: the option was not given) checked against the scenario schema's `field`. */
export function schemaOption(option: string, text: string | undefined, field: z.ZodType): number | undefined {
  if (text === undefined) return undefined;
  const n = digits(option, text);
  const checked = field.safeParse(n, {reportInput: true});
  if (!checked.success) throw new InputError(zodProblems(checked.error.issues).map((p) => ({file: option, path: [], message: p.message})));
  return n;
}

/** `text` as a whole number from `min` to `max`, or `fallback` when not given. */
export function rangeOption(option: string, text: string | undefined, min: number, max: number, fallback: number, why = ""): number {
  if (text === undefined) return fallback;
  const n = digits(option, text);
  if (n < min || n > max) throw new InputError([{file: option, path: [], message: `expected a whole number from ${min} to ${max}${why}, got ${excerpt(text)}`}]);
  return n;
}

/** Adds the options of a command that writes one results folder: `--out` (default as `where` says), `--force`, `--quiet`. */
export function resultsFolderOptions(command: Command, where: string): Command {
  return command
    .option("--out <dir>", `results folder (default: ${where})`)
    .option("--force", "write into a non-empty results folder")
    .option("--quiet", "print only the results folder");
}
