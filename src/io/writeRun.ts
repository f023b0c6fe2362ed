/**
 * Writes one run's results folder (DESIGN section 5), once and whole: scenario.yaml,
 * timeseries.csv (streamed, so a long run's file is never one string), states.csv,
 * summary.json, positions.csv (when the run was asked to record positions: every replicate's,
 * for a replicated run), the figures of `runFigures` (SVG and PNG: convergence, positions, and
 * regions when there are many), and for a replicated run replicates.csv, curves.csv and a
 * convergence figure with replicate bands; then manifest.json last, listing every file with
 * its sha256, and the folder is renamed into place (see `StagedFolder`).
 */
import type * as Plot from "@observablehq/plot";
import {sha256} from "./sha256.js";
import {resolvedScenarioYaml, statesCsv, summaryJson, timeseriesLines} from "../results/runFiles.js";
import {positionsFileLines} from "../results/positionsCsv.js";
import {replicateCurvesCsv, replicatesCsv} from "../results/replicateFiles.js";
import {replicateFiles, replicatePlotMetrics, runFiles} from "../results/layout.js";
import {setArguments} from "../results/labels.js";
import type {RunResult} from "../run/simulate.js";
import type {ReplicateBatch} from "../run/replicates.js";
import type {Scenario} from "../scenario/schema.js";
import {version} from "../version.js";
import {checkOutput} from "./outputFolder.js";
import {StagedFolder, type Destination} from "./stagedFolder.js";

export interface RunRecord {
  /** The scenario file as given, and its text (hashed into the manifest). */
  source: {path: string; text: string};
  scenario: Scenario;
  /** The run (replicate 0 of a replicated run). */
  result: RunResult;
  seed: number;
  ticks: number;
  /** The command-line arguments, for the manifest. */
  argv: string[];
  overrides: {path: string; value: unknown}[];
  /** Mechanisms left out (`--skip`), recorded in the manifest and scenario.yaml's header when any. */
  skip?: readonly string[];
  wallSeconds: number;
  /** Every replicate, for a replicated run (`rcmp run --replicates N`, N ≥ 2). */
  replicates?: ReplicateBatch;
  /**
   * Write positions.csv from the positions the run recorded (default true); false when they were
   * recorded for the positions figure only, not asked for (`rcmp run` without `--positions`).
   */
  positionsFile?: boolean;
  /** Draw the figures (default true). */
  plot?: boolean;
}

/** Options of {@link writeRun}. */
export interface WriteRunOptions {
  /** Replace a results folder already at `dir` (default false: refuse it). */
  force?: boolean;
  /** How the CLI found `dir` (it checks before running); default: checked here. */
  destination?: Destination;
}

/** How replicate seeds are made, for the manifest. */
export const replicateSeedRule = "replicate 0: the run's seed; replicate r ≥ 1: murmur3 mix of (seed, r) (replicateSeed in src/run/replicates.ts)";

/** Writes the folder; returns where it went (`dir`, or `dir-2`, ... if another process filled `dir` meanwhile). */
export async function writeRun(dir: string, r: RunRecord, o: WriteRunOptions = {}): Promise<string> {
  const staged = await StagedFolder.create(dir, o.destination ?? (await checkOutput(dir, o.force ?? false)));
  try {
    const skips = (r.skip ?? []).map((name) => `--skip ${name}`).join(" ");
    const args = [r.overrides.length > 0 ? setArguments(r.overrides) : "", skips].filter((a) => a !== "").join(" ");
    const scenarioYaml = resolvedScenarioYaml(r.scenario, r.seed, r.ticks, [
      `resolved by rcmp ${version} from ${r.source.path}${args ? ` with ${args}` : ""}`,
      skips === "" ? "every default is written out; `rcmp run` on this file reproduces the run" : `every default is written out; \`rcmp run\` on this file with ${skips} reproduces the run`
    ]);
    await staged.write(runFiles.scenario, scenarioYaml);
    await staged.writeLines(runFiles.timeseries, timeseriesLines(r.result.series));
    await staged.write(runFiles.states, statesCsv(r.result));
    await staged.write(runFiles.summary, summaryJson(r.result));
    const batch = r.replicates !== undefined && r.replicates.seeds.length > 1 ? r.replicates : undefined;
    const positions = batch?.positions ?? (r.result.positions ? [r.result.positions] : undefined);
    if (positions !== undefined && (r.positionsFile ?? true)) await staged.writeLines(runFiles.positions, positionsFileLines(positions));
    const curves = batch ? replicateCurvesCsv(batch) : undefined;
    if (batch !== undefined && curves !== undefined) {
      await staged.write(replicateFiles.replicates, replicatesCsv(batch));
      await staged.write(replicateFiles.curves, curves);
    }
    if (r.plot ?? true) {
      const {runFigures} = await import("../plot/runFigures.js");
      // A replicated run's convergence figure shows the replicates' bands instead of replicate 0's groups.
      if (curves !== undefined) await staged.writeFigure(await bandsPlot(curves, batch!.seeds.length, r.scenario), runFiles.figure);
      for (const figure of runFigures(r.scenario, r.result, {convergence: curves === undefined})) await staged.writeFigure(figure.options, figure.name);
    }
    return await staged.commit(manifestOf(r, scenarioYaml, batch));
  } catch (err) {
    await staged.abort();
    throw err;
  }
}

function manifestOf(r: RunRecord, scenarioYaml: string, batch: ReplicateBatch | undefined): Record<string, unknown> {
  return {
    tool: "rcmp-sim",
    kind: batch ? "replicated" : "run",
    version,
    scenario: {id: r.scenario.id, file: r.source.path, sha256: sha256(r.source.text), resolvedSha256: sha256(scenarioYaml)},
    seed: r.seed,
    ticks: r.ticks,
    overrides: r.overrides.map(({path, value}) => ({path, value})),
    ...(r.skip !== undefined && r.skip.length > 0 ? {skip: [...r.skip]} : {}),
    ...(batch ? {replicates: {
      count: batch.seeds.length,
      seedRule: replicateSeedRule,
      note: "scenario.yaml, timeseries.csv, states.csv, summary.json are replicate 0's; replicates.csv and curves.csv cover every replicate"
    }} : {}),
    arguments: r.argv,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    startedAt: new Date(Date.now() - r.wallSeconds * 1000).toISOString(),
    wallSeconds: Math.round(r.wallSeconds * 1000) / 1000
  };
}

/** A replicated run's figure: the replicate mean with its 5–95% band, of the scenario's figure metrics (those curves.csv has: all states'). */
async function bandsPlot(curvesText: string, replicates: number, scenario: Scenario): Promise<Plot.PlotOptions> {
  const [{bandsFigure}, {curvesFromCurvesCsv}, {figureMetrics}] = await Promise.all([
    import("../plot/bandsFigure.js"), import("../results/curvesFromCurvesCsv.js"), import("../plot/figureChoice.js")
  ]);
  const title = scenario.title || scenario.id;
  const metrics = figureMetrics(scenario);
  const rows = curvesFromCurvesCsv(curvesText, () => title, {metrics});
  const figure = bandsFigure(rows, {
    metrics: metrics.filter((m) => rows.some((row) => row.metric === m)),
    title: `${title}: ${replicates} replicates, mean with 5–95% band`
  });
  // One curve: the title names it, so the legend would only repeat it.
  return {...figure, color: {...figure.color, legend: false}};
}
