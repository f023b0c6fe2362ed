import * as Plot from "@observablehq/plot";
import {dimShiftVector, toTick, yearOf} from "../scenario/resolve.js";
import type {Scenario, ScenarioEvent} from "../scenario/schema.js";
import {textWidth} from "./svgText.js";

/** An event as a figure marks it: a rule at its time, labelled. */
export interface EventMarker {
  tick: number;
  /** Calendar year of the tick, or null without a calendar. */
  year: number | null;
  /** A few words: the event's `label`, else made from what it does (`control +0.15`, `igc ends`); cut to 30 characters where drawn. */
  label: string;
}

const maxLabel = 30;
const short = (text: string) => (text.length > maxLabel ? `${text.slice(0, maxLabel - 1)}…` : text);
const signed = (v: number) => `${v > 0 ? "+" : "−"}${Number(Math.abs(v).toPrecision(2))}`;

/**
 * The markers of a scenario's events within `ticks` (default the scenario's), and of processes
 * beginning or ending within the run (`berne begins`), in time order.
 */
export function eventMarkers(s: Scenario, ticks = s.ticks): EventMarker[] {
  const dims = s.dimensions.map((d) => d.id);
  const processes = s.processes.flatMap((p) => [
    {tick: toTick(p.founded, s.calendar), label: `${p.id} begins`},
    ...(p.ends === undefined ? [] : [{tick: toTick(p.ends, s.calendar), label: `${p.id} ends`}])
  ]).filter((m) => m.tick > 0);
  return [...s.events.map((e) => ({tick: toTick(e.at, s.calendar), label: e.label ?? describe(e, dims)})), ...processes]
    .filter((m) => m.tick >= 0 && m.tick <= ticks)
    .sort((a, b) => a.tick - b.tick)
    .map((m) => ({...m, year: yearOf(m.tick, s.calendar)}));
}

function describe(e: ScenarioEvent, dims: readonly string[]): string {
  if (e.shift) {
    const who = e.shift.states === "all" ? "" : Array.isArray(e.shift.states) ? `${e.shift.states.slice(0, 3).join(", ")}${e.shift.states.length > 3 ? ` and ${e.shift.states.length - 3} more` : ""}: ` : `${e.shift.states.region}: `;
    const v = e.shift.ideal ? dimShiftVector(e.shift.ideal, dims) : e.shift.position ? dimShiftVector(e.shift.position, dims) : undefined;
    const moves = v === undefined ? [] : dims.flatMap((d, k) => (v[k] === 0 ? [] : [`${d} ${signed(v[k])}`]));
    return `${who}${moves.join(", ") || "shift"}`;
  }
  if (e.process) {
    const p = e.process;
    const what = p.end ? "ends" : p.join ? `+${p.join.join(", ")}` : p.leave ? `−${p.leave.join(", ")}` : p.observe ? `observers +${p.observe.join(", ")}`
      : p.ngo !== undefined ? `ngo ${p.ngo}` : p.meetEvery !== undefined ? `meets every ${p.meetEvery}` : p.attendance !== undefined ? `attendance ${p.attendance}` : "changes";
    return `${p.id} ${what}`;
  }
  return "event";
}

/** Event marks and, when the events are too many to label in place, the caption that lists them. */
export interface EventMarks {
  marks: Plot.Markish[];
  /** `Events: 1 1990.0 western-europe: asylum −0.1; 2 ...` when the rules are numbered; else undefined. */
  note?: string;
}

/**
 * Marks for events: a dashed rule at each event's time in every panel (events at one time share
 * one), labelled at the top of panel `labelPanel` (of facet channel `fy`). Labels that would
 * overlap move down a line; when more than two lines would be needed, the rules are numbered
 * instead and `note` lists them. `x` maps a marker to the x scale; `xRange` is that scale's
 * domain and `plotWidth` its pixels.
 */
export function eventMarks(markers: readonly EventMarker[], x: (m: EventMarker) => number, xRange: [number, number], plotWidth: number,
  labelPanel?: string): EventMarks {
  if (markers.length === 0) return {marks: []};
  const merged: EventMarker[] = [];
  for (const m of [...markers].sort((a, b) => a.tick - b.tick)) {
    const last = merged.at(-1);
    if (last !== undefined && last.tick === m.tick) merged[merged.length - 1] = {...last, label: `${last.label}; ${m.label}`};
    else merged.push(m);
  }
  const px = (m: EventMarker) => ((x(m) - xRange[0]) / (xRange[1] - xRange[0] || 1)) * plotWidth;
  let placed = place(merged, px, plotWidth, (m) => short(m.label));
  const numbered = placed.some((p) => p.row > 1) || merged.some((m) => m.label.length > maxLabel);
  if (numbered) placed = place(merged, px, plotWidth, (_, k) => String(k + 1));
  const when = (m: EventMarker) => (m.year === null ? `tick ${m.tick}` : Number(m.year.toFixed(2)).toString());
  const facet = labelPanel === undefined ? {} : {fy: () => labelPanel};
  const groups = new Map<string, typeof placed>();
  for (const p of placed) groups.set(`${p.row}|${p.anchorEnd}`, [...(groups.get(`${p.row}|${p.anchorEnd}`) ?? []), p]);
  return {
    note: numbered ? `Events: ${merged.map((m, k) => `${k + 1} (${when(m)}) ${m.label}`).join("; ")}.` : undefined,
    marks: [
      Plot.ruleX(placed, {x: (p: Placed) => x(p.marker), stroke: "#888", strokeDasharray: "4,3", strokeWidth: 1}),
      ...[...groups.values()].map((group) => Plot.text(group, {
        x: (p: Placed) => x(p.marker), text: "text", frameAnchor: "top", dy: 3 + 12 * group[0].row, ...facet,
        textAnchor: group[0].anchorEnd ? "end" : "start", dx: group[0].anchorEnd ? -3 : 3,
        lineAnchor: "top", fontSize: 10, fontWeight: numbered ? "bold" : "normal", fill: "#444", stroke: "white", strokeWidth: 3, paintOrder: "stroke"
      }))
    ]
  };
}

interface Placed {
  marker: EventMarker;
  text: string;
  row: number;
  anchorEnd: boolean;
}

/** Each label on the first line where it meets no other (labels running past the right end are set to the left of their rule). */
function place(markers: readonly EventMarker[], px: (m: EventMarker) => number, plotWidth: number, text: (m: EventMarker, k: number) => string): Placed[] {
  const rows: [number, number][][] = [];
  return markers.map((marker, k) => {
    const label = text(marker, k);
    const left = px(marker);
    const w = 3 + textWidth(label, 10);
    const anchorEnd = left + w > plotWidth;
    const span: [number, number] = anchorEnd ? [left - w, left] : [left, left + w];
    let row = rows.findIndex((used) => used.every(([a, b]) => span[1] + 4 < a || span[0] > b + 4));
    if (row < 0) row = rows.push([]) - 1;
    rows[row].push(span);
    return {marker, text: label, row, anchorEnd};
  });
}
