/**
 * Targets: observed positions a calibration fits and `rcmp score` scores against, as a tidy CSV
 * that a user can write from any index: `state,year,dimension,value` and optionally `sd`.
 *
 * - `state`: a state id of the scenario; `dimension`: a dimension id; `year`: a calendar year
 *   (a whole year stands for its first tick; without a calendar, a tick);
 * - `value`: the position on the model's scale, in [0, 1];
 * - `sd` (optional, > 0; empty for none): the value's uncertainty. Errors in per-state positions
 *   are divided by it (without it, by 1).
 *
 * Other columns are ignored, so `positions.csv` of `rcmp run --positions` is a targets file.
 * A (state, year, dimension) may appear once.
 */
import {csvLine, parseCsvRecord, splitCsvRecords} from "./csv.js";
import {InputError, type Problem} from "../scenario/problems.js";

/** One observed value. */
export interface Target {
  state: string;
  year: number;
  dimension: string;
  value: number;
  /** Uncertainty of the value (> 0), when the file gives one. */
  sd?: number;
}

/** Columns a targets file must have. */
export const targetColumns = ["state", "year", "dimension", "value"];

/** Most problems listed before the rest are only counted. */
const maxProblems = 20;

/** Reads a targets file's text (`file` names it in errors); throws InputError listing every bad line. */
export function parseTargets(text: string, file: string): Target[] {
  const {records, rest} = splitCsvRecords(text.startsWith("\uFEFF") ? text.slice(1) : text);
  if (rest.trim() !== "") records.push(rest);
  if (records.length === 0 || records[0].trim() === "") throw new InputError([{file, path: [], message: `empty file (expected a header with ${targetColumns.join(", ")}[, sd])`}]);
  const header = parseCsvRecord(records[0]).map((c) => c.trim());
  const missing = targetColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InputError([{file, path: [], line: 1, message: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (has ${header.join(", ")}; expected ${targetColumns.join(", ")}[, sd])`}]);
  const at = (name: string) => header.indexOf(name);
  const problems: Problem[] = [];
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, r) => {
    if (r === 0 || record.trim() === "") return;
    const line = r + 1;
    const bad = (message: string) => problems.push({file, path: [], line, message});
    let cells: string[];
    try {
      cells = parseCsvRecord(record);
    } catch (err) {
      bad(`damaged record (${(err as Error).message})`);
      return;
    }
    const cell = (name: string) => (at(name) < 0 ? "" : (cells[at(name)] ?? "").trim());
    const t = targetOf(cell, bad);
    if (t === undefined) return;
    const key = `${t.state}\u0000${t.year}\u0000${t.dimension}`;
    if (seen.has(key)) bad(`${t.state} ${t.year} ${t.dimension} is given twice (first on line ${seen.get(key)})`);
    else seen.set(key, line);
    targets.push(t);
  });
  if (problems.length > maxProblems) {
    const more = problems.length - maxProblems;
    problems.splice(maxProblems, more, {file, path: [], message: `and ${more} more problems`});
  }
  if (problems.length > 0) throw new InputError(problems);
  if (targets.length === 0) throw new InputError([{file, path: [], message: "no targets: the file has a header but no rows"}]);
  return targets;
}

/** One row as a Target, or undefined after reporting what is wrong with it. */
function targetOf(cell: (name: string) => string, bad: (message: string) => void): Target | undefined {
  const [state, dimension, yearText, valueText, sdText] = ["state", "dimension", "year", "value", "sd"].map(cell);
  const year = Number(yearText);
  const value = Number(valueText);
  const sd = sdText === "" ? undefined : Number(sdText);
  const problems: string[] = [];
  if (state === "") problems.push("empty state");
  if (dimension === "") problems.push("empty dimension");
  if (yearText === "" || !Number.isFinite(year)) problems.push(`year "${yearText}" is not a number`);
  if (valueText === "" || !Number.isFinite(value)) problems.push(`value "${valueText}" is not a number`);
  else if (value < 0 || value > 1) problems.push(`value ${value} is outside [0, 1], the model's scale`);
  if (sd !== undefined && !(sd > 0 && Number.isFinite(sd))) problems.push(`sd "${sdText}" must be a number greater than 0 (or empty)`);
  problems.forEach(bad);
  return problems.length > 0 ? undefined : {state, year, dimension, value, ...(sd === undefined ? {} : {sd})};
}

/** A targets file's text, rows in the order given; an `sd` column only when some target has one. */
export function targetsCsv(targets: readonly Target[]): string {
  const withSd = targets.some((t) => t.sd !== undefined);
  const lines = [csvLine(withSd ? [...targetColumns, "sd"] : targetColumns)];
  for (const t of targets) lines.push(csvLine([t.state, t.year, t.dimension, t.value, ...(withSd ? [t.sd ?? null] : [])]));
  return lines.join("");
}
