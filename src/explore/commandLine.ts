/**
 * The `rcmp run` command that reproduces a run of the explorer: the scenario file, each
 * `--set path=value` and each `--skip mechanism`, shell-quoted where needed, one option a line.
 */
import type {RunSpec} from "./runSpec.js";

/** An argument as a POSIX shell reads it back unchanged: bare when safe, else in single quotes. */
export function shellQuote(arg: string): string {
  if (/^[\w./:=+,@%-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** `path=value` as `--set` takes it back: numbers, booleans and strings bare, lists and maps as JSON. */
export function setArg(path: string, value: unknown): string {
  return `${path}=${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`;
}

/** `rcmp run <file> --set a=1 --skip x`, with ` \` line breaks between options. */
export function runCommandLine(file: string, spec: RunSpec): string {
  const options = [
    ...spec.overrides.map((o) => `--set ${shellQuote(setArg(o.path, o.value))}`),
    ...spec.skip.map((name) => `--skip ${shellQuote(name)}`)
  ];
  return [`rcmp run ${shellQuote(file)}`, ...options].join(" \\\n  ");
}
