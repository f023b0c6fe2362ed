/**
 * `positions.csv`: every state's position per recorded tick, as tidy rows
 * `tick,year,state,dimension,value` (ticks ascending, then states in the scenario file's order,
 * then dimensions in order). With replicates, a leading `replicate` column; each replicate's
 * lines come from {@link positionLines} with its number.
 */
import {csvLine} from "./csv.js";
import type {Positions} from "../run/positions.js";

/** The columns of positions.csv (after `replicate`, when there is one). */
export const positionColumns = ["tick", "year", "state", "dimension", "value"];

/** The header line of positions.csv, with a leading `replicate` column when `replicated`. */
export function positionsHeader(replicated = false): string {
  return csvLine(replicated ? ["replicate", ...positionColumns] : positionColumns);
}

/** The data lines of one run's positions, each led by `replicate` when given. */
export function* positionLines(p: Positions, replicate?: number): Generator<string> {
  const d = p.dims.length;
  const lead = replicate === undefined ? [] : [replicate];
  for (let k = 0; k < p.ticks.length; k++) {
    const x = p.values[k];
    for (const i of p.fileOrder) {
      for (let j = 0; j < d; j++) yield csvLine([...lead, p.ticks[k], p.years[k], p.states[i], p.dims[j], x[i * d + j]]);
    }
  }
}

/** The whole positions.csv text of one run. */
export function positionsCsv(p: Positions): string {
  return positionsHeader() + [...positionLines(p)].join("");
}

/** positions.csv line by line: one run's, or with several replicates a `replicate` column and each replicate's rows in turn. */
export function* positionsFileLines(replicates: readonly Positions[]): Generator<string> {
  const replicated = replicates.length > 1;
  yield positionsHeader(replicated);
  for (const [r, p] of replicates.entries()) yield* positionLines(p, replicated ? r : undefined);
}
