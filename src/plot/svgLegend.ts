import type * as Plot from "@observablehq/plot";
import {niceTicks} from "./niceTicks.js";
import {escapeXml, formatNumber, textWidth} from "./svgText.js";

/** An SVG fragment and the vertical space it takes, in pixels. */
export interface SvgBlock {
  svg: string;
  height: number;
}

const fontSize = 12;
const rowHeight = 20;
const swatchSize = 12;

/** Scale types drawn as a continuous ramp; every other colour scale gets swatches. */
const continuous = new Set(["linear", "pow", "sqrt", "log", "symlog", "sequential", "cyclical",
  "diverging", "diverging-log", "diverging-pow", "diverging-sqrt", "diverging-symlog"]);

/**
 * The legend of a colour scale as plain SVG (no HTML, no canvas): a ramp with ticks for a
 * continuous scale, wrapped rows of swatches otherwise. `label` heads it (Plot's scale
 * descriptor does not keep the label), `x` is the left edge, `width` the room.
 */
export function colorLegend(scale: Plot.Scale, label: string | undefined, x: number, width: number): SvgBlock {
  return continuous.has(String(scale.type))
    ? rampLegend(scale, x, label)
    : swatchLegend(Array.from(scale.domain ?? [], (d) => ({label: String(d), color: String(scale.apply(d))})), x, width, label);
}

/** Rows of colour swatches with their labels, wrapped to `width`, optionally led by a bold label. */
export function swatchLegend(items: {label: string; color: string}[], x: number, width: number, label?: string): SvgBlock {
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  if (label) {
    parts.push(`<text x="${cx}" y="${rowHeight * 0.7}" font-weight="bold">${escapeXml(label)}</text>`);
    cx += textWidth(label, fontSize) + 14;
  }
  for (const item of items) {
    const itemWidth = swatchSize + 6 + textWidth(item.label, fontSize) + 16;
    if (cx + itemWidth > x + width && cx > x) {
      row++;
      cx = x;
    }
    const y = row * rowHeight;
    parts.push(`<rect x="${cx}" y="${y + 3}" width="${swatchSize}" height="${swatchSize}" fill="${escapeXml(item.color)}"/>`);
    parts.push(`<text x="${cx + swatchSize + 6}" y="${y + rowHeight * 0.7}">${escapeXml(item.label)}</text>`);
    cx += itemWidth;
  }
  const svg = `<g class="legend" font-size="${fontSize}" fill="black">${parts.join("")}</g>`;
  return {svg, height: (row + 1) * rowHeight};
}

/** A 240-pixel colour ramp with round ticks, for a continuous colour scale. */
export function rampLegend(scale: Plot.Scale, x: number, label?: string): SvgBlock {
  const domain = Array.from(scale.domain ?? [0, 1], Number);
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  const rampWidth = 240;
  const top = label ? 18 : 0;
  const id = "legend-ramp";
  const stops: string[] = [];
  for (let k = 0; k <= 32; k++) {
    const value = lo + ((hi - lo) * k) / 32;
    stops.push(`<stop offset="${(k / 32).toFixed(4)}" stop-color="${escapeXml(String(scale.apply(value)))}"/>`);
  }
  const ticks = niceTicks(lo, hi, 4).map((t) => {
    const tx = x + (hi > lo ? ((t - lo) / (hi - lo)) * rampWidth : 0);
    return `<line x1="${tx}" x2="${tx}" y1="${top}" y2="${top + 16}" stroke="black"/>` +
      `<text x="${tx}" y="${top + 28}" text-anchor="middle">${formatNumber(t)}</text>`;
  });
  const title = label ? `<text x="${x}" y="12" font-weight="bold">${escapeXml(label)}</text>` : "";
  const svg = `<g class="legend" font-size="${fontSize - 1}" fill="black">` +
    `<defs><linearGradient id="${id}">${stops.join("")}</linearGradient></defs>${title}` +
    `<rect x="${x}" y="${top}" width="${rampWidth}" height="12" fill="url(#${id})"/>${ticks.join("")}</g>`;
  return {svg, height: top + 34};
}
