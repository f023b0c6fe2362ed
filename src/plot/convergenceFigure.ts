import * as Plot from "@observablehq/plot";
import type {TidyRow} from "../metrics/series.js";
import {eventMarks, type EventMarker} from "./eventMarkers.js";
import {groupLabel, metricLabel} from "./metricLabel.js";
import {cumulative, isCountMetric, isSpreadMetric, isStepMetric} from "./metricKinds.js";
import {panelScales, unitY} from "./panelScales.js";
import {panelTitles} from "./panelTitles.js";
import {darkColor, defaultWidth, distinctColors, figureStyle, maxLineColors} from "./theme.js";
import {timeAxis} from "./timeAxis.js";

/** Options of `convergenceFigure`. */
export interface ConvergenceFigureOptions {
  /** Metrics to draw, one panel each, in this order; default `["dispersion", "toStandard"]`. */
  metrics?: string[];
  title?: string;
  subtitle?: string;
  /** Width in pixels; default 800. */
  width?: number;
  /**
   * Which groups get a line besides `all`: `regions` (default, each `region:<name>`),
   * `processes` (each `process:<id>`), `all-only`, or a list of group names.
   */
  groups?: "regions" | "processes" | "all-only" | readonly string[];
  /** States per group: groups of one state are left out of spread panels (the caption says so). Default: unknown, all drawn. */
  groupSizes?: Readonly<Record<string, number>>;
  /** Events to mark with a labelled rule; default none. */
  events?: readonly EventMarker[];
  /** Most group lines (each a colour of its own); with more groups, only `all` is drawn and the caption says so. Default 8. */
  maxGroups?: number;
  /** Colour of each group's line by its legend label (e.g. a region's name), so that several figures agree; default the palette in order. */
  colors?: Readonly<Record<string, string>>;
}

interface Point {
  x: number;
  value: number;
  group: string;
  panel: string;
  /** Whole values only: drawn as steps. */
  step: boolean;
}

const groupModes = ["regions", "processes", "all-only"];

/**
 * Convergence over time from a run's tidy rows: one panel per metric, each with its own y scale
 * fitted to its data; x the year (or tick without a calendar); `all` as a thick dark line and one
 * line per region (or process, or named group), each its own colour, with a legend. Counts per
 * tick (`withheld`, `meetings`) are drawn cumulatively; panels whose values never change, and
 * groups of one state in spread panels, are left out; events are marked. The caption says what
 * was left out and why. Returns Plot options; call `Plot.plot` (or `renderSvg`) on them.
 */
export function convergenceFigure(rows: readonly TidyRow[], options: ConvergenceFigureOptions = {}): Plot.PlotOptions {
  const {metrics = ["dispersion", "toStandard"], title, subtitle, width = defaultWidth, groups = "regions", maxGroups = maxLineColors} = options;
  if (typeof groups === "string" && !groupModes.includes(groups)) throw new Error(`invalid groups: ${groups}`);
  const kept = rows.filter((row) => metrics.includes(row.metric) && keepGroup(row.group, groups) && !Number.isNaN(row.value));
  const present = metrics.filter((metric) => kept.some((row) => row.metric === metric));
  if (present.length === 0) throw new Error(`no rows for metrics: ${metrics.join(", ")}`);
  const axis = timeAxis(kept);
  const notes: string[] = [];
  let series = seriesOf(kept, present, axis.x, options.groupSizes, notes);
  const lineGroups = [...new Set(series.filter((s) => s.group !== "all").map((s) => s.group))];
  if (lineGroups.length > maxGroups) {
    series = series.filter((s) => s.group === "all");
    notes.push(`the ${lineGroups.length} groups, too many to tell apart by colour`);
  }
  const panels = dropFlat(series, present, notes);
  const points = series.filter((s) => panels.includes(s.panel)).flatMap((s) => s.points);
  const groupsDrawn = [...new Set(points.map((p) => p.group).filter((g) => g !== "all"))];
  const whole = new Set(points.filter((p) => p.step).map((p) => p.panel));
  const scales = panelScales(new Map(panels.map((panel) => [panel, points.filter((p) => p.panel === panel).map((p) => p.value)])), 4, whole);
  const drawn = points.map((p) => ({...p, y: scales.y(p.panel, p.value)}));
  const xs = drawn.map((p) => p.x);
  const marginLeft = Math.max(44, scales.marginLeft);
  const marginRight = 20;
  const events = eventMarks(options.events ?? [], (m) => axis.x(m), [Math.min(...xs), Math.max(...xs)], width - marginLeft - marginRight, panels[0]);
  const caption = [notes.length > 0 ? `Not drawn: ${notes.join("; ")}.` : "", events.note ?? ""].filter(Boolean).join(" ");
  const labels = groupsDrawn.map(groupLabel);
  const palette = distinctColors(labels.length);
  return {
    title, subtitle, caption: caption || undefined,
    width, height: panels.length === 1 ? 330 : 60 + 190 * panels.length,
    marginTop: 30, marginLeft, marginRight, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none"},
    y: unitY,
    fy: {domain: panels, axis: null, label: null, padding: 0.2},
    color: {
      domain: ["all states", ...labels],
      range: [darkColor, ...labels.map((l, k) => options.colors?.[l] ?? palette[k])],
      legend: groupsDrawn.length > 0
    },
    marks: [
      ...scales.marks,
      ...events.marks,
      ...[false, true].flatMap((step) => {
        const curve = step ? "step-after" : "linear";
        const these = drawn.filter((p) => p.step === step);
        return [
          Plot.lineY(these.filter((p) => p.group !== "all"), {x: "x", y: "y", z: "group", stroke: (p: Point) => groupLabel(p.group), fy: "panel", strokeWidth: 1.6, curve}),
          Plot.lineY(these.filter((p) => p.group === "all"), {x: "x", y: "y", stroke: () => "all states", fy: "panel", strokeWidth: groupsDrawn.length > 0 ? 3.2 : 2.4, curve})
        ];
      }),
      panelTitles(panels)
    ]
  };
}

interface GroupSeries {
  group: string;
  panel: string;
  points: Point[];
}

/** One series per (metric, group): counts made cumulative, one-state groups left out of spread metrics (noted). */
function seriesOf(rows: readonly TidyRow[], metrics: readonly string[], x: (r: TidyRow) => number,
  sizes: Readonly<Record<string, number>> | undefined, notes: string[]): GroupSeries[] {
  const out: GroupSeries[] = [];
  const lonely = new Set<string>();
  for (const metric of metrics) {
    const panel = isCountMetric(metric) ? `${metricLabel(metric)}, cumulative` : metricLabel(metric);
    const byGroup = new Map<string, TidyRow[]>();
    for (const r of rows) if (r.metric === metric) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
    for (const [group, list] of byGroup) {
      if (group !== "all" && isSpreadMetric(metric) && sizes?.[group] === 1) {
        lonely.add(groupLabel(group));
        continue;
      }
      const values = isCountMetric(metric) ? cumulative(list.map((r) => r.value)) : list.map((r) => r.value);
      out.push({group, panel, points: list.map((r, k) => ({x: x(r), value: values[k], group, panel, step: isStepMetric(metric)}))});
    }
  }
  if (lonely.size > 0) notes.push(`groups of one state (${[...lonely].join(", ")}) in the spread panels, where they are 0 by definition`);
  return out;
}

/** The panels whose values change somewhere, beyond rounding (each flat one noted); all of them if every one is flat. */
function dropFlat(series: readonly GroupSeries[], metrics: readonly string[], notes: string[]): string[] {
  const panels = [...new Set(series.map((s) => s.panel))];
  const flat = panels.filter((panel) => {
    const values = series.filter((s) => s.panel === panel).flatMap((s) => s.points.map((p) => p.value));
    const spread = Math.max(...values) - Math.min(...values);
    // rounding noise (0.25 and 0.25000000000000006) is no change
    return spread <= 1e-9 * Math.max(...values.map(Math.abs));
  });
  if (flat.length === panels.length) return panels;
  for (const panel of flat) {
    const value = series.find((s) => s.panel === panel)!.points[0].value;
    notes.push(`${panel}: ${Number(value.toPrecision(4))} throughout`);
  }
  return panels.filter((p) => !flat.includes(p) && metrics.length > 0);
}

function keepGroup(group: string, mode: ConvergenceFigureOptions["groups"]): boolean {
  if (group === "all") return true;
  if (Array.isArray(mode)) return mode.includes(group);
  if (mode === "all-only") return false;
  return group.startsWith(mode === "processes" ? "process:" : "region:");
}
