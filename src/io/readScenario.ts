/**
 * Reads a scenario file from disk (YAML or JSON) and validates it, with overrides.
 */
import {readFile, stat} from "node:fs/promises";
import {fileError} from "./fileErrors.js";
import {parseScenario} from "../scenario/load.js";
import type {Override} from "../scenario/overrides.js";
import type {Scenario} from "../scenario/schema.js";
import {InputError, printable} from "../scenario/problems.js";

/** Largest scenario or sweep file read, in bytes (a world of 100,000 states written out is some 20 MB). */
export const maxInputBytes = 64 * 2 ** 20;

/**
 * The file's text, or an InputError naming the file when it cannot be read, is not a plain
 * file (a pipe or a device would be read for ever) or is larger than {@link maxInputBytes}.
 */
export async function readInputText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError([{file: path, path: [], message: "cannot read: is a folder, not a file"}]);
    if (!info.isFile()) throw new InputError([{file: path, path: [], message: "cannot read: not a plain file (a pipe or a device?)"}]);
    if (info.size > maxInputBytes) throw new InputError([{file: path, path: [], message: `cannot read: ${info.size} bytes, more than the ${maxInputBytes} a scenario or sweep file may have`}]);
    return await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : printable((fileError(err, "read", path) as Error).message.replace(/^cannot read [^:]*: /, ""));
    throw new InputError([{file: path, path: [], message: `cannot read: ${why}`}]);
  }
}

export async function readScenarioFile(path: string, overrides: readonly Override[] = []): Promise<Scenario> {
  return parseScenario(await readInputText(path), path, overrides);
}
