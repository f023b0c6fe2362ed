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

/** Collects a repeatable option's values in the order given (commander's parser for `--set`, `--metric` and the like; start from `[]`). */
export function repeatable(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** What the action of a command given {@link resultsFolderOptions} receives for them. */
export interface ResultsFolderFlags {
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

/** What the commands that run a scenario many times receive for `--set` (repeatable), `--seed` and `--workers`. */
export interface ManyRunsFlags extends ResultsFolderFlags {
  set: string[];
  seed?: string;
  workers?: string;
}

/**
 * Adds `--seed` (`seed` says what it seeds), `--set` (repeatable; `set` says where it applies)
 * and `--workers` to a command that runs a scenario many times, with {@link resultsFolderOptions}
 * (`where` is the default results folder). Workers default to the cores
 * from `poolFrom` runs on (a pool's start-up, about a second, pays from there), else to 1.
 */
export function manyRunsOptions(command: Command, help: {seed: string; set: string; where: string}, poolFrom: number): Command {
  return resultsFolderOptions(command, help.where)
    .option("--seed <n>", `${help.seed} (default: the scenario's)`)
    .option("--set <path=value>", `override a scenario value ${help.set} (repeatable)`, repeatable, [])
    .option("--workers <n>", `runs at once (default: the cores, for ${poolFrom.toLocaleString("en-US")} runs or more; else 1)`);
}

/** Adds the options of a command that writes one results folder: `--out` (default as `where` says), `--force`, `--quiet`. */
export function resultsFolderOptions(command: Command, where: string): Command {
  return command
    .option("--out <dir>", `results folder (default: ${where})`)
    .option("--force", "write into a non-empty results folder")
    .option("--quiet", "print only the results folder");
}

/** A command's help epilogue: "Examples:" with each command line indented, then `note` (if any) after a blank line. */
export function examplesHelp(commands: readonly string[], note?: string): string {
  return `\nExamples:\n${commands.map((c) => `  ${c}\n`).join("")}${note === undefined ? "" : `\n${note}\n`}`;
}
