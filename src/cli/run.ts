/**
 * `rcmp run <scenario> [--seed] [--ticks] [--set path=value]... [--out] [--force]`: runs a
 * scenario, writes its results folder and prints where, with the headline numbers.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {readInputText} from "../io/readScenario.js";
import {parseScenario} from "../scenario/load.js";
import {parseSetArg, type Override} from "../scenario/overrides.js";
import {simulate} from "../model/simulate.js";
import {defaultOutput, prepareOutput} from "../io/outputFolder.js";
import {writeRun} from "../io/writeRun.js";
import {headline} from "./headline.js";
import {tickProgress} from "./progress.js";
import {intOption} from "./options.js";

interface RunOptions {
  seed?: number;
  ticks?: number;
  set: string[];
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run a scenario and write its results folder (timeseries, states, summary, plots)")
    .argument("<scenario>", "scenario file (YAML or JSON), e.g. scenarios/igc-1985.yaml")
    .option("--seed <n>", "random seed (default: the scenario's)", intOption("--seed"))
    .option("--ticks <n>", "ticks to run (default: the scenario's)", intOption("--ticks"))
    .option("--set <path=value>", "override a scenario value, e.g. dynamics.hegemonBias=2 (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--out <dir>", "results folder (default: results/<scenario id>/<time stamp>)")
    .option("--force", "write into a non-empty results folder")
    .option("--quiet", "print only the results folder")
    .addHelpText("after", "\nExample:\n  rcmp run scenarios/igc-1985.yaml --seed 7 --set dynamics.hegemonBias=2 --out results/igc-h2\n")
    .action(action(async (file: string, o: RunOptions) => runCommand(file, o)));
}

async function runCommand(file: string, o: RunOptions): Promise<number> {
  const overrides: Override[] = o.set.map((arg) => parseSetArg(arg));
  const text = await readInputText(file);
  const scenario = parseScenario(text, file, overrides);
  const seed = o.seed ?? scenario.seed;
  const ticks = o.ticks ?? scenario.ticks;
  const out = o.out ?? (await defaultOutput(scenario.id));
  await prepareOutput(out, o.force ?? false);
  const started = performance.now();
  const progress = tickProgress(ticks, o.quiet ?? false);
  const result = simulate(scenario, {seed, ticks, onTick: progress.update});
  progress.done();
  const wallSeconds = (performance.now() - started) / 1000;
  await writeRun(out, {source: {path: file, text}, scenario, result, seed, ticks, argv: process.argv.slice(2), overrides, wallSeconds});
  process.stdout.write(o.quiet ? `${out}\n` : headline(out, scenario, result, wallSeconds));
  return 0;
}
