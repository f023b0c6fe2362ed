import * as Plot from "@observablehq/plot";
import type {TidyRow} from "../metrics/series.js";
import {groupLabel, metricLabel} from "./metricLabel.js";
import {panelTitles} from "./panelTitles.js";
import {categoryColors, darkColor, defaultWidth, figureStyle} from "./theme.js";
import {timeAxis} from "./timeAxis.js";

/** Options of `convergenceFigure`. */
export interface ConvergenceFigureOptions {
  /** Metrics to draw, one panel each, in this order; default `["dispersion", "toStandard"]`. */
  metrics?: string[];
  title?: string;
  /** Width in pixels; default 800. */
  width?: number;
  /**
   * Which groups get a line besides `all`: `regions` (default, each `region:<name>`),
   * `processes` (each `process:<id>`) or `all-only`.
   */
  groups?: "regions" | "processes" | "all-only";
}

interface Point {
  x: number;
  value: number;
  group: string;
  panel: string;
}

/**
 * Convergence over time from a run's tidy rows: one panel per metric that the rows have, x the
 * year (or tick without a calendar), `all` as a thick dark line and one coloured line per region
 * (or process), with a legend. Returns Plot options; call `Plot.plot` (or `renderSvg`) on them.
 */
export function convergenceFigure(rows: readonly TidyRow[], options: ConvergenceFigureOptions = {}): Plot.PlotOptions {
  const {metrics = ["dispersion", "toStandard"], title, width = defaultWidth, groups = "regions"} = options;
  if (!["regions", "processes", "all-only"].includes(groups)) throw new Error(`invalid groups: ${groups}`);
  const kept = rows.filter((row) => metrics.includes(row.metric) && keepGroup(row.group, groups));
  const present = metrics.filter((metric) => kept.some((row) => row.metric === metric));
  if (present.length === 0) throw new Error(`no rows for metrics: ${metrics.join(", ")}`);
  const axis = timeAxis(kept);
  const points: Point[] = kept.map((row) => ({
    x: axis.x(row), value: row.value, group: groupLabel(row.group), panel: metricLabel(row.metric)
  }));
  const panels = present.map(metricLabel);
  const lineGroups = [...new Set(points.map((p) => p.group).filter((g) => g !== "all"))];
  const single = panels.length === 1;
  return {
    title, width, height: single ? 400 : 80 + 210 * panels.length,
    marginTop: single ? 20 : 30, marginLeft: 56, marginRight: 20, marginBottom: 42,
    style: figureStyle,
    x: {label: axis.key, tickFormat: axis.tickFormat, labelAnchor: "center", labelArrow: "none"},
    y: {label: single ? panels[0] : null, grid: true, zero: true, nice: true, labelArrow: "none"},
    fy: {domain: panels, axis: null, label: null, padding: 0.18},
    color: {
      domain: ["all", ...lineGroups],
      range: [darkColor, ...lineGroups.map((_, k) => categoryColors[k % categoryColors.length])],
      legend: lineGroups.length > 0
    },
    marks: [
      Plot.ruleY([0], {stroke: "#999"}),
      Plot.lineY(points.filter((p) => p.group !== "all"), {x: "x", y: "value", z: "group", stroke: "group", fy: "panel", strokeWidth: 1.6}),
      Plot.lineY(points.filter((p) => p.group === "all"), {x: "x", y: "value", stroke: "group", fy: "panel", strokeWidth: 3.2}),
      ...(single ? [] : [panelTitles(panels)])
    ]
  };
}

function keepGroup(group: string, mode: string): boolean {
  if (group === "all") return true;
  if (mode === "all-only") return false;
  return group.startsWith(mode === "regions" ? "region:" : "process:");
}
