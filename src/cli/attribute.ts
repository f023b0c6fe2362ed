/**
 * `rcmp attribute <scenario> [--metric m]... [--group g] [--replicates N] [--players a,b] [--set path=value]...
 * [--permutations P] [--exact-up-to K] [--workers N] [--out DIR] [--force]`: how much each
 * mechanism and each hegemonic channel contributes to the change of each metric (Shapley
 * values, src/analysis/attribution.ts); prints the table and writes attribution.csv, a bar chart
 * per metric and manifest.json.
 */
import {availableParallelism} from "node:os";
import type {Command} from "commander";
import {action} from "./action.js";
import {examplesHelp, type ManyRunsFlags, manyRunsOptions, rangeOption, repeatable, schemaOption} from "./options.js";
import {progressLine} from "./progress.js";
import {readInputText} from "../io/readScenario.js";
import {parseScenario} from "../scenario/load.js";
import {parseSetArg} from "../scenario/overrides.js";
import {InputError} from "../scenario/problems.js";
import {attribute, defaultAttributionMetrics, evaluateInProcess} from "../analysis/attribution.js";
import {attributionCsv, attributionText} from "../analysis/attributionText.js";
import {playerOf} from "../analysis/attributionPlayers.js";
import {maxPlayers} from "../analysis/shapley.js";
import {metricNames, scenarioMetricShape} from "../metrics/names.js";
import {writeResultsFolder} from "../io/resultsFolder.js";
import type {StagedFolder} from "../io/stagedFolder.js";
import {scenario as scenarioSchema} from "../scenario/schema.js";
import {maxReplicates} from "./run.js";
import {workersOf} from "./sweep.js";
import {sha256} from "../io/sha256.js";
import {version} from "../version.js";
import {metricLabel} from "../plot/metricLabel.js";

interface AttributeOptions extends ManyRunsFlags {
  metric: string[];
  group: string;
  replicates?: string;
  players?: string;
  permutations?: string;
  exactUpTo?: string;
  ticks?: string;
}

/** Registers `rcmp attribute`. */
export function registerAttribute(program: Command): void {
  const command = program
    .command("attribute")
    .description("Shapley values of the mechanisms and hegemonic channels on the change of each metric, with intervals over replicates")
    .argument("<scenario>", "scenario file, e.g. scenarios/teaching/hegemon.yaml")
    .option("--metric <m>", "a metric to attribute (repeatable; default dispersion, toStandard, toHegemon)", repeatable, [])
    .option("--group <g>", "the group the metrics are read for (all, region:<name>, process:<id>)", "all")
    .option("--replicates <n>", "replicates, each with its own seed (as rcmp run --replicates; default 10)")
    .option("--players <names>", "comma-separated mechanisms and channels (default: those on in the scenario, e.g. dialogue,capacityBuilding,hegemonBias)")
    .option("--permutations <n>", "orders sampled per replicate when there are more players than --exact-up-to (default 200)")
    .option("--exact-up-to <k>", "compute exactly over all 2^k coalitions up to this many players (default 10, at most 16)")
    .option("--ticks <n>", "ticks per run (default: the scenario's)");
  manyRunsOptions(command, {seed: "seed of replicate 0", set: "in every run", where: "results/<scenario id>/attribution/<time stamp>"}, poolFrom)
    .addHelpText("after", examplesHelp([
      "rcmp attribute scenarios/teaching/hegemon.yaml --metric toHegemon --out results/attribution-hegemon",
      "rcmp attribute scenarios/igc-1985.yaml --metric dispersion --replicates 20",
      "rcmp attribute scenarios/world-2004.yaml --players dialogue,capacityBuilding,clearingHouse,hegemonBias,agendaControl --replicates 4"
    ]))
    .action(action(async (file: string, o: AttributeOptions) => attributeCommand(file, o)));
}

/** The numeric options, read by the rules of rcmp run's. */
function numbers(o: AttributeOptions) {
  return {
    replicates: rangeOption("--replicates", o.replicates, 1, maxReplicates, 10),
    permutations: rangeOption("--permutations", o.permutations, 1, 100_000, 200),
    exactUpTo: rangeOption("--exact-up-to", o.exactUpTo, 0, 16, 10, " (2^16 coalitions per replicate; more players are sampled)"),
    seed: schemaOption("--seed", o.seed, scenarioSchema.shape.seed),
    ticks: schemaOption("--ticks", o.ticks, scenarioSchema.shape.ticks),
    workers: o.workers === undefined ? undefined : workersOf(o.workers)
  };
}

/** Runs at which a pool starts to pay for its start-up (about a second). */
const poolFrom = 3000;

async function attributeCommand(file: string, o: AttributeOptions): Promise<number> {
  const n = numbers(o);
  const overrides = o.set.map((arg) => parseSetArg(arg));
  const text = await readInputText(file);
  const scenario = parseScenario(text, file, overrides);
  const metrics = o.metric.length > 0 ? o.metric : defaultAttributionMetrics(scenario);
  checkOptions(scenario, metrics, o);
  const started = performance.now();
  const line = progressLine(o.quiet ?? false);
  const players = o.players?.split(",").map((p) => p.trim()).filter((p) => p !== "");
  // the pool records group all only: other groups run in this thread
  const workers = o.group !== "all" ? 1 : n.workers ?? availableParallelism();
  const a = await attribute(scenario, {
    metrics, group: o.group, replicates: n.replicates, players, exactUpTo: n.exactUpTo, permutations: n.permutations, seed: n.seed, ticks: n.ticks,
    evaluate: async (s, ps, runs, target) => {
      const pool = workers > 1 && runs.length >= (n.workers === undefined ? poolFrom : 1);
      line.show(0, `${runs.length} runs${pool ? ` on ${workers} workers` : ""}`);
      // the pool (Piscina) is loaded only when it is used, not at every command's start-up
      const onPool = pool ? (await import("../sweep/attributeOnPool.js")).attributeOnPool : undefined;
      return onPool
        ? onPool({text, file, overrides}, workers, (done, total) => line.show(done / total, `run ${done} of ${total}`))(s, ps, runs, target)
        : inChunks(runs, (part) => evaluateInProcess(s, ps, part, target), (done) => line.show(done / runs.length, `run ${done} of ${runs.length}`));
    }
  });
  line.clear();
  const wallSeconds = (performance.now() - started) / 1000;
  const table = attributionText(a, scenario.title || scenario.id);
  const {dir, value: figures} = await writeResultsFolder(
    {out: o.out, force: o.force, inputs: [{path: file, what: "the scenario attributed"}], defaultName: `${scenario.id}/attribution`},
    async (staged) => {
      await staged.write("attribution.csv", attributionCsv(a));
      await staged.write("attribution.txt", table);
      return writeFigures(staged, a);
    },
    () => ({
      tool: "rcmp-sim", version, kind: "attribution", scenario: {id: scenario.id, file, sha256: sha256(text)}, overrides,
      metrics, group: o.group, players: a.players.map((p) => p.name), method: a.plan.method, coalitions: a.plan.coalitions.length,
      permutations: a.plan.permutations.length, seeds: a.seeds, arguments: process.argv.slice(2), node: process.version, wallSeconds: Math.round(wallSeconds * 1000) / 1000
    })
  );
  process.stdout.write(o.quiet ? `${dir}\n` : `${table}\nfiles: attribution.csv, attribution.txt, ${figures.join(", ")}, manifest.json\nresults in ${dir}/ (${wallSeconds.toFixed(1)} s)\n`);
  return 0;
}

/** Bad metric, group or player names are bad input: exit 2 before anything runs. */
function checkOptions(scenario: Parameters<typeof defaultAttributionMetrics>[0], metrics: string[], o: AttributeOptions): void {
  const known = metricNames(scenarioMetricShape(scenario), o.group === "all" ? "all" : "group").filter((m) => m !== "hegemonPull");
  const problems = metrics.filter((m) => !known.includes(m)).map((m) => `--metric ${m}: ${m === "hegemonPull" ? "hegemonPull is itself the effect of the hegemonic channels: attribute toHegemon instead" : `unknown metric (expected one of ${known.join(", ")})`}`);
  for (const name of o.players?.split(",").map((p) => p.trim()).filter((p) => p !== "") ?? []) {
    try {
      playerOf(name);
    } catch (err) {
      problems.push(`--players: ${(err as Error).message.replace("unknown mechanism", "unknown player")}, hegemonBias`);
    }
  }
  if ((o.players?.split(",").length ?? 0) > maxPlayers) problems.push(`--players: at most ${maxPlayers}`);
  if (problems.length > 0) throw new InputError(problems.map((message) => ({path: [], message})));
}

/** One bar chart per metric: `attribution-<metric>.svg` and `.png`; returns the PNG names. */
async function writeFigures(staged: StagedFolder, a: Awaited<ReturnType<typeof attribute>>): Promise<string[]> {
  const {attributionFigure} = await import("../plot/attributionFigure.js");
  const names: string[] = [];
  for (const metric of a.metrics) {
    const name = `attribution-${metric.replace(/[^\w.-]/g, "_")}`;
    const bars = a.rows.filter((r) => r.metric === metric);
    const subtitle = `${a.scenario}: Shapley values, mean of ${a.seeds.length} replicates, lines the 90% interval; red: the hegemon's channels`;
    await staged.writeFigure(attributionFigure(bars, {metric, title: `What changes the ${metricLabel(metric)}`, subtitle}), name);
    names.push(`${name}.png`);
  }
  return names;
}

/** Evaluates runs in this thread a chunk at a time, reporting progress between chunks. */
async function inChunks<R, V>(runs: readonly R[], evaluate: (part: readonly R[]) => Promise<V[]>, progress: (done: number) => void): Promise<V[]> {
  const out: V[] = [];
  for (let k = 0; k < runs.length; k += 64) {
    out.push(...(await evaluate(runs.slice(k, k + 64))));
    progress(out.length);
  }
  return out;
}
