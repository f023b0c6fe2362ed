/**
 * The comparison figure: bands side by side, or one panel per region and metric.
 */
import {describe, expect, it} from "vitest";
import {compareFigure, compareSubtitle, compareTitle} from "../../src/plot/compareFigure.js";
import {facetColumns, regionFacetFigure} from "../../src/plot/regionFacetFigure.js";
import type {CompareRow} from "../../src/plot/compareRow.js";
import {renderSvg} from "../../src/plot/render.js";
import {parseSvg, texts} from "./svgTools.js";

function rows(labels: string[], groups: string[], metrics = ["dispersion", "toStandard"]): CompareRow[] {
  return labels.flatMap((label, i) => groups.flatMap((group, g) => metrics.flatMap((metric) =>
    [0, 1, 2, 3].map((tick) => {
      const mean = 0.4 - 0.05 * tick + 0.02 * i + 0.01 * g;
      return {label, group, tick, year: 2000 + tick / 4, metric, mean, p05: mean - 0.02, p50: mean, p95: mean + 0.02};
    }))));
}

const lines = (doc: Document) => [...doc.querySelectorAll('g[aria-label="line"] path')];

describe("regionFacetFigure", () => {
  it("draws a panel per region and metric, a line per label in each, with region names and a legend", () => {
    const regions = ["region:north", "region:south", "region:east"];
    const doc = parseSvg(renderSvg(regionFacetFigure(rows(["A", "B"], ["all", ...regions]), {title: "t"})));
    expect(lines(doc)).toHaveLength(2 * 3 * 2);
    const all = texts(doc, "text");
    for (const name of ["north", "south", "east", "distance to standard"]) expect(all).toContain(name);
    expect(texts(doc, "g.legend text")).toEqual(["A", "B"]);
  });

  it("wraps many regions into rows of a few panels", () => {
    expect([1, 3, 4, 5, 9, 18].map(facetColumns)).toEqual([1, 3, 2, 3, 3, 4]);
    const many = Array.from({length: 7}, (_, k) => `region:r${k}`);
    const options = regionFacetFigure(rows(["A"], many, ["dispersion"]));
    expect((options.fy as {domain: number[]}).domain).toHaveLength(3);
    expect(() => regionFacetFigure(rows(["A"], ["all"]))).toThrow("no region curves to draw");
  });
});

describe("compareFigure", () => {
  it("puts curves side by side with their bands when not faceted, keeping the subtitle", () => {
    const options = compareFigure(rows(["A", "B"], ["all"]), {metrics: ["dispersion"], subtitle: "sub"});
    const svg = renderSvg(options);
    expect(lines(parseSvg(svg))).toHaveLength(2);
    expect(svg).toContain(">sub<");
  });

  it("says what lines and bands mean, and shortens a title that would not fit", () => {
    expect(compareSubtitle(0, 2, "all")).toBe("one run per curve; all states");
    expect(compareSubtitle(2, 2, "by-region")).toBe("line: mean over replicates; band: 5–95% of replicates; one panel per region");
    expect(compareSubtitle(1, 2, "region:north")).toContain("(a single run: its line alone); region:north");
    expect(compareTitle(["A", "B"], 800)).toBe("Compared: A · B");
    expect(compareTitle(["A long scenario title ".repeat(3), "Another one ".repeat(4)], 800)).toBe("Compared: 2 results (see the legend)");
  });
});
