/**
 * What `rcmp compare` draws, from the text of result folders: which kind each folder is (a run,
 * a replicated run, a sweep), the curves it contributes, their labels, and the metrics kept.
 * Pure: the CLI reads the files, this decides; the notebooks can call it on fetched text.
 */
import type {CompareRow} from "../plot/compareRow.js";
import {curvesFromCurvesCsv} from "./curvesFromCurvesCsv.js";
import {curvesFromTimeseries, timeseriesGroups} from "./curvesFromTimeseries.js";
import {parseGroupOption, type GroupChoice} from "./groupOption.js";
import {designParameters, distinctLabels, overridesText, parameterFormats, scenarioTitle, sweepLabelOf} from "./labels.js";
import {chosenPoints} from "./chosenPoints.js";
import {InputError} from "../scenario/problems.js";
import {defaultCompareMetrics, replicateFiles, runFiles, type FolderKind} from "./layout.js";
import {kindOf, type ManifestHead} from "./manifest.js";

/** A results folder as read: its path, its name, and the text of each file it holds. */
export interface ResultFolder {
  /** The folder as given. */
  path: string;
  /** A short name for labels and messages (its last path segment). */
  name: string;
  manifest?: string;
  scenarioYaml?: string;
  timeseries?: string;
  curves?: string;
  design?: string;
}

/** The kinds of folder compare draws: `run` (timeseries.csv), `replicated` (a run with curves.csv), `sweep` (design.csv and curves.csv). */
export type ComparedKind = Exclude<FolderKind, "compare" | "sensitivity" | "calibration" | "score">;

/** What `compare` looks for in a folder, for error messages. */
export const lookedFor = "no timeseries.csv (as a run has) and no curves.csv (as a replicated run or a sweep has)";

export {defaultCompareMetrics};

/** The file compare draws each kind from. */
const drawnFrom = {run: "timeseries", replicated: "curves", sweep: "curves"} as const;
/** The name of each file a `ResultFolder` holds. */
const fileOf = {timeseries: runFiles.timeseries, curves: replicateFiles.curves} as const;

/** The manifest's fields compare uses; {} when absent or unreadable. */
type Manifest = Partial<ManifestHead>;

function manifestOf(f: ResultFolder): Manifest {
  try {
    return f.manifest === undefined ? {} : ((JSON.parse(f.manifest) as Manifest | null) ?? {});
  } catch {
    return {};
  }
}

/**
 * The kind of a folder: as its manifest names it (see `results/manifest.ts`), else (a folder
 * given as text alone) by the files it has; throws InputError for a folder that is none, naming
 * what it looked for.
 */
export function folderKind(f: ResultFolder): ComparedKind {
  const m = manifestOf(f);
  if (m.tool === "rcmp-sim") {
    const kind = kindOf(m as ManifestHead);
    if (kind === "compare" || kind === "sensitivity" || kind === "score") {
      throw new InputError(`${f.path} holds the output of rcmp ${kind}, not a run or sweep folder: compare the folders it was made from`);
    }
    if (kind === "calibration") throw new InputError(`${f.path} holds a calibration (rcmp calibrate), not a run or sweep folder: run its scenario.yaml (the posterior median) to compare it`);
    if (f[drawnFrom[kind]] === undefined) throw new InputError(`${f.path}: a ${kind} folder without ${fileOf[drawnFrom[kind]]}`);
    return kind;
  }
  if (f.design !== undefined || m.kind === "sweep") {
    if (f.curves === undefined) throw new InputError(`${f.path}: a sweep folder without curves.csv (still running or interrupted? complete it with rcmp sweep --resume)`);
    return "sweep";
  }
  if (f.curves !== undefined) return "replicated";
  if (f.timeseries !== undefined) return "run";
  throw new InputError(`${f.path} is not a results folder: it has ${lookedFor}`);
}

/** Options of `compareRows`. */
export interface CompareOptions {
  /** Metrics to draw; default `defaultCompareMetrics`. */
  metrics?: readonly string[];
  /** `all` (default), `region:<name>`, `process:<id>` or `by-region`. */
  group?: string;
  /** A label per folder (undefined: from the folder), in folder order. */
  labels?: readonly (string | undefined)[];
}

/** The assembled comparison. */
export interface Comparison {
  rows: CompareRow[];
  /** Metrics with rows, in the order asked. */
  metrics: string[];
  /** One label per folder (a sweep's is the prefix of its points' labels). */
  labels: string[];
  kinds: ComparedKind[];
  /** Per folder: whether its curves are replicate statistics (from curves.csv), not a single run's values. */
  banded: boolean[];
  group: GroupChoice;
  /** Things the user should know (a metric missing in one folder, region curves of replicate 0). */
  notes: string[];
}

/** Reads the folders' curves, labels them, and keeps the metrics asked for. Throws InputError for bad input. */
export function compareRows(folders: readonly ResultFolder[], o: CompareOptions = {}): Comparison {
  if (folders.length === 0) throw new InputError("no folders to compare");
  const group = parseGroupOption(o.group);
  const {kinds, labels} = describeFolders(folders, o.labels);
  const notes: string[] = [];
  const sweeps = kinds.filter((k) => k === "sweep").length;
  const keep = sweeps <= 1 ? 5 : sweeps === 2 ? 3 : 2;
  const perFolder = folders.map((f, k) => folderRows(f, kinds[k], labels[k], folders.length > 1, group, notes, {metric: o.metrics?.[0], keep}));
  const metrics = keptMetrics(folders, perFolder, o.metrics, notes);
  const rows = perFolder.flat().filter((r) => metrics.includes(r.metric));
  const banded = kinds.map((k) => k === "sweep" || (k === "replicated" && group.text === "all"));
  return {rows, metrics, labels, kinds, banded, group, notes};
}

/**
 * The kind and label of each folder, as compare (and compare.html) shows them: a run by its
 * scenario's title (then its id, then its folder name), a sweep by its sweep file's name; labels
 * made distinct among the folders given (see `distinctLabels`), `given` labels first.
 */
export function describeFolders(folders: readonly ResultFolder[], given: readonly (string | undefined)[] = []): {kinds: ComparedKind[]; labels: string[]} {
  const kinds = folders.map(folderKind);
  return {kinds, labels: folderLabels(folders, kinds, given)};
}

function folderLabels(folders: readonly ResultFolder[], kinds: ComparedKind[], given: readonly (string | undefined)[] = []): string[] {
  const entries = folders.map((f, k) => {
    const m = manifestOf(f);
    const own = kinds[k] === "sweep"
      ? (m.sweep?.file?.split(/[\\/]/).pop()?.replace(/\.ya?ml$/i, "") ?? f.name)
      : ((f.scenarioYaml === undefined ? undefined : scenarioTitle(f.scenarioYaml)) ?? m.scenario?.id ?? f.name);
    return {label: given[k] ?? own, detail: given[k] === undefined ? overridesText(m) : "", name: f.name};
  });
  const chosen = given.filter((g): g is string => g !== undefined);
  const twice = chosen.find((g, k) => chosen.indexOf(g) !== k);
  if (twice !== undefined) throw new InputError(`--label ${twice} is given to two folders; labels must differ`);
  return distinctLabels(entries);
}

/** The metrics of group `all` a folder has, in file order. */
export function folderMetrics(f: ResultFolder): string[] {
  const kind = folderKind(f);
  const rows = kind === "run" ? curvesFromTimeseries(f.timeseries as string, "", {}, `${f.path}/${runFiles.timeseries}`) : curvesFromCurvesCsv(f.curves as string, () => "", {}, `${f.path}/${replicateFiles.curves}`);
  return [...new Set(rows.map((r) => r.metric))];
}

function folderRows(f: ResultFolder, kind: ComparedKind, label: string, several: boolean, group: GroupChoice, notes: string[], choice: {metric?: string; keep: 5 | 3 | 2}): CompareRow[] {
  const file = (name: string) => `${f.path}/${name}`;
  if (kind === "sweep") {
    if (group.text !== "all") throw new InputError(`${f.path}: a sweep records group all only; --group ${group.text} needs run folders`);
    const parameters = designParameters(f.design ?? "");
    const labelOf = sweepLabelOf(parameters, undefined, parameterFormats(parameters, f.design ?? f.curves ?? ""));
    const chosen = chosenPoints(curvesFromCurvesCsv(f.curves as string, labelOf, {}, file("curves.csv")), choice.metric ?? defaultCompareMetrics[0], f.path, choice.keep);
    if (chosen.note) notes.push(chosen.note);
    return several ? chosen.rows.map((r) => ({...r, label: `${label}: ${r.label}`})) : chosen.rows;
  }
  if (group.text === "all") {
    return kind === "replicated"
      ? curvesFromCurvesCsv(f.curves as string, () => label, {}, file("curves.csv"))
      : curvesFromTimeseries(f.timeseries as string, label, {}, file("timeseries.csv"));
  }
  if (f.timeseries === undefined) throw new InputError(`${f.path}: no timeseries.csv, which --group ${group.text} reads`);
  if (kind === "replicated") notes.push(`${f.path}: ${group.text} curves are replicate 0's (curves.csv holds group all only)`);
  const rows = curvesFromTimeseries(f.timeseries, label, {group: group.test}, file("timeseries.csv"));
  if (rows.length === 0) {
    const present = timeseriesGroups(f.timeseries, file("timeseries.csv")).filter((g) => g !== "all");
    throw new InputError(`${f.path}: no ${group.text === "by-region" ? "region groups" : `group ${group.text}`} in timeseries.csv (it has: ${present.join(", ") || "group all only"})`);
  }
  return rows;
}

function keptMetrics(folders: readonly ResultFolder[], perFolder: CompareRow[][], asked: readonly string[] | undefined, notes: string[]): string[] {
  const has = perFolder.map((rows) => new Set(rows.map((r) => r.metric)));
  const everywhere = [...new Set(has.flatMap((s) => [...s]))];
  const wanted = asked ?? defaultCompareMetrics;
  const kept = wanted.filter((m) => has.some((s) => s.has(m)));
  const absent = wanted.filter((m) => !kept.includes(m));
  if (kept.length === 0 || (asked !== undefined && absent.length > 0)) {
    throw new InputError(`no folder has metric${absent.length > 1 ? "s" : ""} ${absent.join(", ")} (they have: ${everywhere.join(", ")})`);
  }
  for (const m of kept) {
    const missing = folders.filter((_, k) => !has[k].has(m)).map((f) => f.path);
    if (missing.length > 0) notes.push(`${m} is not in ${missing.join(", ")}`);
  }
  return kept;
}
