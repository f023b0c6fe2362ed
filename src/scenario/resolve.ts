/**
 * Reads the scenario's convenience forms into plain numbers: dimension maps into vectors in
 * dimension order, years into ticks. Assumes the scenario has passed `checkScenario`.
 */
import type {DimValues, Scenario, Time} from "./schema.js";

/** Values in dimension order; a map's `"*"` stands for every dimension it does not name. */
export function dimVector(values: DimValues, dims: readonly string[]): Float64Array {
  const out = new Float64Array(dims.length);
  if (Array.isArray(values)) {
    out.set(values);
    return out;
  }
  const fallback = values["*"];
  dims.forEach((d, k) => {
    out[k] = values[d] ?? fallback ?? 0;
  });
  return out;
}

/**
 * Additive shifts in dimension order, 0 where a dimension is not named (a `"*"` key shifts the
 * rest). Shifts are deltas, so unnamed dimensions need no default.
 */
export function dimShiftVector(values: DimValues | Record<string, number> | number[], dims: readonly string[]): Float64Array {
  return dimVector(Array.isArray(values) ? values : {"*": 0, ...values}, dims);
}

/**
 * The tick at which a time falls. With a calendar a number is a year, `start + tick / perYear`,
 * rounded to the nearest tick; without one a number is a tick. `{tick}` is always a tick.
 */
export function toTick(time: Time, calendar: Scenario["calendar"]): number {
  if (typeof time === "object") return time.tick;
  if (calendar === undefined) return Math.round(time);
  return Math.round((time - calendar.start) * calendar.perYear);
}

/** The calendar year of a tick, or null without a calendar. */
export function yearOf(tick: number, calendar: Scenario["calendar"]): number | null {
  return calendar === undefined ? null : calendar.start + tick / calendar.perYear;
}
