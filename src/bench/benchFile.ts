/**
 * The file `npm run bench` writes (results/bench/<stamp>.json, or `--json FILE`): every figure of
 * the printed tables, as numbers. Its JSON Schema is printed by `npm run bench -- --schema`; the
 * file is checked against it before it is written.
 */
import {mkdirSync} from "node:fs";
import {dirname} from "node:path";
import {z} from "zod";
import {writeFileAtomic} from "../io/atomicWrite.js";

/** A measured number; null where it could not be measured (written as NaN would be). */
const num = z.number().nullable();

const load = z.object({
  loadavg: z.array(z.number()).describe("1, 5 and 15-minute load averages"),
  cpus: z.number().int(),
  busy: z.object({count: z.number().int(), names: z.array(z.string())}).nullable().describe("other processes using more than 10% of a core over a 1 s sample (null without /proc)")
});

const workload = z.object({
  key: z.string().describe("W1, W2, W2b or W2d (the anchors' workloads.json)"),
  title: z.string(),
  unit: z.string().describe("encounters/s (W1) or agent-updates/s (N × steps per second)"),
  engine: z.object({rates: z.array(num), median: num, steps: z.array(z.number().int()).describe("ticks run, per round")}),
  anchors: z.array(z.object({
    name: z.string(),
    rates: z.array(num).describe("per round, alternating with the engine"),
    median: num,
    ratios: z.array(num).describe("engine rate / anchor rate within each round"),
    ratio: num.describe("median of the ratios"),
    clusters: z.array(z.number().int()),
    major: z.array(z.number().int())
  })),
  target: z.string().nullable().describe("the anchor the ratio is judged against (the first of anchors)"),
  checks: z.array(z.object({ok: z.boolean(), text: z.string()}))
});

const scenario = z.object({
  scenario: z.string(), settings: z.string().describe("sweep settings or every metric"),
  states: z.number().int(), ticks: z.number().int(),
  msPerRun: num.describe("median over rounds of the mean milliseconds per run"), rounds: z.array(num)
});

const startup = z.object({
  rounds: z.number().int(),
  nodeAlone: num.describe("ms, `node -e \"\"` from spawn to exit"),
  help: z.object({wall: num, modules: z.number().int()}),
  run: z.object({
    firstTick: num.describe("ms from spawning `node` to the first tick of rcmp run scenarios/igc-1985.yaml"),
    beforeEngine: num.describe("ms from spawning to the start of the engine (start-up)"),
    cpuBeforeEngine: num.describe("CPU ms the process had used by the start of the engine (all its threads)"),
    engineToFirstTick: num, engineWhole: num, writing: num, wall: num,
    modulesAtFirstTick: z.number().int(), modules: z.number().int()
  })
});

/** The bench file's schema. Medians are of rounds; times in ms; rates in the row's unit. */
export const benchFile = z.object({
  format: z.literal("rcmp-bench"),
  version: z.literal(1),
  stamp: z.string().describe("UTC time the bench started, ISO 8601"),
  node: z.string(),
  quick: z.boolean(),
  anchors: z.string().nullable().describe("folder of the anchors used, or null"),
  notes: z.array(z.string()).describe("what was left out and why"),
  machine: z.object({before: load, after: load}),
  elementKinds: z.object({ok: z.boolean(), detail: z.string()}),
  workloads: z.array(workload),
  scenarios: z.array(scenario),
  startup: startup.nullable(),
  sweeps: z.array(z.object({name: z.string(), value: z.string(), detail: z.string()})).nullable(),
  eval: z.array(z.object({name: z.string(), value: z.string(), detail: z.string()})).nullable().describe("rcmp eval against rcmp sweep on the same points"),
  summary: z.array(z.object({name: z.string(), value: z.number().nullable(), unit: z.string(), target: z.string(), detail: z.string()}))
    .describe("the figures issue #12 judges, with their targets")
});

export type BenchFile = z.infer<typeof benchFile>;

/** The JSON Schema of the bench file. */
export function benchFileSchema(): Record<string, unknown> {
  return {...z.toJSONSchema(benchFile, {unrepresentable: "any"}), title: "rcmp-sim bench results", description: "What npm run bench measured, as written to results/bench/<stamp>.json."};
}

/** Checks the results against the schema and writes them. */
export async function writeBenchFile(path: string, data: BenchFile): Promise<void> {
  // through JSON first, so that a NaN (nothing measured) is null, as it is written
  const checked = benchFile.parse(JSON.parse(JSON.stringify(data)));
  mkdirSync(dirname(path), {recursive: true});
  await writeFileAtomic(path, `${JSON.stringify(checked, null, 2)}\n`);
}
