/**
 * Result folders written by the CLI, read in the browser from their files: each folder with a
 * `manifest.json` is checked as the CLI checks it (every file the manifest lists present, with
 * the size and sha256 recorded: hashed with WebCrypto where the browser offers it, else checked
 * for presence and size only), then described, labelled and turned into curve rows by the
 * CLI's own code (`src/results`), so that a folder gets the same kind and label here as in
 * `rcmp compare`.
 */
import type {CurveRow} from "../../src/plot/curveRow.js";
import {compareRows, describeFolders, folderMetrics, type ComparedKind, type ResultFolder} from "../../src/results/compareRows.js";
import {folderProblems, listedFiles, parseManifest, type Digest, type ManifestHead} from "../../src/results/manifest.js";
import {folderName, manifestName, replicateFiles, runFiles, sweepFiles} from "../../src/results/layout.js";
import {setArguments} from "../../src/results/labels.js";
import {InputError, formatProblem} from "../../src/scenario/problems.js";

/** Short parameter names, as the CLI's figures use them (re-exported for the notebooks). */
export {shortNames} from "../../src/results/labels.js";

/** One loaded folder. */
export interface ResultSource {
  /** Folder path below the picked folder (unique among the sources). */
  name: string;
  kind: ComparedKind;
  /** One line about what produced it, with the `--set` arguments `rcmp run` takes. */
  description: string;
  /** The folder's text, as `rcmp compare` reads it. */
  folder: ResultFolder;
  /** Metrics of group `all` it has. */
  metrics: string[];
  /** How its files were checked: by sha256 (WebCrypto), or (without WebCrypto) for presence and size only. */
  checked: "sha256" | "presence";
}

/** A file of a picked folder: its path below the picked folder and a way to read it. */
export interface FolderFile {
  path: string;
  text: () => Promise<string>;
  /** Its bytes (default: the text, as UTF-8). */
  bytes?: () => Promise<Uint8Array>;
}

/** The sha256 of bytes as lowercase hex, by WebCrypto; undefined where the browser has none (an insecure page). */
export async function webSha256(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** What `sourcesFromFiles` found: the folders that passed the checks, and why the others were left out. */
export interface LoadedSources {
  sources: ResultSource[];
  /** One line per problem of a folder left out (missing or damaged files, an unfinished sweep). */
  problems: string[];
}

/** The files compare reads, by the field of `ResultFolder` that holds each. */
const read = {scenarioYaml: runFiles.scenario, timeseries: runFiles.timeseries, curves: replicateFiles.curves, design: sweepFiles.design} as const;

/**
 * Every results folder among the files (a folder is where a `manifest.json` is; its files are
 * those below it), checked, described and sorted by name. Folders that fail the checks are left
 * out, with their problems.
 */
export async function sourcesFromFiles(files: readonly FolderFile[]): Promise<LoadedSources> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const dirs = files.filter((f) => f.path === manifestName || f.path.endsWith(`/${manifestName}`)).map((f) => f.path.slice(0, -manifestName.length - 1) || ".");
  const sources: ResultSource[] = [];
  const problems: string[] = [];
  for (const dir of dirs.sort((a, b) => a.localeCompare(b))) {
    const fileAt = (name: string) => byPath.get(dir === "." ? name : `${dir}/${name}`);
    try {
      sources.push(await loadFolder(dir, fileAt));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map(formatProblem));
    }
  }
  return {sources, problems};
}

async function loadFolder(dir: string, fileAt: (name: string) => FolderFile | undefined): Promise<ResultSource> {
  const manifestText = await fileAt(manifestName)!.text();
  const manifest = parseManifest(manifestText, dir);
  const digests = new Map<string, Digest>();
  let checked: ResultSource["checked"] = "sha256";
  for (const entry of listedFiles(manifest)) {
    const file = fileAt(entry.name);
    if (file === undefined) {
      digests.set(entry.name, undefined);
      continue;
    }
    const bytes = file.bytes ? await file.bytes() : new TextEncoder().encode(await file.text());
    const sha256 = await webSha256(bytes);
    if (sha256 === undefined) checked = "presence";
    digests.set(entry.name, {sha256: sha256 ?? entry.sha256, bytes: bytes.length});
  }
  const problems = folderProblems(manifest, dir, digests, ["run", "replicated", "sweep"]);
  if (problems.length > 0) throw new InputError(problems);
  const folder: ResultFolder = {path: dir, name: folderName(dir), manifest: manifestText};
  for (const [key, name] of Object.entries(read) as [keyof typeof read, string][]) {
    if (listedFiles(manifest).some((f) => f.name === name)) folder[key] = await fileAt(name)!.text();
  }
  const kind = describeFolders([folder]).kinds[0];
  // A sweep of many points is drawn as 5 chosen ones, as rcmp compare draws it: the note says which.
  const notes = kind === "sweep" ? compareRows([folder]).notes.map((n) => `; ${n}`).join("") : "";
  return {name: dir, kind, description: describe(kind, manifest as ManifestHead & Record<string, unknown>) + notes, folder, metrics: folderMetrics(folder), checked};
}

/** One line on what made the folder: for a run, the file, seed, ticks and the `--set` arguments that `rcmp run` takes. */
function describe(kind: ComparedKind, m: ManifestHead & Record<string, unknown>): string {
  if (kind === "sweep") {
    const parameters = (m.parameters as string[] | undefined) ?? [];
    return `sweep of ${(m.base as {file?: string} | undefined)?.file ?? "?"}: ${m.design ?? "grid"} over ${parameters.join(", ") || "no parameter"}, ${m.points} points × ${m.replicates} replicates`;
  }
  const sets = setArguments(m.overrides);
  const what = kind === "replicated" ? `${m.replicates?.count ?? "several"} replicates of ${m.scenario?.file ?? "?"}` : `run of ${m.scenario?.file ?? "?"}`;
  return `${what}, seed ${m.seed}, ${m.ticks} ticks${sets ? `, ${sets}` : ""}`;
}

/**
 * The rows of the chosen sources for one figure, kept to `metrics` and labelled as `rcmp compare`
 * labels the same folders compared together (titles; distinct labels; a sweep's points prefixed
 * with its name when several folders are drawn).
 */
export function comparedRows(sources: readonly ResultSource[], metrics?: readonly string[]): CurveRow[] {
  if (sources.length === 0) return [];
  return compareRows(sources.map((s) => s.folder), {metrics}).rows.map(({group: _group, ...row}) => row);
}

/** The labels `rcmp compare` gives these sources, in order. */
export function sourceLabels(sources: readonly ResultSource[]): string[] {
  return describeFolders(sources.map((s) => s.folder)).labels;
}
