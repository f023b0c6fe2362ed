/**
 * Small Markdown and number helpers for `rcmp explain`: tables, lists, numbers as the file
 * wrote them, times as years (with a calendar) and ticks.
 */
import type {Scenario, Time} from "../scenario/schema.js";
import {toTick, yearOf} from "../scenario/resolve.js";

/** A number as written in the scenario (`0.35`, `2.5`, `1e-12`); `∞` for Infinity. */
export function num(v: number): string {
  if (v === Infinity) return "∞";
  return String(v);
}

/** A computed number rounded to `digits` decimals, trailing zeros dropped (default 3). */
export function round(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}

/** `min–max`, or one value when they are equal. */
export function range(values: ArrayLike<number>, digits = 3): string {
  if (values.length === 0) return "–";
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    lo = Math.min(lo, values[k]);
    hi = Math.max(hi, values[k]);
  }
  return lo === hi ? round(lo, digits) : `${round(lo, digits)}–${round(hi, digits)}`;
}

/** A Markdown table; `|` in cells is escaped, newlines become spaces. */
export function table(header: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A Markdown bullet list. */
export function bullets(items: string[]): string {
  return items.map((s) => `- ${s}`).join("\n");
}

/** Inline code. */
export const code = (s: string): string => `\`${s}\``;

/** `a, b and c`. */
export function sentenceList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A tick as `1991.75 (tick 27)` with a calendar, `tick 27` without. */
export function tickLabel(tick: number, calendar: Scenario["calendar"]): string {
  const year = yearOf(tick, calendar);
  return year === null ? `tick ${tick}` : `${round(year, 4)} (tick ${tick})`;
}

/** A scenario time (year or `{tick}`) as the tick it falls on, labelled as {@link tickLabel}. */
export function timeLabel(time: Time, calendar: Scenario["calendar"]): string {
  return tickLabel(toTick(time, calendar), calendar);
}

/** `1 tick` / `4 ticks`, with the per-year rate when there is a calendar. */
export function everyLabel(ticks: number, calendar: Scenario["calendar"]): string {
  const base = `every ${ticks === 1 ? "tick" : `${ticks} ticks`}`;
  if (calendar === undefined) return base;
  return `${base} (${round(calendar.perYear / ticks, 2)} a year)`;
}

/** Dimension values `{asylum: 0.9, ...}` as `asylum 0.9, control 0.3`. */
export function dimList(dims: readonly string[], values: ArrayLike<number>, signed = false): string {
  const parts: string[] = [];
  dims.forEach((d, k) => {
    const v = values[k];
    if (signed && v === 0) return;
    parts.push(signed ? `${d} ${v > 0 ? "+" : "−"}${round(Math.abs(v), 4)}` : `${d} ${round(v, 4)}`);
  });
  return parts.join(", ");
}
