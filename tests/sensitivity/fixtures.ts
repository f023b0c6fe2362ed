/**
 * Sweep files for the sensitivity tests, over the small sweep scenario, written to a temporary
 * folder: a saltelli and a morris design over three continuous parameters, and the designs
 * that give no indices.
 */
import {writeFileSync} from "node:fs";
import {join, resolve} from "node:path";

const small = resolve("tests/sweep/fixtures/small.yaml");

/** The swept parameters and their ranges (from, to). */
export const ranges: Record<string, [number, number]> = {
  "dynamics.hegemonBias": [0, 4],
  "processes.forum.ngo": [0, 1],
  "dynamics.dialogue.rate": [0.1, 0.5]
};

const parameterLines = Object.entries(ranges).map(([path, [from, to]]) => `  ${path}: {from: ${from}, to: ${to}}`).join("\n");

/** Writes a sweep file into `dir` and returns its path. */
export function sweepFile(dir: string, name: string, head: string, parameters = parameterLines): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `base: ${small}\n${head}\nparameters:\n${parameters}\n`);
  return file;
}
