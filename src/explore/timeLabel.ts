/**
 * The explorer's time in the scenario's own terms: a year (with its quarter or month where the
 * calendar counts them) where the scenario has a calendar, else a tick.
 */
import type {Scenario} from "../scenario/schema.js";

/** "1992 Q2" (4 ticks a year), "1992-05" (12), "1992" (1), "1992.50" (others); "tick 29" without a calendar. */
export function timeLabel(tick: number, calendar: Scenario["calendar"]): string {
  if (calendar === undefined) return `tick ${tick}`;
  const {start, perYear} = calendar;
  const whole = Number.isInteger(start);
  const year = Math.floor(start + tick / perYear);
  const within = tick - Math.round((year - start) * perYear);
  if (!whole || !Number.isInteger(within)) return (start + tick / perYear).toFixed(2);
  if (perYear === 1) return String(year);
  if (perYear === 4) return `${year} Q${within + 1}`;
  if (perYear === 12) return `${year}-${String(within + 1).padStart(2, "0")}`;
  return (start + tick / perYear).toFixed(2);
}
