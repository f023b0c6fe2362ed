import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import type {Override} from "../../src/scenario/overrides.js";
import type {Scenario} from "../../src/scenario/schema.js";

/** A built-in scenario, validated, with `--set` style overrides. */
export function builtin(path: string, sets: Record<string, unknown> = {}): Scenario {
  const overrides: Override[] = Object.entries(sets).map(([p, value]) => ({path: p, value}));
  return parseScenario(readFileSync(path, "utf8"), path, overrides);
}
