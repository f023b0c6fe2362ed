/**
 * Panels that need scales of their own (one parameter each, in its own units), laid out as a
 * grid in one SVG: each panel is rendered on its own (`renderSvg`) and placed as a nested
 * `<svg>` element, under an optional title. Plot's facets share their scales, so they cannot
 * do this.
 */
import {escapeXml, textWidth} from "./svgText.js";

const svgNs = "http://www.w3.org/2000/svg";

/** Width and height of a rendered SVG (the root element's attributes). */
function sizeOf(svg: string): {width: number; height: number} {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const read = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return {width: read("width"), height: read("height")};
}

/**
 * One SVG with the panels in rows of `columns` (null leaves a cell empty); every cell is as wide
 * as the widest panel and as tall as the tallest.
 */
export function panelGridSvg(panels: readonly (string | null)[], columns: number, title?: string): string {
  const sizes = panels.map((p) => (p === null ? {width: 0, height: 0} : sizeOf(p)));
  const cellWidth = Math.max(...sizes.map((s) => s.width));
  const cellHeight = Math.max(...sizes.map((s) => s.height));
  const top = title ? 34 : 0;
  const rows = Math.ceil(panels.length / columns);
  const width = Math.ceil(Math.max(cellWidth * Math.min(columns, panels.length), title ? textWidth(title, 17) * 1.08 + 24 : 0));
  const height = top + cellHeight * rows;
  const parts = panels.map((p, k) => {
    if (p === null) return "";
    const x = (k % columns) * cellWidth;
    const y = top + Math.floor(k / columns) * cellHeight;
    return p.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);
  });
  const heading = title ? `<text x="10" y="22" font-size="17" font-weight="bold" fill="black">${escapeXml(title)}</text>` : "";
  return `<svg xmlns="${svgNs}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" style="background: white">` +
    `<rect width="100%" height="100%" fill="white"/>${heading}${parts.join("")}</svg>`;
}
