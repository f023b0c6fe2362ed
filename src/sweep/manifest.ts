/**
 * A sweep folder's `manifest.json`: what produced it (tool, sweep and base scenario with their
 * sha256, arguments, Node version), when, and how it went. `rcmp sweep --resume` and
 * `rcmp merge` read it to check that folders belong to the same sweep.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {writeFileAtomicSync} from "../io/atomicWrite.js";
import {version} from "../version.js";
import type {SweepPlan} from "./loadSweep.js";
import type {Shard} from "./shard.js";
import {files} from "./resultFiles.js";
import type {FileEntry, GrowingManifest, InputFile} from "../results/manifest.js";
import {listFiles} from "../io/hashFiles.js";

/** The manifest of a sweep folder (or of a merged one). */
export interface SweepManifest extends GrowingManifest<"sweep"> {
  /** The sweep file. */
  sweep: InputFile;
  /** The scenario it varies. */
  base: InputFile;
  design: string;
  /** The design's own fields from the sweep file (`rcmp sensitivity` rebuilds the design's structure from them). */
  designOptions?: {samples?: number; secondOrder?: boolean; levels?: number; candidates?: number};
  seed: number;
  replicates: number;
  parameters: string[];
  record: string[];
  /** Design points and runs of the whole sweep. */
  points: number;
  runs: number;
  /** This folder's shard, or null for a whole sweep. */
  shard: Shard | null;
  /** Shard folders joined by `rcmp merge`, if any. */
  mergedFrom?: string[];
  arguments: string[];
  node: string;
  started: string;
  finished: string | null;
  wallSeconds: number | null;
  /** Runs of this folder: in total, succeeded, failed; `resumed` were done by an earlier invocation. */
  counts: {runs: number; ok: number; failed: number; resumed: number};
  /** Once complete: every file of the folder (figures and series included) with its sha256 and size. */
  files?: FileEntry[];
}

/** A manifest for a sweep starting now. */
export function startManifest(plan: SweepPlan, shard: Shard | undefined, args: string[], runs: number): SweepManifest {
  return {
    tool: "rcmp-sim", kind: "sweep", version, status: "running",
    sweep: {file: plan.file, sha256: plan.sweepSha}, base: {file: plan.baseFile, sha256: plan.baseSha},
    design: plan.spec.design, designOptions: designOptionsOf(plan), seed: plan.spec.seed, replicates: plan.spec.replicates,
    parameters: plan.design.parameters, record: plan.record, points: plan.points, runs: plan.runs,
    shard: shard ?? null, arguments: args, node: process.version, started: new Date().toISOString(),
    finished: null, wallSeconds: null, counts: {runs, ok: 0, failed: 0, resumed: 0}
  };
}

/** The sweep file's design fields, those given only. */
function designOptionsOf(plan: SweepPlan): NonNullable<SweepManifest["designOptions"]> {
  const {samples, secondOrder, levels, candidates} = plan.spec;
  return JSON.parse(JSON.stringify({samples, secondOrder, levels, candidates})) as NonNullable<SweepManifest["designOptions"]>;
}

/** Writes `manifest.json` into `dir` (atomically). */
export function writeManifest(dir: string, manifest: SweepManifest): void {
  writeFileAtomicSync(join(dir, files.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Writes the manifest of a finished folder: status `complete`, and every file listed with its sha256, last of all. */
export async function completeManifest(dir: string, manifest: SweepManifest): Promise<void> {
  writeManifest(dir, {...manifest, status: "complete", files: await listFiles(dir)});
}

/** The manifest in `dir`, or undefined when there is none (or it is not a sweep's). */
export function readManifest(dir: string): SweepManifest | undefined {
  const path = join(dir, files.manifest);
  if (!existsSync(path)) return undefined;
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as SweepManifest;
    return m.tool === "rcmp-sim" && m.kind === "sweep" ? m : undefined;
  } catch {
    return undefined;
  }
}
