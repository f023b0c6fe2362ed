/**
 * The lines `rcmp eval` writes: one per input row and replicate, as CSV (a header, then
 * `row,replicate,seed,<summary columns>,error`) or as JSON lines. The summary columns are those
 * of a sweep's runs.csv (`ticks`, `final.<metric>`, `convergedAt`, `beta`, `hegemonPull`,
 * `meetings`, `withheld`), numbers written as runs.csv writes them (`String(x)`), a value the
 * run could not compute as an empty cell (CSV) or null (JSON). Pure: no `node:` imports.
 */
import {csvLine, type CsvValue} from "../results/csv.js";

/** Which run an output line answers. `seed` is unknown (null) for a row that could not be read. */
export interface OutcomeKey {
  row: number;
  replicate: number;
  seed: number | null;
}

/** Writes the lines of one output format. */
export interface OutcomeFormat {
  /** The first line (CSV header), or "" (JSON lines have none). */
  header(): string;
  /** The line of a run that succeeded, from its summary row (runs.csv column → value). */
  ok(key: OutcomeKey, values: Record<string, number | null>): string;
  /** The line of a row or run that failed. */
  error(key: OutcomeKey, message: string): string;
}

/** Columns of the CSV output before and after the summary. */
export const keyColumns = ["row", "replicate", "seed"];
export const errorColumn = "error";

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The CSV format for these summary columns. */
export function csvOutcomes(columns: readonly string[]): OutcomeFormat {
  const empty: CsvValue[] = columns.map(() => null);
  return {
    header: () => csvLine([...keyColumns, ...columns, errorColumn]),
    ok: (k, values) => csvLine([k.row, k.replicate, k.seed, ...columns.map((c) => finiteOrNull(values[c])), null]),
    error: (k, message) => csvLine([k.row, k.replicate, k.seed, ...empty, message])
  };
}

/** The JSON-lines format: `{"row", "replicate", "seed", <summary columns>}` or `{"row", "replicate", "seed", "error"}`. */
export function jsonOutcomes(columns: readonly string[]): OutcomeFormat {
  return {
    header: () => "",
    ok(k, values) {
      const out: Record<string, number | null> = {row: k.row, replicate: k.replicate, seed: k.seed};
      for (const c of columns) out[c] = finiteOrNull(values[c]);
      return `${JSON.stringify(out)}\n`;
    },
    error: (k, message) => `${JSON.stringify({...k, error: message})}\n`
  };
}
