/**
 * `rcmp explain <scenario> [--set path=value]... [--out file.md]`: prints (or writes) the
 * scenario's model description in the ODD+D protocol, generated from the validated scenario,
 * with the sha256 of the file's text (the same hash a run's manifest.json records).
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {repeatable} from "./options.js";
import {readInputText} from "../io/readScenario.js";
import {writeOutputFile} from "../io/writeOutputFile.js";
import {sha256} from "../io/sha256.js";
import {parseScenario} from "../scenario/load.js";
import {parseSetArg} from "../scenario/overrides.js";

interface ExplainCliOptions {
  set: string[];
  out?: string;
  force?: boolean;
}

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("describe a scenario in the ODD+D protocol, as Markdown generated from the file itself")
    .argument("<scenario>", "scenario file (YAML or JSON), e.g. scenarios/world-2004.yaml")
    .option("--set <path=value>", "override a scenario value first, as for `rcmp run` (repeatable)", repeatable, [])
    .option("--out <file>", "write the Markdown to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .addHelpText("after", "\nExample:\n  rcmp explain scenarios/igc-1985.yaml --set dynamics.hegemonBias=2 --out igc-odd.md\n")
    .action(action(async (file: string, o: ExplainCliOptions) => explainCommand(file, o)));
}

async function explainCommand(file: string, o: ExplainCliOptions): Promise<number> {
  const overrides = o.set.map((arg) => parseSetArg(arg));
  // One read gives both the hash and the scenario (what readScenarioFile does, keeping the text).
  const text = await readInputText(file);
  const scenario = parseScenario(text, file, overrides);
  const {explainScenario} = await import("../explain/explainScenario.js"); // loaded only by this command
  const markdown = explainScenario(scenario, {file, sha256: sha256(text), overrides});
  if (o.out === undefined) {
    process.stdout.write(markdown);
    return 0;
  }
  await writeOutputFile(o.out, markdown, {force: o.force, inputs: [file]});
  process.stderr.write(`wrote ${o.out}\n`);
  return 0;
}
