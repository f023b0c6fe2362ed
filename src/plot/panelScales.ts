import * as Plot from "@observablehq/plot";
import {niceTicks} from "./niceTicks.js";
import {formatNumber, textWidth} from "./svgText.js";

/**
 * An own y scale for each `fy` panel of a faceted figure. Plot's facets share one y scale, which
 * squashes a panel whose values are small beside another's; here each panel's values are mapped
 * into [0, 1] of a shared unit scale, and each panel draws its own grid lines and tick labels.
 * A panel's domain is fitted to its data: from 0 when the data come within 40% of zero (an
 * honest baseline for spreads and distances), else from just below the lowest value, to just
 * above the highest, at least a fifth of the largest value wide (so that noise is not drawn as
 * change), widened to round ticks.
 */
export interface PanelScales {
  /** A value of panel `panel` on the unit y scale the figure draws with. */
  y: (panel: string, value: number) => number;
  /** Grid lines and tick labels of every panel (marks to add to the figure). */
  marks: Plot.Markish[];
  /** The left margin the tick labels need, in pixels. */
  marginLeft: number;
  /** Each panel's domain, after rounding to ticks. */
  domains: Map<string, [number, number]>;
}

/** Unit scale options for a figure using `panelScales`: no axis of its own, a little room at the top. */
export const unitY = {domain: [0, 1.04], axis: null, label: null} as const;

/**
 * The scales of `panels` from the finite values each holds (a panel without any gets [0, 1]).
 * Panels in `whole` hold whole numbers (counts): their domain starts at 0 and their ticks are whole.
 * In a figure with columns (`fx`), the tick labels go in column `labelColumn` only.
 */
export function panelScales(values: ReadonlyMap<string, readonly number[]>, ticks = 4, whole: ReadonlySet<string> = new Set(),
  labelColumn?: string): PanelScales {
  const domains = new Map<string, [number, number]>();
  const rows: {panel: string; y: number; label: string}[] = [];
  for (const [panel, list] of values) {
    const finite = list.filter(Number.isFinite);
    const [lo, hi, steps] = whole.has(panel) ? wholeDomain(finite, ticks) : fitted(finite, ticks);
    domains.set(panel, [lo, hi]);
    for (const t of steps) rows.push({panel, y: (t - lo) / (hi - lo), label: formatNumber(t, 3)});
  }
  const y = (panel: string, value: number) => {
    const [lo, hi] = domains.get(panel) ?? [0, 1];
    return (value - lo) / (hi - lo);
  };
  const widest = Math.max(0, ...rows.map((r) => textWidth(r.label, 11)));
  return {
    y, domains, marginLeft: Math.ceil(widest) + 16,
    marks: [
      Plot.ruleY(rows, {y: "y", fy: "panel", stroke: "#e4e4e4", strokeWidth: 1}),
      Plot.text(rows, {y: "y", fy: "panel", ...(labelColumn === undefined ? {} : {fx: () => labelColumn}), text: "label", frameAnchor: "left", textAnchor: "end", dx: -6, fontSize: 11, fill: "#333"})
    ]
  };
}

/** A domain [lo, hi] with round ends and the ticks inside it. */
function fitted(values: readonly number[], count: number): [number, number, number[]] {
  if (values.length === 0) return [0, 1, niceTicks(0, 1, count)];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo >= 0 && lo <= 0.4 * hi) lo = 0;
  if (hi - lo <= 1e-9 * Math.max(Math.abs(hi), Math.abs(lo))) {
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    return [lo - (lo === 0 ? 0 : pad), hi + pad, niceTicks(lo - (lo === 0 ? 0 : pad), hi + pad, count)];
  }
  // A span of at least a fifth of the largest value: a wobble of 0.01 around 0.52 is not drawn as a swing.
  const least = 0.2 * Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo < least) {
    const mid = (lo + hi) / 2;
    lo = lo === 0 ? 0 : Math.max(lo >= 0 ? 0 : -Infinity, mid - least / 2);
    hi = lo === 0 ? Math.max(hi, least) : lo + least;
  }
  const rough = niceTicks(lo, hi, count);
  const step = rough.length > 1 ? rough[1] - rough[0] : (hi - lo) / count;
  const top = Math.ceil(hi / step - 1e-9) * step;
  const bottom = lo === 0 ? 0 : Math.floor(lo / step + 1e-9) * step;
  const a = Number(bottom.toPrecision(12));
  const b = Number(top.toPrecision(12));
  return [a, b, niceTicks(a, b, count)];
}

/** A domain from 0 to a whole number at or above the largest value, with whole ticks. */
function wholeDomain(values: readonly number[], count: number): [number, number, number[]] {
  const top = Math.max(1, Math.ceil(Math.max(0, ...values)));
  const step = Math.max(1, niceTicks(0, top, count)[1] ?? 1);
  const hi = Math.ceil(top / step) * step;
  return [0, hi, niceTicks(0, hi, count).filter((t) => Number.isInteger(t))];
}
