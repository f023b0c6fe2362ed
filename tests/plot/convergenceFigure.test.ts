import {describe, expect, it} from "vitest";
import type {TidyRow} from "../../src/metrics/series.js";
import {convergenceFigure} from "../../src/plot/convergenceFigure.js";
import {renderSvg} from "../../src/plot/render.js";
import {normaliseSvg, parseSvg, texts} from "./svgTools.js";

const regions = ["north", "south", "islands"];

/** 11 quarterly ticks from 1990; dispersion halves every 5 ticks, toStandard falls linearly. */
function rows(options: {years?: boolean; standard?: boolean; processes?: boolean} = {}): TidyRow[] {
  const {years = true, standard = true, processes = true} = options;
  const groups = ["all", ...regions.map((r) => `region:${r}`), ...(processes ? ["process:rcm"] : [])];
  const out: TidyRow[] = [];
  for (let tick = 0; tick <= 10; tick++) {
    groups.forEach((group, g) => {
      const year = years ? 1990 + tick / 4 : null;
      out.push({tick, year, group, metric: "dispersion", value: (0.2 + 0.05 * g) * 0.5 ** (tick / 5)});
      if (standard) out.push({tick, year, group, metric: "toStandard", value: 0.5 - 0.02 * tick});
      out.push({tick, year, group, metric: "meanTrust", value: 0.3 + 0.01 * tick});
    });
  }
  return out;
}

/** Line paths of the figure, keyed by their group's stroke width ("1.6" regions, "3.2" all). */
function linePaths(doc: Document, strokeWidth: string): Element[] {
  return [...doc.querySelectorAll(`g[aria-label="line"] > g[stroke-width="${strokeWidth}"] > path`)];
}

describe("convergenceFigure", () => {
  it("draws a panel per metric, a thick line for all and a coloured line per region", async () => {
    const svg = renderSvg(convergenceFigure(rows(), {title: "Synthetic"}));
    const doc = parseSvg(svg);
    expect(linePaths(doc, "3.2")).toHaveLength(2);
    expect(linePaths(doc, "1.6")).toHaveLength(2 * regions.length);
    expect(texts(doc, "g.legend text")).toEqual(["all", ...regions]);
    const all = texts(doc, "text");
    expect(all).toContain("Synthetic");
    expect(all).toContain("dispersion (mean SD across dimensions)");
    expect(all).toContain("distance to standard");
    expect(all).toContain("year");
    expect(all).toContain("1990");
    expect(all.some((t) => t.includes("rcm"))).toBe(false);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/convergence.svg");
  });

  it("skips a metric the rows lack and labels the y axis when one panel is left", () => {
    const doc = parseSvg(renderSvg(convergenceFigure(rows({standard: false}))));
    expect(linePaths(doc, "3.2")).toHaveLength(1);
    const all = texts(doc, "text");
    expect(all).not.toContain("distance to standard");
    expect(texts(doc, 'g[aria-label="y-axis label"] text')).toEqual(["dispersion (mean SD across dimensions)"]);
  });

  it("uses ticks without a calendar, and shows processes or only all on request", () => {
    const byTick = parseSvg(renderSvg(convergenceFigure(rows({years: false}), {groups: "processes"})));
    expect(texts(byTick, 'g[aria-label="x-axis label"] text')).toEqual(["tick"]);
    expect(texts(byTick, "g.legend text")).toEqual(["all", "rcm"]);
    const allOnly = parseSvg(renderSvg(convergenceFigure(rows(), {groups: "all-only", metrics: ["meanTrust"]})));
    expect(linePaths(allOnly, "1.6")).toHaveLength(0);
    expect(linePaths(allOnly, "3.2")).toHaveLength(1);
    expect(allOnly.querySelector("g.legend")).toBeNull();
  });

  it("keeps the requested metric order and width", () => {
    const options = convergenceFigure(rows(), {metrics: ["meanTrust", "dispersion"], width: 640});
    expect(options.width).toBe(640);
    expect(options.fy?.domain).toEqual(["mean trust", "dispersion (mean SD across dimensions)"]);
  });

  it("rejects rows without any requested metric, and an unknown groups option", () => {
    expect(() => convergenceFigure(rows(), {metrics: ["spread"]})).toThrow("no rows for metrics: spread");
    expect(() => convergenceFigure(rows(), {groups: "states" as "regions"})).toThrow("invalid groups: states");
  });
});
