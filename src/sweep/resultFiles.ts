/**
 * The files of a sweep's result folder, their columns, and the writers that stream rows into
 * them as runs finish.
 */
import {closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, truncateSync} from "node:fs";
import {join} from "node:path";
import {csvLine, type CsvValue} from "../results/csv.js";
import {temporaryName} from "../io/temporary.js";
import {manifestName, sweepFiles} from "../results/layout.js";
import {completeLength, copyRange, FdWriter, indexById} from "./csvFile.js";

/** File names inside a sweep folder (defined with every results folder's in `results/layout.ts`). */
export const files = {manifest: manifestName, ...sweepFiles} as const;

/** The spool file inside a sweep folder. */
export const spoolPath = (dir: string): string => join(dir, files.spool, "curves.bin");

/** The leading columns of design.csv and runs.csv. */
export const runKeyColumns = ["run", "point", "replicate", "seed"];
/** Columns of failures.csv. */
export const failureColumns = ["run", "point", "replicate", "seed", "error"];
/** Columns of curves.csv after `point` and the parameters. */
export const curveStatColumns = ["metric", "tick", "year", "n", "mean", "p05", "p50", "p95"];

/**
 * Writes a file from rows in one go, through a temporary name: `rows` yields lines (each ending
 * in a line break).
 */
export function writeLinesAtomic(path: string, header: readonly string[], rows: Iterable<string>): void {
  const temporary = temporaryName(path);
  const fd = openSync(temporary, "w");
  try {
    const out = new FdWriter(fd);
    out.add(csvLine(header));
    for (const row of rows) out.add(row);
    out.flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * An append-only CSV log (runs.csv, failures.csv): a torn last line left by a kill is cut off
 * when it opens, the header is written when the file is new, and each row is written at once.
 */
export class AppendLog {
  private readonly fd: number;
  constructor(readonly path: string, header: readonly string[]) {
    if (existsSync(path)) truncateSync(path, completeLength(path));
    const fresh = !existsSync(path) || statSync(path).size === 0;
    this.fd = openSync(path, "a");
    if (fresh) this.flushNow(csvLine(header));
  }
  private flushNow(line: string): void {
    const w = new FdWriter(this.fd);
    w.add(line);
    w.flush();
  }
  /** Appends rows, in one write. */
  append(rows: readonly (readonly CsvValue[])[]): void {
    if (rows.length > 0) this.flushNow(rows.map(csvLine).join(""));
  }
  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Rewrites a log sorted by the id in its first cell (ids below `size`), keeping the last record
 * of each id and only ids that `keep` accepts; records with the wrong number of cells are left
 * out. Reads one record at a time, so the file is never held whole.
 */
export function sortLog(path: string, header: readonly string[], size: number, keep: (id: number) => boolean = () => true): number {
  if (!existsSync(path)) {
    writeLinesAtomic(path, header, []);
    return 0;
  }
  const {offsets, lengths} = indexById(path, size, header.length);
  const temporary = temporaryName(path);
  const from = openSync(path, "r");
  const to = openSync(temporary, "w");
  let count = 0;
  try {
    const out = new FdWriter(to);
    out.add(csvLine(header));
    for (let id = 0; id < size; id++) {
      if (offsets[id] < 0 || !keep(id)) continue;
      copyRange(from, offsets[id], lengths[id], out);
      count += 1;
    }
    out.flush();
  } finally {
    closeSync(from);
    closeSync(to);
  }
  renameSync(temporary, path);
  return count;
}

/** Creates a folder (and its parents). */
export function ensureDir(path: string): void {
  mkdirSync(path, {recursive: true});
}
