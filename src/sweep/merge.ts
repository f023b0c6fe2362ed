/**
 * `merge()`: joins the folders of a sharded sweep (`--shard i/n`, i = 0..n−1) into one folder
 * whose design.csv, runs.csv, failures.csv and curves.csv are byte-identical to those of the
 * same sweep run unsharded. Refuses folders from different sweeps, missing or repeated
 * shards, and shards not yet complete.
 */
import {closeSync, copyFileSync, existsSync, openSync, readdirSync, renameSync} from "node:fs";
import {join, relative} from "node:path";
import {InputError} from "../scenario/problems.js";
import {temporaryName} from "../io/temporary.js";
import {checkOutput, isInside} from "../io/outputFolder.js";
import {StagedFolder} from "../io/stagedFolder.js";
import {verifyResultFolder} from "../io/verifyFolder.js";
import {fileError} from "../io/fileErrors.js";
import {csvRecords, FdWriter, leadingId, type CsvRecordAt} from "./csvFile.js";
import {readManifest, type SweepManifest} from "./manifest.js";
import {ensureDir, files} from "./resultFiles.js";

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

/**
 * Reads and cross-checks the shards' manifests; returns them and their folders in shard order.
 * Each shard is checked whole first (`verifyResultFolder`): a shard not complete, or whose
 * runs.csv (or any file) is missing, cut short or changed, is refused.
 */
export async function checkShards(folders: readonly string[]): Promise<{manifests: SweepManifest[]; ordered: string[]}> {
  if (folders.length === 0) throw new InputError("merge: give the shard folders to join");
  const manifests: SweepManifest[] = [];
  for (const dir of folders) {
    const m = readManifest(dir);
    if (m === undefined) throw new InputError(`merge: ${dir} holds no sweep manifest.json`);
    if (m.shard === null) throw new InputError(`merge: ${dir} holds a whole sweep, not a shard (made with --shard i/n)`);
    if (m.status !== "complete") throw new InputError(`merge: shard ${m.shard.index}/${m.shard.count} in ${dir} is not complete: finish it with rcmp sweep ${m.sweep.file} --shard ${m.shard.index}/${m.shard.count} --resume --out ${dir}`);
    await verifyResultFolder(dir, {kinds: ["sweep"]});
    manifests.push(m);
  }
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

/** Joins shard folders into `options.out`, written whole or not at all. */
export async function merge(folders: readonly string[], options: MergeOptions): Promise<MergeResult> {
  const started = performance.now();
  const {manifests, ordered} = await checkShards(folders);
  const out = options.out;
  for (const f of ordered) if (isInside(out, f) || isInside(f, out)) throw new InputError(`merge: --out ${out} must be neither a shard folder, nor inside one, nor hold one (${f})`);
  const staged = await StagedFolder.create(out, await checkOutput(out, options.force ?? false, ordered));
  try {
    const dir = staged.dir;
    const counts = {design: 0, runs: 0, failures: 0};
    counts.design = mergeSorted(ordered.map((f) => join(f, files.design)), join(dir, files.design));
    counts.runs = mergeSorted(ordered.map((f) => join(f, files.runs)), join(dir, files.runs));
    counts.failures = mergeSorted(ordered.map((f) => join(f, files.failures)), join(dir, files.failures));
    mergeSorted(ordered.map((f) => join(f, files.curves)), join(dir, files.curves));
    copySeries(ordered, dir);
    const first = manifests[0];
    const figures = options.plots ?? true ? await (await import("./sweepPlots.js")).writeSweepPlots(dir, {design: first.design, parameters: first.parameters, record: first.record, points: first.points}) : {paths: [], notes: []};
    const manifest: SweepManifest = {
      ...first, status: "complete", shard: null, mergedFrom: ordered, arguments: options.argv ?? [], node: process.version,
      started: new Date(Date.now() - (performance.now() - started)).toISOString(), finished: new Date().toISOString(),
      wallSeconds: (performance.now() - started) / 1000,
      counts: {runs: manifests.reduce((s, m) => s + m.counts.runs, 0), ok: counts.runs, failed: counts.failures, resumed: 0}
    };
    delete manifest.files;
    const placed = await staged.commit({...manifest});
    const plots = figures.paths.map((p) => join(placed, relative(dir, p)));
    return {dir: placed, shards: manifests.length, runs: counts.design, ok: counts.runs, failed: counts.failures, plots, notes: figures.notes};
  } catch (err) {
    await staged.abort();
    throw fileError(err, "write", out, `nothing was written to ${out}`);
  }
}

/** Copies each shard's per-run files (series/ and positions/) into the merged folder. */
function copySeries(folders: readonly string[], out: string): void {
  for (const folder of [files.series, files.positions]) {
    for (const f of folders) {
      const from = join(f, folder);
      if (!existsSync(from)) continue;
      ensureDir(join(out, folder));
      for (const name of readdirSync(from)) if (name.endsWith(".csv")) copyFileSync(join(from, name), join(out, folder, name));
    }
  }
}
