/**
 * Running a question's runs in this thread: each (draw, variant) scenario is validated once
 * (every assumption and variant applied on the scenario's text) and run on each replicate's
 * seed up to the question's tick; the value is the metric of the group there.
 */
import {validateScenario, type ParsedText} from "../scenario/load.js";
import type {Override} from "../scenario/overrides.js";
import type {Scenario} from "../scenario/schema.js";
import {simulate} from "../run/simulate.js";
import type {AskRun, AskTarget} from "./ask.js";

/** The value of each run, in order; `overrides` (the user's `--set`) come before each run's own. */
export function askInProcess(parsed: ParsedText, overrides: readonly Override[], runs: readonly AskRun[], target: AskTarget, progress?: (done: number) => void): Float64Array {
  const out = new Float64Array(runs.length);
  let cached: {key: string; scenario: Scenario} | undefined;
  runs.forEach((run, k) => {
    const key = `${run.draw}:${run.variant}`;
    if (cached?.key !== key) cached = {key, scenario: validateScenario(parsed, [...overrides, ...run.overrides], {question: false})};
    const {summary} = simulate(cached.scenario, {seed: run.seed, ticks: target.tick, metrics: [target.metric], groups: target.group !== "all"});
    out[k] = summary.final[target.group]?.[target.metric] ?? NaN;
    if (k % 16 === 15) progress?.(k + 1);
  });
  return out;
}
