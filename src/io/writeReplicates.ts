/**
 * Adds the replicate files to a run folder that `writeRun` has written for replicate 0:
 * `replicates.csv`, `curves.csv`, the convergence plot with replicate bands, and a
 * `replicates` entry in `manifest.json`. Each file is written to a temporary name and renamed.
 */
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {writeFileAtomic, writeFilesAtomic} from "./atomicWrite.js";
import type {ReplicateBatch} from "../run/replicates.js";
import {replicateCurvesCsv, replicatesCsv} from "../results/replicateFiles.js";
import {sha256} from "./sha256.js";
import type {CurveRow} from "../plot/curveRow.js";

/** Metrics drawn in a replicated run's convergence plot (those the run has). */
export const replicatePlotMetrics = ["dispersion", "toStandard"];

/** How replicate seeds are made, for the manifest. */
export const replicateSeedRule = "replicate 0: the run's seed; replicate r ≥ 1: murmur3 mix of (seed, r) (replicateSeed in src/run/replicates.ts)";

/** Writes the replicate files into `dir` (which already holds replicate 0's files); returns their paths. */
export async function writeReplicates(dir: string, batch: ReplicateBatch, title: string): Promise<string[]> {
  const files: [string, string][] = [
    ["replicates.csv", replicatesCsv(batch)],
    ["curves.csv", replicateCurvesCsv(batch)]
  ];
  const written = await writeFilesAtomic(dir, files);
  written.push(...(await writeBandsPlot(dir, files[1][1], title, batch.seeds.length)));
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  manifest.replicates = {
    count: batch.seeds.length,
    seedRule: replicateSeedRule,
    note: "scenario.yaml, timeseries.csv, states.csv, summary.json are replicate 0's; replicates.csv and curves.csv cover every replicate",
    files: files.map(([name, text]) => ({name, sha256: sha256(text)}))
  };
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return written;
}

/** Draws `convergence.svg`/`.png` as the replicate mean with its 5–95% band. */
async function writeBandsPlot(dir: string, curvesText: string, title: string, replicates: number): Promise<string[]> {
  // Loaded on demand, as writeRun does: the figure code pulls in jsdom and resvg.
  const [{bandsFigure}, {writeFigure}, {curvesFromCurvesCsv}] = await Promise.all([
    import("../plot/bandsFigure.js"), import("./writeFigure.js"), import("../results/curvesFromCurvesCsv.js")
  ]);
  const rows: CurveRow[] = curvesFromCurvesCsv(curvesText, () => title, {metrics: replicatePlotMetrics});
  const figure = bandsFigure(rows, {
    metrics: replicatePlotMetrics.filter((m) => rows.some((r) => r.metric === m)),
    title: `${title}: ${replicates} replicates, mean with 5–95% band`
  });
  // One curve: the title names it, so the legend would only repeat it.
  return writeFigure({...figure, color: {...figure.color, legend: false}}, join(dir, "convergence"));
}
