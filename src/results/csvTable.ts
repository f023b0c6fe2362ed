/**
 * CSV text read as a header and rows whose cells are looked up by column name, for the result
 * files `compare` reads (timeseries.csv, curves.csv, design.csv). Pure: no `node:` imports.
 */
import {parseCsvRecord, splitCsvRecords} from "./csv.js";
import {InputError} from "../scenario/problems.js";

/** Looks up a cell of the current row by column name; "" when the column is absent. */
export type CellOf = (column: string) => string;

/** A parsed CSV text: its columns and a walk over its rows. */
export interface CsvTable {
  columns: string[];
  /** Calls `each` for every data row (blank lines skipped). */
  forEach(each: (cell: CellOf) => void): void;
}

/**
 * Parses `text` (named `file` in errors); throws InputError when the text is empty, lacks one
 * of `required` columns (naming them) or holds a damaged record (naming its line).
 */
export function csvTable(text: string, file: string, required: readonly string[] = []): CsvTable {
  const {records, rest} = splitCsvRecords(text);
  if (rest.trim() !== "") records.push(rest);
  if (records.length === 0 || records[0].trim() === "") throw new InputError(`${file}: empty file (expected a header with ${required.join(", ")})`);
  const columns = record(records[0], file, 1);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new InputError(`${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (has ${columns.join(", ")})`);
  const index = new Map(columns.map((c, k) => [c, k]));
  return {
    columns,
    forEach(each) {
      for (let r = 1; r < records.length; r++) {
        if (records[r] === "") continue;
        const cells = record(records[r], file, r + 1);
        each((column) => {
          const k = index.get(column);
          return k === undefined ? "" : (cells[k] ?? "");
        });
      }
    }
  };
}

/** A year cell: null when empty. */
export const yearCell = (cell: string): number | null => (cell === "" ? null : Number(cell));

/**
 * A value cell: NaN when empty, the way result files write a value the run could not compute
 * (`Number("")` would read it as 0).
 */
export const numberCell = (cell: string): number => (cell === "" ? NaN : Number(cell));

function record(text: string, file: string, line: number): string[] {
  try {
    return parseCsvRecord(text);
  } catch (err) {
    throw new InputError(`${file}: record ${line} is damaged (${(err as Error).message})`);
  }
}
