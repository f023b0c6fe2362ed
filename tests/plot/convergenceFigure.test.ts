import {describe, expect, it} from "vitest";
import type {TidyRow} from "../../src/metrics/series.js";
import {convergenceFigure} from "../../src/plot/convergenceFigure.js";
import {renderSvg} from "../../src/plot/render.js";
import {lineExtents, normaliseSvg, parseSvg, swatchColors, texts} from "./svgTools.js";

const regions = ["north", "south", "islands"];

/** The y of every point a path's M, L, H and V commands reach, in order. */
function pathYs(d: string): number[] {
  const ys: number[] = [];
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHV])([^MLHVZ]*)/g)) {
    const numbers = args.split(/[ ,]+/).filter(Boolean).map(Number);
    if (command === "V") y = numbers[0];
    else if (command !== "H") y = numbers[1];
    ys.push(y);
  }
  return ys;
}

/** 11 quarterly ticks from 1990; dispersion halves every 5 ticks, toStandard falls linearly, meanTrust rises. */
function rows(options: {years?: boolean; standard?: boolean; processes?: boolean; regionNames?: string[]} = {}): TidyRow[] {
  const {years = true, standard = true, processes = true, regionNames = regions} = options;
  const groups = ["all", ...regionNames.map((r) => `region:${r}`), ...(processes ? ["process:rcm"] : [])];
  const out: TidyRow[] = [];
  for (let tick = 0; tick <= 10; tick++) {
    groups.forEach((group, g) => {
      const year = years ? 1990 + tick / 4 : null;
      out.push({tick, year, group, metric: "dispersion", value: (0.2 + 0.05 * g) * 0.5 ** (tick / 5)});
      if (standard) out.push({tick, year, group, metric: "toStandard", value: 0.5 - 0.02 * tick});
      out.push({tick, year, group, metric: "meanTrust", value: 0.3 + 0.01 * tick});
      if (group === "all") {
        out.push({tick, year, group, metric: "withheld", value: tick % 2});
        out.push({tick, year, group, metric: "meetings", value: 0});
        out.push({tick, year, group, metric: "betweenRegion", value: 0.012 - 0.0005 * tick});
      }
    });
  }
  return out;
}

/** Line paths of the figure, keyed by their group's stroke width ("1.6" groups, "3.2" all beside groups, "2.4" all alone). */
function linePaths(doc: Document, strokeWidth: string): Element[] {
  return [...doc.querySelectorAll(`g[aria-label="line"] > g[stroke-width="${strokeWidth}"] > path`)];
}

describe("convergenceFigure", () => {
  it("draws a panel per metric, a thick line for all and a line of its own colour per region", async () => {
    const svg = renderSvg(convergenceFigure(rows(), {title: "Synthetic"}));
    const doc = parseSvg(svg);
    expect(linePaths(doc, "3.2")).toHaveLength(2);
    expect(linePaths(doc, "1.6")).toHaveLength(2 * regions.length);
    expect(texts(doc, "g.legend text")).toEqual(["all states", ...regions]);
    const colors = swatchColors(doc);
    expect(new Set(colors).size).toBe(colors.length);
    const all = texts(doc, "text");
    expect(all).toContain("Synthetic");
    expect(all).toContain("dispersion (mean SD across dimensions)");
    expect(all).toContain("distance to standard");
    expect(all).toContain("year");
    expect(all.some((t) => t.includes("rcm"))).toBe(false);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/convergence.svg");
  });

  it("gives each panel its own y scale: a metric of small values fills its panel as a large one does", () => {
    const doc = parseSvg(renderSvg(convergenceFigure(rows(), {metrics: ["betweenRegion", "toStandard"], groups: "all-only"})));
    const [small, large] = lineExtents(doc, "2.4");
    // betweenRegion falls 0.005 and toStandard 0.2: on one shared scale the first would be a flat line
    expect(small.height).toBeGreaterThan(0.6 * large.height);
    const ticks = texts(doc, "text").map(Number).filter((v) => Number.isFinite(v) && v > 0 && v < 1);
    expect(Math.min(...ticks.filter((t) => t < 0.1))).toBeGreaterThanOrEqual(0.006);
    expect(ticks.filter((t) => t < 0.1).every((t) => t <= 0.013)).toBe(true);
  });

  it("never repeats a colour: beyond 8 groups only all states is drawn, and the caption says so", () => {
    const many = Array.from({length: 12}, (_, k) => `r${k}`);
    const options = convergenceFigure(rows({regionNames: many}));
    const doc = parseSvg(renderSvg(options));
    expect(linePaths(doc, "1.6")).toHaveLength(0);
    expect(doc.querySelector("g.legend")).toBeNull();
    expect(options.caption).toContain("the 12 groups, too many to tell apart by colour");
    const eight = parseSvg(renderSvg(convergenceFigure(rows({regionNames: many.slice(0, 8)}))));
    expect(new Set(swatchColors(eight)).size).toBe(9);
  });

  it("leaves groups of one state out of spread panels only, and says so", () => {
    const options = convergenceFigure(rows(), {groupSizes: {"region:islands": 1, "region:north": 4, "region:south": 3}});
    const doc = parseSvg(renderSvg(options));
    // dispersion: north and south; toStandard: all three
    expect(linePaths(doc, "1.6")).toHaveLength(2 + 3);
    expect(options.caption).toContain("groups of one state (islands)");
  });

  it("draws a count per tick as a running sum, and leaves out a panel that never changes", () => {
    const options = convergenceFigure(rows(), {metrics: ["withheld", "meetings", "dispersion"], groups: "all-only"});
    expect(options.fy?.domain).toEqual(["withheld topics, cumulative", "dispersion (mean SD across dimensions)"]);
    expect(options.caption).toContain("meetings, cumulative: 0 throughout");
    const doc = parseSvg(renderSvg(options));
    // the first panel's line (withheld), drawn as steps
    const first = [...doc.querySelectorAll('g[aria-label="line"] > g[transform="translate(0,0)"] > path')].map((p) => p.getAttribute("d")!);
    expect(first).toHaveLength(1);
    const ys = pathYs(first[0]);
    // running sums never fall: in SVG coordinates y never grows
    for (let k = 1; k < ys.length; k++) expect(ys[k]).toBeLessThanOrEqual(ys[k - 1] + 1e-9);
    expect(ys[0] - ys.at(-1)!).toBeGreaterThan(50);
  });

  it("marks events with a labelled rule", () => {
    const options = convergenceFigure(rows(), {events: [{tick: 4, year: 1991, label: "securitisation shock"}]});
    const doc = parseSvg(renderSvg(options));
    expect(texts(doc, "text")).toContain("securitisation shock");
    expect(doc.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThan(0);
    // many events: numbered rules, listed in the caption
    const many = Array.from({length: 6}, (_, k) => ({tick: 4 + k % 2, year: 1991 + (k % 2) / 4, label: `event number ${k} with a long name`}));
    const numbered = convergenceFigure(rows(), {events: many});
    expect(numbered.caption).toMatch(/^Events: 1 \(1991\) event number 0 with a long name; event number 2/);
  });

  it("uses ticks without a calendar, and shows processes or only all on request", () => {
    const byTick = parseSvg(renderSvg(convergenceFigure(rows({years: false}), {groups: "processes"})));
    expect(texts(byTick, 'g[aria-label="x-axis label"] text')).toEqual(["tick"]);
    expect(texts(byTick, "g.legend text")).toEqual(["all states", "rcm"]);
    const allOnly = parseSvg(renderSvg(convergenceFigure(rows(), {groups: "all-only", metrics: ["meanTrust"]})));
    expect(linePaths(allOnly, "1.6")).toHaveLength(0);
    expect(linePaths(allOnly, "2.4")).toHaveLength(1);
    expect(allOnly.querySelector("g.legend")).toBeNull();
    const named = parseSvg(renderSvg(convergenceFigure(rows(), {groups: ["region:south"]})));
    expect(texts(named, "g.legend text")).toEqual(["all states", "south"]);
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
