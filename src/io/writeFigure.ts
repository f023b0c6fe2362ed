/**
 * Writing a figure to disk: its SVG and a PNG of it, each written whole or not at all.
 */
import {mkdir} from "node:fs/promises";
import {dirname} from "node:path";
import type * as Plot from "@observablehq/plot";
import {renderSvg, svgToPng} from "../plot/render.js";
import {writeFileAtomic} from "./atomicWrite.js";

/** A figure's two files: `[".svg", text]` and `[".png", bytes]`. */
export function figureFiles(options: Plot.PlotOptions): [ext: "svg" | "png", data: string | Uint8Array][] {
  return svgFiles(renderSvg(options));
}

/** The two files of an SVG already rendered (e.g. a grid of panels). */
export function svgFiles(svg: string): [ext: "svg" | "png", data: string | Uint8Array][] {
  return [["svg", svg], ["png", svgToPng(svg)]];
}

/**
 * Writes `basePath.svg` and `basePath.png` (each to a temporary name, then renamed, so a reader
 * never sees half a file) and returns their two paths.
 */
export async function writeFigure(options: Plot.PlotOptions, basePath: string): Promise<string[]> {
  return writeSvgFigure(renderSvg(options), basePath);
}

/** Writes an SVG already rendered as `basePath.svg` and `basePath.png`; returns the two paths. */
export async function writeSvgFigure(svg: string, basePath: string): Promise<string[]> {
  await mkdir(dirname(basePath), {recursive: true});
  const paths: string[] = [];
  for (const [ext, data] of svgFiles(svg)) {
    await writeFileAtomic(`${basePath}.${ext}`, data);
    paths.push(`${basePath}.${ext}`);
  }
  return paths;
}
