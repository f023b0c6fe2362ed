/**
 * Reads a scenario file from disk (YAML or JSON) and validates it, with overrides.
 */
import {readFile} from "node:fs/promises";
import {parseScenario} from "../scenario/load.js";
import type {Override} from "../scenario/overrides.js";
import type {Scenario} from "../scenario/schema.js";
import {InputError} from "../scenario/problems.js";

/** The file's text, or a InputError naming the file when it cannot be read. */
export async function readInputText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (err as Error).message;
    throw new InputError([{file: path, path: [], message: `cannot read: ${why}`}]);
  }
}

export async function readScenarioFile(path: string, overrides: readonly Override[] = []): Promise<Scenario> {
  return parseScenario(await readInputText(path), path, overrides);
}
