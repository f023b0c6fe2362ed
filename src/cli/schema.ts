/**
 * `rcmp schema [--sweep | --eval | --calibration | --calibration-shard | --mapping | --targets] [--out file]`:
 * writes the JSON Schema of scenario files (or of sweep, calibration or mapping files, of a split
 * calibration's shard files, of `rcmp eval`'s JSON-lines rows, or of a targets CSV's rows), so
 * editors and programs can check them
 * (e.g. `# yaml-language-server: $schema=scenario.schema.json`).
 */
import type {Command} from "commander";
import {z} from "zod";
import {action} from "./action.js";
import {examplesHelp} from "./options.js";
import {scenario} from "../scenario/schema.js";
import {sweepSchema} from "../sweep/sweepSchema.js";
import {evalOutcomeSchema, evalRowSchema} from "../eval/evalSchema.js";
import {calibrationSchema} from "../calibrate/calibrationSchema.js";
import {shardFileSchema} from "../calibrate/calibrationShard.js";
import {targetMappingSchema} from "../results/targetMapping.js";
import {writeOutputFile} from "../io/writeOutputFile.js";
import {InputError} from "../scenario/problems.js";

/**
 * The JSON Schema of a file format (as written: defaults shown, none required), with its title
 * and description; each field's description ends with its default.
 */
function jsonSchemaOf(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  return {...withDefaultsDescribed(z.toJSONSchema(schema, {io: "input", unrepresentable: "any"}) as Record<string, unknown>), title, description};
}

/**
 * Appends ` Default: <value>.` to the description of every node that has a default, so that an
 * editor's hover text says it (the value comes from the schema's `.default()`, the only place
 * defaults live). Returns a new object.
 */
export function withDefaultsDescribed<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withDefaultsDescribed) as T;
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === "default" || key === "const" ? value : withDefaultsDescribed(value);
  if ("default" in out && typeof out.description === "string") {
    const empty = typeof out.default === "object" && out.default !== null && Object.keys(out.default).length === 0 && !Array.isArray(out.default);
    out.description = `${out.description.replace(/\.?$/, ".")} Default: ${JSON.stringify(out.default)}${empty ? " (every field at its own default)" : ""}.`;
  }
  return out as T;
}

/** The JSON Schema of scenario files. */
export const scenarioJsonSchema = (): Record<string, unknown> =>
  jsonSchemaOf(scenario, "rcmp-sim scenario", "One run's world for rcmp-sim: states, processes, facilitators, dynamics, events, metrics.");

/** The JSON Schema of sweep files. */
export const sweepJsonSchema = (): Record<string, unknown> =>
  jsonSchemaOf(sweepSchema, "rcmp-sim sweep", "A parameter sweep for rcmp-sim: base scenario, design, parameters (paths of rcmp run --set), replicates, recorded metrics.");

/** The JSON Schema of an `rcmp eval` input row, with the output line under `$defs.outcome`. */
export function evalJsonSchema(): Record<string, unknown> {
  const row = z.toJSONSchema(evalRowSchema, {io: "input", unrepresentable: "any"}) as Record<string, unknown>;
  const {$schema: _, ...outcome} = z.toJSONSchema(evalOutcomeSchema, {io: "output", unrepresentable: "any"}) as Record<string, unknown>;
  return {...row, title: "rcmp-sim eval row", $defs: {outcome: {...outcome, title: "rcmp-sim eval outcome"}}};
}

/** The JSON Schema of calibration files. */
export const calibrationJsonSchema = (): Record<string, unknown> =>
  jsonSchemaOf(calibrationSchema, "rcmp-sim calibration", "A calibration for rcmp calibrate: base scenario, targets file, parameters (paths of rcmp run --set) with priors, what to fit, ABC-SMC settings.");

/** The JSON Schema of a split calibration's shard files (`rcmp calibrate --shard i/n` writes them into the folder's shards/). */
export const calibrationShardJsonSchema = (): Record<string, unknown> =>
  jsonSchemaOf(shardFileSchema, "rcmp-sim calibration shard",
    "One task's share of one generation of a split calibration (rcmp calibrate --shard i/n): the distances of the proposals i, i + n, ... below the bound; rcmp calibrate --collect merges them.");

/** The JSON Schema of target mapping files (rcmp targets impic --mapping). */
export const mappingJsonSchema = (): Record<string, unknown> =>
  jsonSchemaOf(targetMappingSchema, "rcmp-sim target mapping",
    "How rcmp targets impic reads a policy index (tidy rows state, year, variable, value) into targets: which variable per dimension, 1 − x or not, the \"no law\" value.");

/**
 * The JSON Schema of one row of a targets file. Targets are CSV, not JSON: a header naming the
 * columns (state, year, dimension, value and optionally sd; others are ignored), then one row
 * per observation, each of which must match this schema.
 */
export function targetsJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "rcmp-sim targets (one row of the CSV)",
    description: "Targets are a CSV file with the header state,year,dimension,value[,sd] (other columns are ignored; a row per observation; a (state, year, dimension) at most once). " +
      "Used by rcmp calibrate (what to fit) and rcmp score (what to score against). This schema describes one row, its cells read as numbers where numbers are expected.",
    type: "object",
    required: ["state", "year", "dimension", "value"],
    properties: {
      state: {type: "string", minLength: 1, description: "a state id of the scenario (e.g. DEU); rows of other states are left out with a note"},
      year: {type: "number", description: "calendar year; a whole year stands for its first tick (1990 = tick of 1990.0); without a calendar, a tick"},
      dimension: {type: "string", minLength: 1, description: "a dimension id of the scenario (e.g. asylum); rows of other dimensions are left out with a note"},
      value: {type: "number", minimum: 0, maximum: 1, description: "the observed position on the model's scale"},
      sd: {type: "number", exclusiveMinimum: 0, description: "optional (empty for none): the value's uncertainty; a per-state position error is divided by it (default 1)"}
    }
  };
}

/** The schemas `rcmp schema` writes, by option. */
const schemas: Record<string, () => Record<string, unknown>> = {
  sweep: sweepJsonSchema, eval: evalJsonSchema, calibration: calibrationJsonSchema, calibrationShard: calibrationShardJsonSchema,
  mapping: mappingJsonSchema, targets: targetsJsonSchema
};

/** `--calibration-shard` for `calibrationShard`. */
const flag = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

interface SchemaOptions {
  out?: string;
  force?: boolean;
  sweep?: boolean;
  eval?: boolean;
  calibration?: boolean;
  calibrationShard?: boolean;
  mapping?: boolean;
  targets?: boolean;
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print (or write) the JSON Schema of scenario files (or of sweep, eval, calibration, calibration shard, mapping or targets files), for editors")
    .option("--sweep", "the schema of sweep files instead")
    .option("--eval", "the schema of rcmp eval's JSON-lines input rows instead (its output lines under $defs.outcome)")
    .option("--calibration", "the schema of calibration files (rcmp calibrate) instead")
    .option("--calibration-shard", "the schema of a split calibration's shard files (rcmp calibrate --shard i/n) instead")
    .option("--mapping", "the schema of target mapping files (rcmp targets impic --mapping) instead")
    .option("--targets", "the schema of one row of a targets CSV (state,year,dimension,value[,sd]) instead")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .addHelpText("after", examplesHelp(["rcmp schema --out scenario.schema.json", "rcmp schema --calibration --out calibration.schema.json"]))
    .action(
      action(async (o: SchemaOptions) => {
        const chosen = Object.keys(schemas).filter((k) => o[k as keyof SchemaOptions]);
        if (chosen.length > 1) throw new InputError(`choose one of ${chosen.map(flag).join(", ")}`);
        const text = `${JSON.stringify(chosen.length === 1 ? schemas[chosen[0]]() : scenarioJsonSchema(), null, 2)}\n`;
        if (o.out) {
          await writeOutputFile(o.out, text, {force: o.force});
          process.stderr.write(`wrote ${o.out}\n`);
        } else process.stdout.write(text);
      })
    );
}
