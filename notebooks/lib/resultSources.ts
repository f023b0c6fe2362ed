/**
 * Result folders written by the CLI, read from their text in the browser: a run folder
 * (`manifest.json` + `timeseries.csv`) or a sweep folder (`manifest.json` + `curves.csv`),
 * turned into the curve rows `bandsFigure` draws. A run is a curve whose band is the line itself.
 */
import type {CurveRow} from "../../src/plot/curveRow.js";
import type {CompareRow} from "../../src/plot/compareRow.js";
import {curvesFromCurvesCsv} from "../../src/results/curvesFromCurvesCsv.js";
import {curvesFromTimeseries} from "../../src/results/curvesFromTimeseries.js";
import {overrideText, parameterFormats, sweepLabelOf} from "../../src/results/labels.js";
import {chosenPoints} from "../../src/results/chosenPoints.js";

/** Short parameter names, as the CLI's figures use them (re-exported for the notebooks). */
export {shortNames} from "../../src/results/labels.js";

/** One loaded folder. */
export interface ResultSource {
  /** Folder name (or path under the picked folder). */
  name: string;
  kind: "run" | "sweep";
  /** One line about what produced it. */
  description: string;
  /** Curve rows, labelled within the source (a run: its scenario id; a sweep: `param=value, …`). */
  rows: CurveRow[];
  metrics: string[];
}

/** A compared row without its group: every source here keeps group `all`. */
const curveRow = ({group: _group, ...row}: CompareRow): CurveRow => row;

/** A run's label (scenario id and overrides) and the `--set` list for its description. */
function runLabel(name: string, manifest: {scenario?: {id?: string}; overrides?: {path: string; value: unknown}[]}): {label: string; sets: string[]} {
  const sets = (manifest.overrides ?? []).map(overrideText);
  return {label: [manifest.scenario?.id ?? name, ...sets].join(", "), sets};
}

/** A replicated run (`rcmp run --replicates N`): group `all` of its `curves.csv`, labelled like a run. */
export function replicatedSource(name: string, manifestText: string, curvesText: string): ResultSource {
  const manifest = JSON.parse(manifestText);
  const {label, sets} = runLabel(name, manifest);
  const rows = curvesFromCurvesCsv(curvesText, () => label, {}, `${name}/curves.csv`).map(curveRow);
  const description = `${manifest.replicates?.count ?? "several"} replicates of ${manifest.scenario?.file ?? "?"}` + (sets.length > 0 ? `, --set ${sets.join(" ")}` : "");
  return {name, kind: "run", description, rows, metrics: [...new Set(rows.map((r) => r.metric))]};
}

/** A run folder: the `all` group of `timeseries.csv`, labelled by the manifest's scenario id and overrides. */
export function runSource(name: string, manifestText: string, timeseriesText: string): ResultSource {
  const manifest = JSON.parse(manifestText);
  const {label, sets} = runLabel(name, manifest);
  const rows = curvesFromTimeseries(timeseriesText, label, {}, `${name}/timeseries.csv`).map(curveRow);
  const description = `run of ${manifest.scenario?.file ?? "?"}, seed ${manifest.seed}, ${manifest.ticks} ticks` +
    (sets.length > 0 ? `, --set ${sets.join(" ")}` : "");
  return {name, kind: "run", description, rows, metrics: [...new Set(rows.map((r) => r.metric))]};
}

/**
 * A sweep folder: `curves.csv`, each design point labelled `name=value, …` as the CLI's figures
 * do (values rounded to what tells them apart); a sweep of many points keeps 5 chosen ones
 * (lowest, quartiles, highest final dispersion), as `rcmp compare` does.
 */
export function sweepSource(name: string, manifestText: string, curvesText: string): ResultSource {
  const manifest = JSON.parse(manifestText);
  const parameters: string[] = manifest.parameters ?? [];
  const all = curvesFromCurvesCsv(curvesText, sweepLabelOf(parameters, undefined, parameterFormats(parameters, curvesText)), {}, `${name}/curves.csv`).map(curveRow);
  const chosen = chosenPoints(all, "dispersion", "this sweep");
  const rows = chosen.rows;
  const description = `sweep of ${manifest.base?.file ?? "?"}: ${manifest.design ?? "grid"} over ${parameters.join(", ") || "no parameter"}, ` +
    `${manifest.points} points × ${manifest.replicates} replicates${chosen.note ? `; ${chosen.note}` : ""}`;
  return {name, kind: "sweep", description, rows, metrics: [...new Set(rows.map((r) => r.metric))]};
}

/** A file of a picked folder: its path below the picked folder and a way to read it. */
export interface FolderFile {
  path: string;
  text: () => Promise<string>;
}

/**
 * Every result folder among the files: a folder holding `manifest.json`, `design.csv` and
 * `curves.csv` is a sweep; one with `curves.csv` but no design a replicated run; one with only
 * `timeseries.csv` a run. Other folders are skipped.
 */
export async function sourcesFromFiles(files: readonly FolderFile[]): Promise<ResultSource[]> {
  const folders = new Map<string, Map<string, FolderFile>>();
  for (const f of files) {
    const slash = f.path.lastIndexOf("/");
    const dir = slash < 0 ? "." : f.path.slice(0, slash);
    if (!folders.has(dir)) folders.set(dir, new Map());
    folders.get(dir)!.set(f.path.slice(slash + 1), f);
  }
  const sources: ResultSource[] = [];
  for (const [dir, byName] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const manifest = byName.get("manifest.json");
    if (manifest === undefined) continue;
    const curves = byName.get("curves.csv");
    const timeseries = byName.get("timeseries.csv");
    if (curves !== undefined && byName.has("design.csv")) sources.push(sweepSource(dir, await manifest.text(), await curves.text()));
    else if (curves !== undefined) sources.push(replicatedSource(dir, await manifest.text(), await curves.text()));
    else if (timeseries !== undefined) sources.push(runSource(dir, await manifest.text(), await timeseries.text()));
  }
  return sources;
}

/**
 * The rows of the chosen sources for one figure, labelled so that curves stay apart: a run keeps
 * its label (scenario id and overrides) unless another run has the same one, then its folder is
 * added; a sweep's points are prefixed with the sweep's folder when several sources are drawn.
 */
export function comparedRows(sources: readonly ResultSource[]): CurveRow[] {
  const runLabels = sources.filter((s) => s.kind === "run").map((s) => s.rows[0]?.label);
  const labelIn = (s: ResultSource, label: string): string => {
    if (s.kind === "run") return runLabels.filter((l) => l === label).length > 1 ? `${label} (${s.name})` : label;
    return sources.length > 1 ? `${s.name}: ${label}` : label;
  };
  return sources.flatMap((s) => s.rows.map((r) => ({...r, label: labelIn(s, r.label)})));
}
