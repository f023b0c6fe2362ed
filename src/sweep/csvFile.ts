/**
 * Reading the CSV files a sweep appends to, record by record, without loading them whole, and
 * rewriting them in run order. A last record not ended by a line break (a write cut short by
 * kill -9) is left out.
 */
import {closeSync, existsSync, fstatSync, openSync, readSync, writeSync} from "node:fs";
import {parseCsvRecord} from "../results/csv.js";

/** One complete record: its text (without the line break), byte offset and byte length (with it). */
export interface CsvRecordAt {
  text: string;
  offset: number;
  bytes: number;
}

/** The complete records of a file, in file order; nothing when the file does not exist. */
export function* csvRecords(path: string, chunkSize = 1 << 20): Generator<CsvRecordAt> {
  if (!existsSync(path)) return;
  const fd = openSync(path, "r");
  try {
    let pending = Buffer.alloc(0);
    let pendingOffset = 0;
    let quotes = 0;
    let scanned = 0;
    const chunk = Buffer.alloc(chunkSize);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunkSize, pendingOffset + pending.length);
      if (n === 0) return;
      pending = Buffer.concat([pending, chunk.subarray(0, n)]);
      let start = 0;
      for (let i = scanned; i < pending.length; i++) {
        const c = pending[i];
        if (c === 0x22) quotes++;
        else if (c === 0x0a && quotes % 2 === 0) {
          const end = i > start && pending[i - 1] === 0x0d ? i - 1 : i;
          yield {text: pending.toString("utf8", start, end), offset: pendingOffset + start, bytes: i + 1 - start};
          start = i + 1;
          quotes = 0;
        }
      }
      pending = pending.subarray(start);
      pendingOffset += start;
      scanned = pending.length;
    }
  } finally {
    closeSync(fd);
  }
}

/** Byte length of the complete records of a file (where a torn last record starts). */
export function completeLength(path: string): number {
  let end = 0;
  for (const r of csvRecords(path)) end = r.offset + r.bytes;
  return end;
}

/** Size of a file in bytes, 0 when missing. */
export function fileSize(path: string): number {
  if (!existsSync(path)) return 0;
  const fd = openSync(path, "r");
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/** The header cells of a CSV file, or undefined when it has no complete first record. */
export function csvHeader(path: string): string[] | undefined {
  for (const r of csvRecords(path)) return parseCsvRecord(r.text);
  return undefined;
}

/** The run id in the first cell of a record, or -1 when it is not a non-negative integer. */
export function leadingId(text: string): number {
  const comma = text.indexOf(",");
  const cell = comma < 0 ? text : text.slice(0, comma);
  return /^\d+$/.test(cell) ? Number(cell) : -1;
}

/**
 * Where each id's record stands in a file whose first cell is an id below `size`: offset and
 * byte length per id (-1: none). Records with a bad id or a wrong number of cells are left out;
 * for an id given twice the later record wins. The header (first record) is skipped.
 */
export function indexById(path: string, size: number, cells: number): {offsets: Float64Array; lengths: Float64Array} {
  const offsets = new Float64Array(size).fill(-1);
  const lengths = new Float64Array(size);
  let first = true;
  for (const r of csvRecords(path)) {
    if (first) {
      first = false;
      continue;
    }
    const id = leadingId(r.text);
    if (id < 0 || id >= size || !cellsMatch(r.text, cells)) continue;
    offsets[id] = r.offset;
    lengths[id] = r.bytes;
  }
  return {offsets, lengths};
}

function cellsMatch(text: string, cells: number): boolean {
  try {
    return parseCsvRecord(text).length === cells;
  } catch {
    return false;
  }
}

/**
 * Buffered writes to an open file descriptor: `add` collects, `flush` writes (synchronously,
 * so that what is flushed survives a kill of the process).
 */
export class FdWriter {
  private parts: Buffer[] = [];
  private size = 0;
  constructor(readonly fd: number, private readonly limit = 1 << 20) {}
  /** Queues bytes, writing them out once a megabyte (by default) has gathered. */
  add(data: string | Buffer): void {
    const b = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    this.parts.push(b);
    this.size += b.length;
    if (this.size >= this.limit) this.flush();
  }
  /** Writes everything queued. */
  flush(): void {
    if (this.size === 0) return;
    const all = Buffer.concat(this.parts, this.size);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done);
    this.parts = [];
    this.size = 0;
  }
}

/** Copies `bytes` bytes at `offset` of `fromFd` into the writer. */
export function copyRange(fromFd: number, offset: number, bytes: number, to: FdWriter): void {
  const b = Buffer.alloc(bytes);
  let done = 0;
  while (done < bytes) {
    const n = readSync(fromFd, b, done, bytes - done, offset + done);
    if (n === 0) throw new Error(`unexpected end of file at byte ${offset + done}`);
    done += n;
  }
  to.add(b);
}
