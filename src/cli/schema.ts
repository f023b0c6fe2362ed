/**
 * `rcmp schema [--sweep | --eval] [--out file]`: writes the JSON Schema of scenario files (or of
 * sweep files, or of `rcmp eval`'s JSON-lines rows), so editors and programs can check them
 * (e.g. `# yaml-language-server: $schema=scenario.schema.json`).
 */
import type {Command} from "commander";
import {z} from "zod";
import {action} from "./action.js";
import {scenario} from "../scenario/schema.js";
import {sweepSchema} from "../sweep/sweepSchema.js";
import {evalOutcomeSchema, evalRowSchema} from "../eval/evalSchema.js";
import {writeOutputFile} from "../io/writeOutputFile.js";

/** The JSON Schema of scenario files as written (defaults shown, none required). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenario, {io: "input", unrepresentable: "any"}) as Record<string, unknown>;
  return {...schema, title: "rcmp-sim scenario", description: "One run's world for rcmp-sim: states, processes, facilitators, dynamics, events, metrics."};
}

/** The JSON Schema of sweep files as written. */
export function sweepJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(sweepSchema, {io: "input", unrepresentable: "any"}) as Record<string, unknown>;
  return {...schema, title: "rcmp-sim sweep", description: "A parameter sweep for rcmp-sim: base scenario, design, parameters (paths of rcmp run --set), replicates, recorded metrics."};
}

/** The JSON Schema of an `rcmp eval` input row, with the output line under `$defs.outcome`. */
export function evalJsonSchema(): Record<string, unknown> {
  const row = z.toJSONSchema(evalRowSchema, {io: "input", unrepresentable: "any"}) as Record<string, unknown>;
  const {$schema: _, ...outcome} = z.toJSONSchema(evalOutcomeSchema, {io: "output", unrepresentable: "any"}) as Record<string, unknown>;
  return {...row, title: "rcmp-sim eval row", $defs: {outcome: {...outcome, title: "rcmp-sim eval outcome"}}};
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print (or write) the JSON Schema of scenario files, for editors")
    .option("--sweep", "the schema of sweep files instead")
    .option("--eval", "the schema of rcmp eval's JSON-lines input rows instead (its output lines under $defs.outcome)")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .action(
      action(async (o: {out?: string; sweep?: boolean; eval?: boolean; force?: boolean}) => {
        const schema = o.eval ? evalJsonSchema() : o.sweep ? sweepJsonSchema() : scenarioJsonSchema();
        const text = `${JSON.stringify(schema, null, 2)}\n`;
        if (o.out) {
          await writeOutputFile(o.out, text, {force: o.force});
          process.stderr.write(`wrote ${o.out}\n`);
        } else process.stdout.write(text);
      })
    );
}
