/**
 * The curve spool: an append-only binary file holding each finished run's recorded curves, so
 * that `curves.csv` is computed at the end one design point at a time, without keeping every
 * run's series in memory, and so that a resumed sweep still has the curves of runs finished
 * before it was killed.
 *
 * A record is a run of float64 (native byte order):
 * `MAGIC, run, point, n, m, ticks[n], years[n] (NaN: none), values[m][n], END`.
 * A record cut short or without its END marker ends the readable part of the file.
 */
import {closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, writeSync} from "node:fs";
import type {CurveRecord} from "../run/curveStats.js";

const MAGIC = 0x52434d50; // "RCMP"
const END = 0x454e4421;
const HEAD = 5;


/** Packs curves into the payload sent from a worker: `ticks, years, values[0], values[1], ...`. */
export function packCurves(ticks: ArrayLike<number>, years: ArrayLike<number | null>, values: readonly ArrayLike<number>[]): Float64Array {
  const n = ticks.length;
  const out = new Float64Array(n * (2 + values.length));
  for (let t = 0; t < n; t++) {
    out[t] = ticks[t];
    out[n + t] = years[t] ?? NaN;
  }
  values.forEach((v, k) => {
    for (let t = 0; t < n; t++) out[(2 + k) * n + t] = v[t];
  });
  return out;
}

/** One run's packed curves (see `packCurves`): `ticks` ticks, `packed.length / ticks - 2` metrics. */
export interface SpoolRecord {
  run: number;
  point: number;
  ticks: number;
  packed: Float64Array;
}

/** Appends records to the spool at `path` (created if missing). */
export class SpoolWriter {
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, "a");
  }
  /** Writes records in one write (a write cut short leaves a torn tail, which `scanSpool` ignores). */
  append(records: readonly SpoolRecord[]): void {
    if (records.length === 0) return;
    let size = 0;
    for (const r of records) size += HEAD + r.packed.length + 1;
    const out = new Float64Array(size);
    let at = 0;
    for (const {run, point, ticks: n, packed} of records) {
      const m = n === 0 ? 0 : packed.length / n - 2;
      out.set([MAGIC, run, point, n, m], at);
      out.set(packed, at + HEAD);
      out[at + HEAD + packed.length] = END;
      at += HEAD + packed.length + 1;
    }
    const bytes = new Uint8Array(out.buffer);
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Scans the spool: the offset of each run's last complete record (-1: none), for run ids below
 * `runs`, and the byte length of the readable part. With `repair`, cuts a torn tail off the file.
 */
export function scanSpool(path: string, runs: number, repair = false): {offsets: Float64Array; valid: number} {
  const offsets = new Float64Array(runs).fill(-1);
  if (!existsSync(path)) return {offsets, valid: 0};
  const fd = openSync(path, repair ? "r+" : "r");
  try {
    const size = fstatSync(fd).size;
    const head = new Float64Array(HEAD);
    const tail = new Float64Array(1);
    let at = 0;
    while (at + HEAD * 8 <= size) {
      readFully(fd, head, at);
      const [magic, run, , n, m] = head;
      if (magic !== MAGIC || !Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) break;
      const bytes = (HEAD + n * (2 + m) + 1) * 8;
      if (at + bytes > size) break;
      readFully(fd, tail, at + bytes - 8);
      if (tail[0] !== END) break;
      if (Number.isInteger(run) && run >= 0 && run < runs) offsets[run] = at;
      at += bytes;
    }
    if (repair && at < size) ftruncateSync(fd, at);
    return {offsets, valid: at};
  } finally {
    closeSync(fd);
  }
}

/** Reads the record at `offset` of an open spool. */
export function readSpoolRecord(fd: number, offset: number): CurveRecord {
  const head = new Float64Array(HEAD);
  readFully(fd, head, offset);
  const [, run, point, n, m] = head;
  const body = new Float64Array(n * (2 + m));
  readFully(fd, body, offset + HEAD * 8);
  const values: Float64Array[] = [];
  for (let k = 0; k < m; k++) values.push(body.subarray((2 + k) * n, (3 + k) * n));
  return {run, point, ticks: body.subarray(0, n), years: body.subarray(n, 2 * n), values};
}

/** Fills `into` from the file at `offset`; throws at an unexpected end of file. */
function readFully(fd: number, into: Float64Array, offset: number): void {
  const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
  let done = 0;
  while (done < bytes.length) {
    const n = readSync(fd, bytes, done, bytes.length - done, offset + done);
    if (n === 0) throw new Error(`spool: unexpected end of file at byte ${offset + done}`);
    done += n;
  }
}
