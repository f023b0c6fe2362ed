import {plainNumber} from "./theme.js";

/** What the x axis of a time series shows: calendar years when every row has one, else ticks. */
export interface TimeAxis {
  /** `year` or `tick`; also the axis label. */
  key: "year" | "tick";
  /** The x value of a row. */
  x: (row: {tick: number; year: number | null}) => number;
  tickFormat: (value: number) => string;
}

/** Chooses years as the x axis when every row has a year (and there is at least one row), else ticks. */
export function timeAxis(rows: readonly {tick: number; year: number | null}[]): TimeAxis {
  const years = rows.length > 0 && rows.every((row) => row.year !== null);
  return years
    ? {key: "year", x: (row) => row.year as number, tickFormat: plainNumber}
    : {key: "tick", x: (row) => row.tick, tickFormat: plainNumber};
}
