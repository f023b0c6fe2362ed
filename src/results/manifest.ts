/**
 * What every results folder's `manifest.json` holds in common, and the checks a reader makes
 * before it trusts a folder: the manifest is rcmp's, the folder is complete, and every file it
 * lists is present with the size and sha256 recorded. Pure: the caller hashes the files (Node's
 * crypto in `io/`, WebCrypto in the notebooks) and hands the digests in.
 */
import {InputError, type Problem} from "../scenario/problems.js";
import {folderKinds, manifestName, requiredFiles, type FolderKind} from "./layout.js";

/** One file of a folder as its manifest lists it: its path inside the folder, sha256 and size. */
export interface FileEntry {
  name: string;
  sha256: string;
  /** Size in bytes (absent in manifests of rcmp 0.1.0). */
  bytes?: number;
}

/** The fields every manifest has, and the ones readers use to describe and redo a folder. */
export interface ManifestHead {
  tool: "rcmp-sim";
  /** Absent in run manifests of rcmp 0.1.0 (then a run, or a replicated run if `replicates` is set). */
  kind?: FolderKind;
  version: string;
  /** A sweep's: `running` until every run has finished or failed. */
  status?: "running" | "complete";
  files?: FileEntry[];
  scenario?: {id?: string; file?: string};
  sweep?: {file?: string};
  shard?: {index: number; count: number} | null;
  overrides?: {path: string; value: unknown}[];
  replicates?: {count?: number; files?: FileEntry[]};
  arguments?: string[];
}

/** An input a folder was made from: its path as given and its sha256 (a resume or merge refuses an input that changed). */
export interface InputFile {
  file: string;
  sha256: string;
}

/** The head of the manifest of a folder that a long command fills over time (a sweep, a calibration). */
export interface GrowingManifest<K extends FolderKind> {
  tool: "rcmp-sim";
  kind: K;
  version: string;
  /** `running` while the command works; `complete` once it has finished (every run finished or failed). */
  status: "running" | "complete";
}

/** A file's digest as the reader computed it; undefined when the file is missing. */
export type Digest = {sha256: string; bytes: number} | undefined;

/** Parses a manifest's text; throws InputError (naming `folder`) when it is not an rcmp manifest. */
export function parseManifest(text: string | undefined, folder: string): ManifestHead {
  const file = `${folder}/${manifestName}`;
  if (text === undefined) {
    throw new InputError([{file, path: [], message: `missing: the folder is incomplete (a command stopped before it finished writing) or was not written by rcmp; rerun the command that makes it`}]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError([{file, path: [], message: "damaged: not JSON (cut short or changed after it was written); rerun the command that made the folder"}]);
  }
  const m = data as Partial<ManifestHead> | null;
  if (typeof m !== "object" || m === null || m.tool !== "rcmp-sim") throw new InputError([{file, path: [], message: "not a manifest written by rcmp (no \"tool\": \"rcmp-sim\")"}]);
  if (m.kind !== undefined && !folderKinds.includes(m.kind)) throw new InputError([{file, path: [], message: `unknown folder kind ${JSON.stringify(m.kind).slice(0, 40)} (expected one of ${folderKinds.join(", ")})`}]);
  for (const list of [m.files, m.replicates?.files]) {
    if (list !== undefined && (!Array.isArray(list) || list.some((f) => typeof f !== "object" || f === null))) {
      throw new InputError([{file, path: ["files"], message: "damaged: expected a list of {name, sha256, bytes}; rerun the command that made the folder"}]);
    }
  }
  return m as ManifestHead;
}

/** The kind of a folder from its manifest (rcmp 0.1.0's run manifests carry none). */
export function kindOf(m: ManifestHead): FolderKind {
  return m.kind ?? (m.replicates !== undefined ? "replicated" : "run");
}

/** Every file the manifest lists (rcmp 0.1.0 listed a replicated run's extra files apart). */
export function listedFiles(m: ManifestHead): FileEntry[] {
  return [...(m.files ?? []), ...(m.replicates?.files ?? [])];
}

/** Whether `name` is a plain relative path inside a folder (no `..`, no absolute path, no backslash). */
export function safeEntryName(name: unknown): name is string {
  return typeof name === "string" && name !== "" && !name.startsWith("/") && !name.includes("\\") &&
    name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** How to make the folder again, for error messages: the command that made it, or how to resume it. */
export function redoHint(m: ManifestHead, folder: string): string {
  const kind = kindOf(m);
  const shard = m.shard ? ` --shard ${m.shard.index}/${m.shard.count}` : "";
  if (kind === "sweep" && m.status === "running") return `complete it with: rcmp sweep ${m.sweep?.file ?? "<sweep file>"}${shard} --resume --out ${folder}`;
  if (kind === "sweep" && m.shard) return `make it again with: rcmp sweep ${m.sweep?.file ?? "<sweep file>"}${shard} --force --out ${folder}`;
  if (kind === "sweep") return `make it again with: rcmp sweep ${m.sweep?.file ?? "<sweep file>"} --force --out ${folder} (or, if it was merged, rcmp merge --force again)`;
  if (kind === "compare") return "make it again with rcmp compare ... --force";
  return `make it again with: rcmp run ${m.scenario?.file ?? "<scenario>"} --force --out ${folder} (with the same --seed, --set and --replicates as before)`;
}

/**
 * The problems that keep a reader from trusting a folder whose manifest is `m`: a sweep still
 * running, a kind the reader does not take, a manifest without file hashes, a file that is
 * missing, a different size or a different sha256 (`digests` holds what the reader found for
 * each listed name). Empty when the folder is whole.
 */
export function folderProblems(m: ManifestHead, folder: string, digests: ReadonlyMap<string, Digest>, accepted: readonly FolderKind[] = []): Problem[] {
  const kind = kindOf(m);
  const at = (name: string): Problem => ({file: `${folder}/${name}`, path: [], message: ""});
  const hint = redoHint(m, folder);
  if (kind === "sweep" && m.status !== "complete") return [{...at(manifestName), message: `the sweep is not complete (still running, or interrupted); ${hint}`}];
  if (accepted.length > 0 && !accepted.includes(kind)) return [{file: folder, path: [], message: `a ${kind} folder, where ${accepted.join(" or ")} folders are expected`}];
  const listed = listedFiles(m);
  if (m.files === undefined) return [{...at(manifestName), message: `lists no files with their sha256 (written by rcmp ${m.version}), so they cannot be checked; ${hint}`}];
  const problems: Problem[] = [];
  for (const name of requiredFiles[kind]) {
    if (!listed.some((f) => f.name === name)) problems.push({...at(manifestName), message: `does not list ${name}, which a ${kind} folder holds; ${hint}`});
  }
  for (const entry of listed) {
    if (!safeEntryName(entry.name) || typeof entry.sha256 !== "string") {
      problems.push({...at(manifestName), message: `lists a file outside the folder or without a sha256 (${JSON.stringify(entry.name).slice(0, 60)}); ${hint}`});
      continue;
    }
    const found = digests.get(entry.name);
    if (found === undefined) problems.push({...at(entry.name), message: `missing or not a plain file (manifest.json lists it); ${hint}`});
    else if ((entry.bytes !== undefined && found.bytes !== entry.bytes) || found.sha256 !== entry.sha256) {
      const size = entry.bytes !== undefined && found.bytes !== entry.bytes ? ` (${found.bytes} bytes, ${entry.bytes} when written)` : "";
      problems.push({...at(entry.name), message: `damaged: its sha256 differs from the one manifest.json records${size}, so it was cut short or changed after it was written; ${hint}`});
    }
  }
  return problems;
}
