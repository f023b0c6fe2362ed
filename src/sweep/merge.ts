/**
 * `merge()`: joins the folders of a sharded sweep (`--shard i/n`, i = 0..n−1) into one folder
 * whose design.csv, runs.csv, failures.csv and curves.csv are byte-identical to those of the
 * same sweep run unsharded. Refuses folders from different sweeps, missing or repeated
 * shards, and shards not yet complete.
 */
import {closeSync, copyFileSync, existsSync, openSync, readdirSync, renameSync} from "node:fs";
import {join, resolve} from "node:path";
import {InputError} from "../scenario/problems.js";
import {temporaryName} from "../io/atomicWrite.js";
import {csvRecords, FdWriter, leadingId, type CsvRecordAt} from "./csvFile.js";
import {readManifest, writeManifest, type SweepManifest} from "./manifest.js";
import {ensureDir, files, removeResults} from "./resultFiles.js";

/** Options of {@link merge}. */
export interface MergeOptions {
  out: string;
  /** Replace the results in a non-empty `out`. */
  force?: boolean;
  /** Draw the figures (default true). */
  plots?: boolean;
  /** Recorded in manifest.json. */
  argv?: string[];
}

/** What a merge produced. */
export interface MergeResult {
  dir: string;
  shards: number;
  runs: number;
  ok: number;
  failed: number;
  plots: string[];
  notes: string[];
}

/** Reads and cross-checks the shards' manifests; returns them and their folders in shard order. */
export function checkShards(folders: readonly string[]): {manifests: SweepManifest[]; ordered: string[]} {
  if (folders.length === 0) throw new InputError("merge: give the shard folders to join");
  const manifests = folders.map((dir) => {
    const m = readManifest(dir);
    if (m === undefined) throw new InputError(`merge: ${dir} holds no sweep manifest.json`);
    if (m.shard === null) throw new InputError(`merge: ${dir} holds a whole sweep, not a shard (made with --shard i/n)`);
    if (m.status !== "complete") throw new InputError(`merge: shard ${m.shard.index}/${m.shard.count} in ${dir} is not complete: finish it with rcmp sweep ${m.sweep.file} --shard ${m.shard.index}/${m.shard.count} --resume --out ${dir}`);
    return m;
  });
  const first = manifests[0];
  manifests.forEach((m, k) => {
    const what = m.sweep.sha256 !== first.sweep.sha256 ? "sweep file" : m.base.sha256 !== first.base.sha256 ? "base scenario" : m.shard!.count !== first.shard!.count ? "number of shards" : m.version !== first.version ? "rcmp version" : undefined;
    if (what) throw new InputError(`merge: ${folders[k]} and ${folders[0]} differ in their ${what}: they are not shards of one sweep`);
  });
  const count = first.shard!.count;
  const byIndex: SweepManifest[] = new Array(count);
  const ordered: string[] = new Array(count);
  manifests.forEach((m, k) => {
    if (byIndex[m.shard!.index]) throw new InputError(`merge: shard ${m.shard!.index}/${count} is given twice (${folders[k]})`);
    byIndex[m.shard!.index] = m;
    ordered[m.shard!.index] = folders[k];
  });
  const missing = Array.from({length: count}, (_, i) => i).filter((i) => !byIndex[i]);
  if (missing.length > 0) throw new InputError(`merge: missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count}`);
  return {manifests: byIndex, ordered};
}

/**
 * Merges files sorted by the id in their first cell into one, sorted the same way (ties keep
 * file order). Headers must agree. Streams: holds one record per file.
 */
export function mergeSorted(paths: readonly string[], out: string): number {
  const iterators = paths.map((p) => csvRecords(p));
  let header: string | undefined;
  const heads: (CsvRecordAt | undefined)[] = iterators.map((it, k) => {
    const h = it.next().value;
    if (h !== undefined && header !== undefined && h.text !== header) throw new InputError(`merge: ${paths[k]} has other columns than ${paths[0]}`);
    header ??= h?.text;
    return it.next().value;
  });
  const temporary = temporaryName(out);
  const fd = openSync(temporary, "w");
  let rows = 0;
  try {
    const w = new FdWriter(fd);
    if (header !== undefined) w.add(`${header}\n`);
    for (;;) {
      let best = -1;
      for (let k = 0; k < heads.length; k++) {
        if (heads[k] !== undefined && (best < 0 || leadingId(heads[k]!.text) < leadingId(heads[best]!.text))) best = k;
      }
      if (best < 0) break;
      w.add(`${heads[best]!.text}\n`);
      rows += 1;
      heads[best] = iterators[best].next().value;
    }
    w.flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, out);
  return rows;
}

/** Joins shard folders into `options.out`. */
export async function merge(folders: readonly string[], options: MergeOptions): Promise<MergeResult> {
  const started = performance.now();
  const {manifests, ordered} = checkShards(folders);
  const out = options.out;
  if (ordered.some((f) => resolve(f) === resolve(out))) throw new InputError("merge: --out must not be one of the shard folders");
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!options.force) throw new InputError(`output folder ${out} is not empty: add --force to replace its results`);
    removeResults(out);
  }
  ensureDir(out);
  const counts = {design: 0, runs: 0, failures: 0};
  counts.design = mergeSorted(ordered.map((f) => join(f, files.design)), join(out, files.design));
  counts.runs = mergeSorted(ordered.map((f) => join(f, files.runs)), join(out, files.runs));
  counts.failures = mergeSorted(ordered.map((f) => join(f, files.failures)), join(out, files.failures));
  mergeSorted(ordered.map((f) => join(f, files.curves)), join(out, files.curves));
  copySeries(ordered, out);
  const first = manifests[0];
  const figures = options.plots ?? true ? await (await import("./sweepPlots.js")).writeSweepPlots(out, {design: first.design, parameters: first.parameters, record: first.record, points: first.points}) : {paths: [], notes: []};
  writeManifest(out, {
    ...first, status: "complete", shard: null, mergedFrom: ordered, arguments: options.argv ?? [], node: process.version,
    started: new Date(Date.now() - (performance.now() - started)).toISOString(), finished: new Date().toISOString(),
    wallSeconds: (performance.now() - started) / 1000,
    counts: {runs: manifests.reduce((s, m) => s + m.counts.runs, 0), ok: counts.runs, failed: counts.failures, resumed: 0}
  });
  return {dir: out, shards: manifests.length, runs: counts.design, ok: counts.runs, failed: counts.failures, plots: figures.paths, notes: figures.notes};
}

function copySeries(folders: readonly string[], out: string): void {
  for (const f of folders) {
    const from = join(f, files.series);
    if (!existsSync(from)) continue;
    ensureDir(join(out, files.series));
    for (const name of readdirSync(from)) if (name.endsWith(".csv")) copyFileSync(join(from, name), join(out, files.series, name));
  }
}
