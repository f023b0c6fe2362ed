import {describe, expect, it} from "vitest";
import {heatmapFigure} from "../../src/plot/heatmapFigure.js";
import {renderSvg} from "../../src/plot/render.js";
import {normaliseSvg, parseSvg, texts} from "./svgTools.js";

/** A 3 × 2 grid, value = x + 10·y, each cell given twice (replicates ±0.5). */
function grid(): {x: number; y: number; value: number}[] {
  const rows: {x: number; y: number; value: number}[] = [];
  for (const x of [0, 0.5, 2]) {
    for (const y of [0.1, 0.2]) {
      rows.push({x, y, value: x + 10 * y - 0.5}, {x, y, value: x + 10 * y + 0.5});
    }
  }
  return rows;
}

const options = {x: "dynamics.hegemonBias", y: "processes.rcm.ngo", metric: "dispersion"};

describe("heatmapFigure", () => {
  it("draws one cell per (x, y), labelled with the mean of its replicates", async () => {
    const svg = renderSvg(heatmapFigure(grid(), {...options, title: "Final dispersion"}));
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(6);
    const values = texts(doc, 'g[aria-label="text"] text').sort();
    expect(values).toEqual(["1", "1.5", "2", "2.5", "3", "4"]);
    const all = texts(doc, "text");
    expect(all).toContain("dynamics.hegemonBias");
    expect(all).toContain("processes.rcm.ngo");
    expect(all).toContain("final dispersion (mean SD across dimensions)");
    expect(doc.querySelectorAll("linearGradient stop").length).toBeGreaterThan(8);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/heatmap.svg");
  });

  it("orders x ascending left to right and y ascending bottom to top", () => {
    const doc = parseSvg(renderSvg(heatmapFigure(grid(), options)));
    const xTicks = texts(doc, 'g[aria-label="x-axis tick label"] text');
    expect(xTicks).toEqual(["0", "0.5", "2"]);
    const yLabels = [...doc.querySelectorAll('g[aria-label="y-axis tick label"] text')];
    const yOf = (label: string) => {
      const el = yLabels.find((t) => t.textContent === label);
      return Number(/translate\([\d.]+,([\d.]+)\)/.exec(el?.getAttribute("transform") ?? "")?.[1]);
    };
    expect(yOf("0.2")).toBeLessThan(yOf("0.1"));
  });

  it("leaves cell labels out on request and refuses empty rows", () => {
    const doc = parseSvg(renderSvg(heatmapFigure(grid(), {...options, cellLabels: false})));
    expect(doc.querySelector('g[aria-label="text"]')).toBeNull();
    expect(() => heatmapFigure([], options)).toThrow("no rows for heat map of dispersion");
  });
});

describe("heatmapFigure precision and spread", () => {
  const close = [{x: 0, y: 0, value: 0.0999}, {x: 1, y: 0, value: 0.1024}, {x: 0, y: 1, value: 0.1011}, {x: 1, y: 1, value: 0.1}];

  it("prints cell values with the digits that tell them apart", () => {
    const doc = parseSvg(renderSvg(heatmapFigure(close, options)));
    expect(texts(doc, 'g[aria-label="text"] text').sort()).toEqual(["0.0999", "0.1", "0.101", "0.102"]);
  });

  it("prints ± half the replicate band and keeps differences within it pale", () => {
    const banded = close.map((c) => ({...c, lo: c.value - 0.01, hi: c.value + 0.01}));
    const figure = heatmapFigure(banded, options);
    const doc = parseSvg(renderSvg(figure));
    expect(texts(doc, 'g[aria-label="text"] text').join(" ")).toMatch(/0\.0999\s*±0\.01/);
    // cell means span 0.0025, the median band 0.02: the colour domain spans the band
    const domain = (figure.color as {domain: number[]}).domain;
    expect(domain[1] - domain[0]).toBeCloseTo(0.02, 12);
    expect(figure.subtitle).toMatch(/± half the 5–95% range of the replicates/);
    const wide = heatmapFigure(close.map((c, k) => ({...c, value: k, lo: k - 0.01, hi: k + 0.01})), options);
    expect((wide.color as {domain: number[]}).domain).toEqual([0, 3]);
  });
});
