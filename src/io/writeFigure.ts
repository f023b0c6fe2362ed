/**
 * Writing a figure to disk: its SVG and a PNG of it, each written whole or not at all.
 */
import {mkdir} from "node:fs/promises";
import {dirname} from "node:path";
import type * as Plot from "@observablehq/plot";
import {renderSvg, svgToPng} from "../plot/render.js";
import {writeFileAtomic} from "./atomicWrite.js";

/**
 * Writes `basePath.svg` and `basePath.png` (each to a temporary name, then renamed, so a reader
 * never sees half a file) and returns their two paths.
 */
export async function writeFigure(options: Plot.PlotOptions, basePath: string): Promise<string[]> {
  const svg = renderSvg(options);
  const png = svgToPng(svg);
  await mkdir(dirname(basePath), {recursive: true});
  const paths: string[] = [];
  for (const [ext, bytes] of [["svg", svg], ["png", png]] as const) {
    await writeFileAtomic(`${basePath}.${ext}`, bytes);
    paths.push(`${basePath}.${ext}`);
  }
  return paths;
}
