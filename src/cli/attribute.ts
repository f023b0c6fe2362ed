/**
 * `rcmp attribute <scenario> [--metric m]... [--group g] [--replicates N] [--players a,b] [--set path=value]...
 * [--permutations P] [--exact-up-to K] [--workers N] [--out DIR] [--force]`: how much each
 * mechanism and each hegemonic channel contributes to the change of each metric (Shapley
 * values, src/analysis/attribution.ts); prints the table and writes attribution.csv, a bar chart
 * per metric and manifest.json.
 */
import {availableParallelism} from "node:os";
import {join} from "node:path";
import type {Command} from "commander";
import {action} from "./action.js";
import {intOption, resultsFolderOptions} from "./options.js";
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
import {defaultOutput, prepareOutput} from "../io/outputFolder.js";
import {writeFileAtomic} from "../io/atomicWrite.js";
import {sha256} from "../io/sha256.js";
import {attributeOnPool} from "../sweep/attributeOnPool.js";
import {version} from "../version.js";
import {metricLabel} from "../plot/metricLabel.js";

interface AttributeOptions {
  metric: string[];
  group: string;
  replicates: number;
  players?: string;
  set: string[];
  permutations: number;
  exactUpTo: number;
  seed?: number;
  ticks?: number;
  workers?: number;
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Runs at which a pool starts to pay for its start-up (about a second). */
const poolFrom = 3000;

/** Registers `rcmp attribute`. */
export function registerAttribute(program: Command): void {
  const command = program
    .command("attribute")
    .description("Shapley values of the mechanisms and hegemonic channels on the change of each metric, with intervals over replicates")
    .argument("<scenario>", "scenario file, e.g. scenarios/teaching/hegemon.yaml")
    .option("--metric <m>", "a metric to attribute (repeatable; default dispersion, toStandard, toHegemon)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--group <g>", "the group the metrics are read for (all, region:<name>, process:<id>)", "all")
    .option("--replicates <n>", "replicates, each with its own seed (as rcmp run --replicates)", intOption("--replicates"), 10)
    .option("--players <names>", "comma-separated mechanisms and channels (default: those on in the scenario, e.g. dialogue,capacityBuilding,hegemonBias)")
    .option("--set <path=value>", "override a scenario value (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--permutations <n>", "orders sampled per replicate when there are more players than --exact-up-to", intOption("--permutations"), 200)
    .option("--exact-up-to <k>", "compute exactly over all 2^k coalitions up to this many players", intOption("--exact-up-to"), 10)
    .option("--seed <n>", "seed of replicate 0 (default: the scenario's)", intOption("--seed"))
    .option("--ticks <n>", "ticks per run (default: the scenario's)", intOption("--ticks"))
    .option("--workers <n>", "runs at once (default: the cores, for 3,000 runs or more; else 1)", intOption("--workers"));
  resultsFolderOptions(command, "results/<scenario id>/attribution/<time stamp>")
    .addHelpText("after", "\nExamples:\n  rcmp attribute scenarios/teaching/hegemon.yaml --metric toHegemon --out results/attribution-hegemon\n" +
      "  rcmp attribute scenarios/igc-1985.yaml --metric dispersion --replicates 20\n" +
      "  rcmp attribute scenarios/world-2004.yaml --players dialogue,capacityBuilding,clearingHouse,hegemonBias,agendaControl --replicates 4\n")
    .action(action(async (file: string, o: AttributeOptions) => attributeCommand(file, o)));
}

async function attributeCommand(file: string, o: AttributeOptions): Promise<number> {
  const overrides = o.set.map((arg) => parseSetArg(arg));
  const text = await readInputText(file);
  const scenario = parseScenario(text, file, overrides);
  const metrics = o.metric.length > 0 ? o.metric : defaultAttributionMetrics(scenario);
  checkOptions(scenario, metrics, o);
  const out = o.out ?? (await defaultOutput(`${scenario.id}/attribution`));
  await prepareOutput(out, o.force ?? false);
  const started = performance.now();
  const line = progressLine(o.quiet ?? false);
  const players = o.players?.split(",").map((p) => p.trim()).filter((p) => p !== "");
  // the pool records group all only: other groups run in this thread
  const workers = o.group !== "all" ? 1 : o.workers ?? availableParallelism();
  const a = await attribute(scenario, {
    metrics, group: o.group, replicates: o.replicates, players, exactUpTo: o.exactUpTo, permutations: o.permutations, seed: o.seed, ticks: o.ticks,
    evaluate: (s, ps, runs, target) => {
      const pool = workers > 1 && runs.length >= (o.workers === undefined ? poolFrom : 1);
      line.show(0, `${runs.length} runs${pool ? ` on ${workers} workers` : ""}`);
      return pool
        ? attributeOnPool({text, file, overrides}, workers, (done, total) => line.show(done / total, `run ${done} of ${total}`))(s, ps, runs, target)
        : inChunks(runs, (part) => evaluateInProcess(s, ps, part, target), (done) => line.show(done / runs.length, `run ${done} of ${runs.length}`));
    }
  });
  line.clear();
  const wallSeconds = (performance.now() - started) / 1000;
  const table = attributionText(a, scenario.title || scenario.id);
  await writeFileAtomic(join(out, "attribution.csv"), attributionCsv(a));
  await writeFileAtomic(join(out, "attribution.txt"), table);
  const figures = await writeFigures(out, a);
  await writeFileAtomic(join(out, "manifest.json"), `${JSON.stringify({
    tool: "rcmp-sim", version, command: "attribute", scenario: {id: scenario.id, file, sha256: sha256(text)}, overrides,
    metrics, group: o.group, players: a.players.map((p) => p.name), method: a.plan.method, coalitions: a.plan.coalitions.length,
    permutations: a.plan.permutations.length, seeds: a.seeds, arguments: process.argv.slice(2), node: process.version, wallSeconds: Math.round(wallSeconds * 1000) / 1000
  }, null, 2)}\n`);
  process.stdout.write(o.quiet ? `${out}\n` : `${table}\nfiles: attribution.csv, attribution.txt, ${figures.join(", ")}, manifest.json\nresults in ${out}/ (${wallSeconds.toFixed(1)} s)\n`);
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
  if (o.replicates < 1) problems.push("--replicates expects a whole number ≥ 1");
  if (o.exactUpTo > 16) problems.push(`--exact-up-to ${o.exactUpTo}: at most 16 (2^16 coalitions per replicate); more players are sampled`);
  if ((o.players?.split(",").length ?? 0) > maxPlayers) problems.push(`--players: at most ${maxPlayers}`);
  if (problems.length > 0) throw new InputError(problems.map((message) => ({path: [], message})));
}

/** One bar chart per metric: `attribution-<metric>.svg` and `.png`; returns the PNG names. */
async function writeFigures(out: string, a: Awaited<ReturnType<typeof attribute>>): Promise<string[]> {
  const [{attributionFigure}, {writeFigure}] = await Promise.all([import("../plot/attributionFigure.js"), import("../io/writeFigure.js")]);
  const names: string[] = [];
  for (const metric of a.metrics) {
    const name = `attribution-${metric.replace(/[^\w.-]/g, "_")}`;
    const bars = a.rows.filter((r) => r.metric === metric);
    const subtitle = `${a.scenario}: Shapley values, mean of ${a.seeds.length} replicates, lines the 90% interval; red: the hegemon's channels`;
    await writeFigure(attributionFigure(bars, {metric, title: `What changes the ${metricLabel(metric)}`, subtitle}), join(out, name));
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
