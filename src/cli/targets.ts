/**
 * `rcmp targets impic <index csv> --mapping <file> [--out targets.csv]`: turns a policy index
 * in IMPIC's tidy format into targets with a mapping file.
 * `rcmp targets start <scenario> <targets csv> --out <file> [--year Y] [--digits 2]`: writes
 * the scenario file with each state's starting position (and ideal) on the dimensions the
 * targets cover set to the targets' values of the scenario's first year, comments and layout kept.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {rangeOption} from "./options.js";
import {readInputText} from "../io/readScenario.js";
import {writeOutputFile} from "../io/writeOutputFile.js";
import {parseText, validateScenario} from "../scenario/load.js";
import {yearOf} from "../scenario/resolve.js";
import {InputError} from "../scenario/problems.js";
import {parseTargetMapping} from "../results/targetMapping.js";
import {importTargets} from "../results/importTargets.js";
import {parseTargets, targetsCsv} from "../results/targetsCsv.js";
import {startScenarioText, startValues} from "../calibrate/startFromTargets.js";

/** Registers `rcmp targets` and its subcommands. */
export function registerTargets(program: Command): void {
  const targets = program.command("targets").description("make targets files (observed positions) and scenarios that start from them");
  targets
    .command("impic")
    .description("turn a policy index in IMPIC's format (country,year,variable,value) into targets, with a mapping file")
    .argument("<index>", "the index file (CSV, one row per state, year and variable)")
    .requiredOption("--mapping <file>", "mapping file (YAML): which variable per dimension, 1 − x or not, the \"no law\" value; e.g. examples/calibration/impic-mapping.yaml")
    .option("--out <file>", "targets file to write (default: standard output)")
    .option("--force", "replace the --out file if it exists")
    .addHelpText("after", "\nExample:\n  rcmp targets impic igc19-1980-1996.csv --mapping examples/calibration/impic-mapping.yaml --out igc-targets.csv\n")
    .action(action(impicCommand));
  targets
    .command("start")
    .description("write a scenario whose starting positions (and ideals) come from the targets of its first year")
    .argument("<scenario>", "the scenario file")
    .argument("<targets>", "targets CSV (state,year,dimension,value)")
    .requiredOption("--out <file>", "the scenario file to write")
    .option("--force", "replace the --out file if it exists")
    .option("--year <year>", "the targets' year to take (default: the scenario's first year)", Number)
    .option("--digits <n>", "decimals to round the values to, 0 to 12 (default 2)")
    .addHelpText("after", "\nExample:\n  rcmp targets start scenarios/igc-1985.yaml igc-targets.csv --out igc-1985-impic.yaml\n")
    .action(action(startCommand));
}

async function impicCommand(index: string, o: {mapping: string; out?: string; force?: boolean}): Promise<void> {
  const mapping = parseTargetMapping(await readInputText(o.mapping), o.mapping);
  const result = importTargets(await readInputText(index), index, mapping);
  const text = targetsCsv(result.targets);
  const dropped = Object.entries(result.noLaw).filter(([, n]) => n > 0).map(([d, n]) => `${n} ${d}`);
  if (result.absent.length > 0) process.stderr.write(`note: ${index} has no ${result.absent.map((d) => mapping.dimensions[d].variable).join(", ")} (for ${result.absent.join(", ")})\n`);
  if (o.out === undefined) return void process.stdout.write(text);
  await writeOutputFile(o.out, text, {force: o.force, inputs: [index, o.mapping]});
  process.stderr.write(`wrote ${o.out}: ${result.targets.length} targets${dropped.length > 0 ? `; "no law" cells dropped: ${dropped.join(", ")}` : ""}\n`);
}

async function startCommand(file: string, targetsFile: string, o: {out: string; year?: number; digits?: string; force?: boolean}): Promise<void> {
  const digits = rangeOption("--digits", o.digits, 0, 12, 2);
  const text = await readInputText(file);
  const parsed = parseText(text, file);
  const scenario = validateScenario(parsed);
  const year = o.year ?? yearOf(0, scenario.calendar) ?? 0;
  if (!Number.isFinite(year)) throw new InputError(`--year expects a year, got "${o.year}"`);
  const {values, missing} = startValues(parseTargets(await readInputText(targetsFile), targetsFile), year, scenario);
  if (values.length === 0) throw new InputError(`${targetsFile}: no targets of ${year} for the scenario's states and dimensions`);
  const out = startScenarioText(parsed, text, values, digits, scenario.dimensions.map((d) => d.id));
  validateScenario(parseText(out, o.out));
  await writeOutputFile(o.out, out, {force: o.force, inputs: [file, targetsFile]});
  const kept = missing.map((m) => `${m.state} ${m.dimension}`).join(", ");
  process.stderr.write(`wrote ${o.out}: ${values.length} starting values from ${targetsFile} (${year})${kept ? `; no target, left as in the scenario: ${kept}` : ""}\n`);
}
