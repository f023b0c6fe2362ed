import {JSDOM} from "jsdom";

/** Parses a standalone SVG string as XML (throws on a malformed document). */
export function parseSvg(svg: string): Document {
  const {window} = new JSDOM("");
  const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.querySelector("parsererror");
  if (error) throw new Error(`malformed svg: ${error.textContent}`);
  return doc;
}

/** An SVG string made stable for a snapshot: numbers rounded to 2 decimals, one tag per line. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<") + "\n";
}

/** Texts of the elements matching `selector`. */
export function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? "");
}

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(png: Uint8Array): {width: number; height: number} {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return {width: view.getUint32(16), height: view.getUint32(20)};
}

/** The eight bytes every PNG file starts with. */
export const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The colours of the legend's swatches, in order. */
export function swatchColors(doc: Document): string[] {
  return [...doc.querySelectorAll("g.legend rect")].map((r) => r.getAttribute("fill") ?? "");
}

/**
 * The vertical extent (in pixels) of each line path drawn with this stroke width, in document
 * order (one per panel for a line per panel).
 */
export function lineExtents(doc: Document, strokeWidth: string): {top: number; bottom: number; height: number}[] {
  return [...doc.querySelectorAll(`g[aria-label="line"] > g[stroke-width="${strokeWidth}"] > path`)].map((path) => {
    const ys = [...(path.getAttribute("d") ?? "").matchAll(/[MLHV]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    return {top, bottom, height: bottom - top};
  });
}
