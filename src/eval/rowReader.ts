/**
 * Reads `rcmp eval`'s input, a line at a time: CSV with a header of `--set` paths, or JSON lines
 * (`{"dynamics.hegemonBias": 2, "seed": 7}`), told apart by the first line that is not blank.
 * Each data line becomes the overrides of one row, with an optional run seed and replicate, or a
 * problem naming the row, the line and what is wrong. Pure: no `node:` imports.
 */
import {parseSetValue, type Override} from "../scenario/overrides.js";
import {parseCsvRecord} from "../results/csv.js";
import {InputError} from "../scenario/problems.js";

/** The input format, as detected from the first line that is not blank. */
export type RowFormat = "csv" | "json";

/** Where a row came from: its index among data rows (from 0) and its input line (from 1). */
export interface RowPlace {
  row: number;
  line: number;
}

/** A row read without problems. */
export interface RowInput extends RowPlace {
  ok: true;
  overrides: Override[];
  /** The `seed` column or key: the run seed of replicate 0 of this row. */
  seed?: number;
  /** The `replicate` column or key: run only this replicate of the row. */
  replicate?: number;
}

/** A row that could not be read: `message` says why (without the row and line, which it carries). */
export interface RowProblem extends RowPlace {
  ok: false;
  message: string;
}

export type ReadRow = RowInput | RowProblem;

/** Names of the columns (CSV) or keys (JSON) that are not scenario paths. */
export const seedKey = "seed";
export const replicateKey = "replicate";

/** Largest replicate index a row may name (the sweep's limit on replicates, less one). */
export const maxReplicate = 999_999;

/** Reads input lines in order; call `read` once per line, line breaks removed. */
export class RowReader {
  /** Detected format; undefined until the first line that is not blank. */
  format: RowFormat | undefined;
  /** The CSV header's columns (trimmed); empty for JSON lines. */
  columns: string[] = [];
  private line = 0;
  private row = 0;

  /**
   * The row of this line; undefined for a blank line or the CSV header. Throws InputError for a
   * CSV header that cannot be used (a damaged record, an empty or repeated column name).
   */
  read(text: string): ReadRow | undefined {
    this.line += 1;
    const line = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (line.trim() === "") return undefined;
    if (this.format === undefined) {
      this.format = line.trimStart().startsWith("{") ? "json" : "csv";
      if (this.format === "csv") {
        this.columns = header(line, this.line);
        return undefined;
      }
    }
    const place = {row: this.row++, line: this.line};
    try {
      return {ok: true, ...place, ...(this.format === "json" ? jsonRow(line) : this.csvRow(line))};
    } catch (err) {
      return {ok: false, ...place, message: (err as Error).message};
    }
  }

  private csvRow(line: string): Omit<RowInput, "ok" | "row" | "line"> {
    let cells: string[];
    try {
      cells = parseCsvRecord(line);
    } catch (err) {
      throw new Error(`damaged CSV record (${(err as Error).message.replace(/^csv: /, "")})`);
    }
    if (cells.length !== this.columns.length) {
      throw new Error(`expected ${this.columns.length} cell${this.columns.length === 1 ? "" : "s"} (${this.columns.join(",")}), got ${cells.length}`);
    }
    const values: Record<string, unknown> = {};
    this.columns.forEach((column, k) => {
      const cell = cells[k].trim();
      if (cell !== "") values[column] = column === seedKey || column === replicateKey ? cell : parseSetValue(cell);
    });
    return splitRow(values);
  }
}

function header(text: string, line: number): string[] {
  const fail = (message: string) => new InputError([{file: "<stdin>", path: [], line, column: 1, message}]);
  let columns: string[];
  try {
    columns = parseCsvRecord(text).map((c) => c.trim());
  } catch (err) {
    throw fail(`damaged CSV header (${(err as Error).message.replace(/^csv: /, "")})`);
  }
  columns.forEach((c, k) => {
    if (c === "") throw fail(`the CSV header has an empty column name (column ${k + 1}): name each column by a --set path, or seed, or replicate`);
    if (columns.indexOf(c) !== k) throw fail(`the CSV header names column "${c}" twice`);
  });
  return columns;
}

function jsonRow(line: string): Omit<RowInput, "ok" | "row" | "line"> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("expected a JSON object of path: value pairs");
  // null (Python's None, R's NA) leaves the scenario's value, as an empty CSV cell does
  return splitRow(Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null)));
}

/** Overrides, seed and replicate of a row's values. */
function splitRow(values: Record<string, unknown>): Omit<RowInput, "ok" | "row" | "line"> {
  const overrides: Override[] = [];
  let seed: number | undefined;
  let replicate: number | undefined;
  for (const [path, value] of Object.entries(values)) {
    if (path === seedKey) seed = wholeNumber(seedKey, value, 2 ** 32 - 1);
    else if (path === replicateKey) replicate = wholeNumber(replicateKey, value, maxReplicate);
    else overrides.push({path, value});
  }
  return {overrides, ...(seed === undefined ? {} : {seed}), ...(replicate === undefined ? {} : {replicate})};
}

function wholeNumber(name: string, value: unknown, max: number): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > max) {
    throw new Error(`${name}: expected a whole number from 0 to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}
