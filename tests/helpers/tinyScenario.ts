import {parseScenario} from "../../src/scenario/load.js";
import type {Override} from "../../src/scenario/overrides.js";
import {InputError} from "../../src/scenario/problems.js";

/** A two-state scenario that runs in a blink: the base of the bad-input tests, each changing one thing. */
export const tinyScenario = `id: tiny
title: Tiny
ticks: 5
dimensions:
  - {id: asylum, standard: 0.8}
  - {id: control}
states:
  - {id: USA, power: 10, ideal: {asylum: 0.4, control: 0.9}}
  - {id: CAN, power: 2, ideal: {asylum: 0.7, control: 0.5}}
processes:
  - id: rcm
    members: [USA, CAN]
`;

/** The lines of the InputError that validating `text` (as file `file`) throws; [] when it is valid. */
export function problemLines(text: string, file: string, overrides: readonly Override[] = []): string[] {
  try {
    parseScenario(text, file, overrides);
  } catch (err) {
    if (err instanceof InputError) return err.message.split("\n");
    throw err;
  }
  return [];
}
