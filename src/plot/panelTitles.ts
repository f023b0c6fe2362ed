import * as Plot from "@observablehq/plot";

/**
 * A bold title above each `fy` panel (the panel's fy value as text), for stacked panels whose
 * metrics need a readable label but share one y axis. With `fx`, the titles go in that column
 * only. Needs `marginTop` ≥ 24 and some fy padding.
 */
export function panelTitles(panels: readonly string[], fx?: string): Plot.Markish {
  return Plot.text(panels, {
    fy: (d: string) => d, ...(fx === undefined ? {} : {fx: () => fx}), text: (d: string) => d,
    frameAnchor: "top-left", lineAnchor: "bottom", dy: -8, fontWeight: "bold", fontSize: 13
  });
}
