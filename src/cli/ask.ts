/**
 * `rcmp ask <question file> [--draws N] [--replicates R] [--seed S] [--set path=value]... [--workers N]
 * [--out DIR] [--force]`: tests the claim of a question scenario over its uncertain assumptions
 * (src/analysis/ask.ts); prints the report and writes ask.txt, ask.csv, the figure of the effect
 * against the assumption that matters most, and manifest.json.
 */
import {availableParallelism} from "node:os";
import type {Command} from "commander";
import {action} from "./action.js";
import {examplesHelp, type ManyRunsFlags, manyRunsOptions, rangeOption, schemaOption} from "./options.js";
import {progressLine} from "./progress.js";
import {readInputText} from "../io/readScenario.js";
import {parseText, placeProblems, validateScenario} from "../scenario/load.js";
import {parseSetArg} from "../scenario/overrides.js";
import {InputError} from "../scenario/problems.js";
import {askPlan, questionMetricProblems, type AskPlan} from "../analysis/ask.js";
import {askSummary, type AskSummary} from "../analysis/askSummary.js";
import {askCsv, askText, askVerdict} from "../analysis/askText.js";
import {askInProcess} from "../analysis/askRuns.js";
import {drawnRank} from "../analysis/priors.js";
import {tQuantile} from "../analysis/stats.js";
import {sobolUnit} from "../sweep/sobol.js";
import {writeResultsFolder} from "../io/resultsFolder.js";
import type {StagedFolder} from "../io/stagedFolder.js";
import {scenario as scenarioSchema} from "../scenario/schema.js";
import {maxReplicates} from "./run.js";
import {workersOf} from "./sweep.js";
import {sha256} from "../io/sha256.js";
import {version} from "../version.js";

interface AskOptions extends ManyRunsFlags {
  draws?: string;
  replicates?: string;
}

/** Registers `rcmp ask`. */
export function registerAsk(program: Command): void {
  manyRunsOptions(program.command("ask"), {seed: "seed of the draws and runs", set: "in every run", where: "results/<scenario id>/ask/<time stamp>"}, poolFrom)
    .description("test a question scenario's claim over its uncertain assumptions: the effect, the share of draws where the claim holds, what it depends on")
    .argument("<question>", "a scenario with a question block (README.md, Questions; the JSON Schema of `rcmp schema`), e.g. scenarios/questions/caribbean-agenda.yaml")
    .option("--draws <n>", "draws of the assumptions (Sobol' points; default: the question's, 32)")
    .option("--replicates <n>", "replicates per draw and variant (default: the question's, 4)")
    .addHelpText("after", examplesHelp(["rcmp ask scenarios/questions/caribbean-agenda.yaml",
      "rcmp ask scenarios/questions/fragmentation.yaml --draws 64 --replicates 4 --out results/fragmentation"]))
    .action(action(async (file: string, o: AskOptions) => askCommand(file, o)));
}

/** Runs from which a pool pays for its start-up (about a second). */
const poolFrom = 2000;

async function askCommand(file: string, o: AskOptions): Promise<number> {
  const given = {
    draws: o.draws === undefined ? undefined : rangeOption("--draws", o.draws, 1, 65_536, 1),
    replicates: o.replicates === undefined ? undefined : rangeOption("--replicates", o.replicates, 1, maxReplicates, 1),
    seed: schemaOption("--seed", o.seed, scenarioSchema.shape.seed),
    workers: o.workers === undefined ? undefined : workersOf(o.workers)
  };
  const overrides = o.set.map((arg) => parseSetArg(arg));
  const text = await readInputText(file);
  const parsed = parseText(text, file);
  const scenario = validateScenario(parsed, overrides);
  const q = scenario.question;
  if (q === undefined) throw new InputError([{file, path: [], message: "no question block: `rcmp ask` takes a scenario with `question:` (see README.md, Questions)"}]);
  const problems = questionMetricProblems(scenario);
  if (problems.length > 0) throw new InputError(placeProblems(parsed, problems));
  const assumptions = Object.keys(q.assumptions).length;
  const draws = assumptions === 0 ? 1 : given.draws ?? q.draws;
  const plan = askPlan(scenario, sobolUnit(draws, assumptions, given.seed ?? scenario.seed), {replicates: given.replicates, seed: given.seed});
  const started = performance.now();
  const line = progressLine(o.quiet ?? false);
  const progress = (done: number) => line.show(done / plan.runs.length, `run ${done} of ${plan.runs.length}`);
  // the pool records group all only: other groups run in this thread
  const workers = q.group !== "all" ? 1 : given.workers ?? (plan.runs.length >= poolFrom ? availableParallelism() : 1);
  const values = workers > 1
    ? await (await import("../sweep/askOnPool.js")).askOnPool({text, file, overrides}, workers, plan.runs, plan.target, progress)
    : askInProcess(parsed, overrides, plan.runs, plan.target, progress);
  line.clear();
  const summary = askSummary(plan, values);
  const seconds = (performance.now() - started) / 1000;
  const report = askText(plan, summary, `${scenario.title || scenario.id}`, seconds);
  const {dir, value: figure} = await writeResultsFolder(
    {out: o.out, force: o.force, inputs: [{path: file, what: "the question asked"}], defaultName: `${scenario.id}/ask`},
    async (staged) => {
      await staged.write("ask.txt", report);
      await staged.write("ask.csv", askCsv(plan, summary));
      return writeAskFigure(staged, plan, summary, scenario.id);
    },
    () => ({
      tool: "rcmp-sim", version, kind: "ask", scenario: {id: scenario.id, file, sha256: sha256(text)}, overrides, question: q,
      draws: summary.draws.length, replicates: plan.replicates, runs: plan.runs.length, seed: given.seed ?? scenario.seed,
      answer: {meanEffect: summary.meanEffect, low: summary.low, high: summary.high, holds: summary.holds, clearlyHolds: summary.clearlyHolds, clearlyFails: summary.clearlyFails, verdict: askVerdict(summary)},
      arguments: process.argv.slice(2), node: process.version, wallSeconds: Math.round(seconds * 1000) / 1000
    })
  );
  process.stdout.write(o.quiet ? `${dir}\n` : `${report}\nfiles: ask.txt, ask.csv, ${figure}, manifest.json\nresults in ${dir}/\n`);
  return 0;
}

/** The effect against the most influential assumption (or against the draw, without assumptions). */
async function writeAskFigure(staged: StagedFolder, plan: AskPlan, s: AskSummary, id: string): Promise<string> {
  const {askFigure} = await import("../plot/askFigure.js");
  const top = s.influence[0]?.path;
  const j = top === undefined ? -1 : plan.assumptions.indexOf(top);
  const prior = top === undefined ? undefined : plan.question.assumptions[top];
  const t = plan.replicates > 1 ? tQuantile(0.95, plan.replicates - 1) : NaN;
  const points = s.draws.map((d) => ({x: j < 0 ? d.draw : drawnRank(prior!, plan.values[d.draw][j]), effect: d.effect, half: t * d.se, holds: d.holds}));
  const [a, b] = plan.compare;
  await staged.writeFigure(askFigure(points, {
    assumption: top ?? "draw", effect: `${plan.target.metric} with ${a} − with ${b}`, margin: plan.question.margin, expect: plan.question.expect,
    choices: prior?.choice?.map(String), logX: prior?.loguniform !== undefined, title: plan.question.claim,
    subtitle: `${id}: holds in ${Math.round(100 * s.holds)}% of ${s.draws.length} draws; a dot per draw (mean of ${plan.replicates} replicates), a line its 90% interval`
  }), "ask-effect");
  return "ask-effect.png";
}
