import * as Plot from "@observablehq/plot";

/**
 * A y axis's meaning as a title above the frame, starting at the frame's left edge: Plot's own
 * y label sits against the figure's left edge. Needs `marginTop` of about 30 pixels.
 */
export function yTitle(text: string): Plot.Markish {
  return Plot.text([text], {frameAnchor: "top-left", lineAnchor: "bottom", dy: -10, fontSize: 12, fill: "black"});
}
