/**
 * Writes one run's results folder (DESIGN section 5): manifest.json, scenario.yaml,
 * timeseries.csv, states.csv, summary.json and the convergence plot (SVG and PNG). Each file
 * is written to a temporary name and renamed.
 */
import {join} from "node:path";
import {writeFileAtomic, writeFilesAtomic} from "./atomicWrite.js";
import {sha256} from "./sha256.js";
import {resolvedScenarioYaml, statesCsv, summaryJson, timeseriesCsv} from "../results/runFiles.js";
import {tidyRows} from "../metrics/series.js";
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";
import {version} from "../version.js";

export interface RunRecord {
  /** The scenario file as given, and its text (hashed into the manifest). */
  source: {path: string; text: string};
  scenario: Scenario;
  result: RunResult;
  seed: number;
  ticks: number;
  /** The command-line arguments, for the manifest. */
  argv: string[];
  overrides: {path: string; value: unknown}[];
  wallSeconds: number;
  /** Draw the convergence plot (default true; a replicated run draws its own, with bands). */
  plot?: boolean;
}


/** Writes every file; returns their paths. */
export async function writeRun(dir: string, r: RunRecord): Promise<string[]> {
  const sets = r.overrides.map((o) => `--set ${o.path}=${JSON.stringify(o.value)}`).join(" ");
  const scenarioYaml = resolvedScenarioYaml(r.scenario, r.seed, r.ticks, [
    `resolved by rcmp ${version} from ${r.source.path}${sets ? ` with ${sets}` : ""}`,
    "every default is written out; `rcmp run` on this file reproduces the run"
  ]);
  const files: [string, string][] = [
    ["scenario.yaml", scenarioYaml],
    ["timeseries.csv", timeseriesCsv(r.result.series)],
    ["states.csv", statesCsv(r.result)],
    ["summary.json", summaryJson(r.result)]
  ];
  const written = await writeFilesAtomic(dir, files);
  if (r.plot ?? true) {
    const title = r.scenario.title || r.scenario.id;
    // Loaded on demand: jsdom and resvg take a second to load, which `validate` and bad input need not pay.
    const [{convergenceFigure}, {writeFigure}] = await Promise.all([import("../plot/convergenceFigure.js"), import("./writeFigure.js")]);
    written.push(...(await writeFigure(convergenceFigure([...tidyRows(r.result.series)].filter((row) => !Number.isNaN(row.value)), {title}), join(dir, "convergence"))));
  }
  const manifest = {
    tool: "rcmp-sim",
    version,
    scenario: {id: r.scenario.id, file: r.source.path, sha256: sha256(r.source.text), resolvedSha256: sha256(scenarioYaml)},
    seed: r.seed,
    ticks: r.ticks,
    overrides: r.overrides,
    arguments: r.argv,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    startedAt: new Date(Date.now() - r.wallSeconds * 1000).toISOString(),
    wallSeconds: Math.round(r.wallSeconds * 1000) / 1000,
    files: files.map(([name, text]) => ({name, sha256: sha256(text)}))
  };
  await writeFileAtomic(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  written.push(join(dir, "manifest.json"));
  return written;
}
