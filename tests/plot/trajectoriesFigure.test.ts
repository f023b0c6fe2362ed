import {describe, expect, it} from "vitest";
import {renderSvg} from "../../src/plot/render.js";
import {trajectoriesFigure, type TrajectoriesData} from "../../src/plot/trajectoriesFigure.js";
import {parseSvg, swatchColors, texts} from "./svgTools.js";

/** `n` states in `regions` regions (in turn), over 5 years, each drifting toward 0.2 or 0.8. */
function data(n: number, regions: number): TrajectoriesData {
  const times = [2000, 2001, 2002, 2003, 2004];
  return {
    axis: "year", times, ticks: [0, 4, 8, 12, 16],
    states: Array.from({length: n}, (_, i) => {
      const start = (i + 0.5) / n;
      const target = i < 0.3 * n ? 0.2 : 0.8;
      return {id: `S${i}`, region: `r${i % regions}`, values: times.map((_, k) => start + ((target - start) * k) / 4)};
    })
  };
}

const paths = (doc: Document) => [...doc.querySelectorAll('g[aria-label="line"] path')];

describe("trajectoriesFigure", () => {
  it("draws a line per state coloured by region, no colour twice, the highlight thick and named", () => {
    const doc = parseSvg(renderSvg(trajectoriesFigure(data(12, 3), {dimension: "asylum", ends: ["restrictive", "protective: full"], highlight: "S4", standard: 0.85})));
    expect(paths(doc)).toHaveLength(12 + 1);
    const colors = swatchColors(doc);
    expect(colors).toHaveLength(3);
    expect(new Set(colors).size).toBe(3);
    const all = texts(doc, "text");
    expect(all).toContain("S4");
    expect(all).toContain("standard");
    expect(all).toContain("position on asylum (0 = restrictive, 1 = protective)");
  });

  it("sets the y title inside the figure, clear of its left edge", () => {
    const doc = parseSvg(renderSvg(trajectoriesFigure(data(5, 1), {dimension: "asylum"})));
    const title = [...doc.querySelectorAll("text")].find((t) => t.textContent === "position on asylum")!;
    const x = Number(/translate\(([\d.]+)/.exec(title.getAttribute("transform") ?? title.parentElement?.getAttribute("transform") ?? "")?.[1] ?? title.getAttribute("x"));
    expect(x).toBeGreaterThanOrEqual(20);
  });

  it("gives each region a panel of its own when the regions outnumber the colours", () => {
    const doc = parseSvg(renderSvg(trajectoriesFigure(data(40, 10), {dimension: "asylum"})));
    const all = texts(doc, "text");
    for (let r = 0; r < 10; r++) expect(all).toContain(`r${r}`);
    expect(doc.querySelector("g.legend")).toBeNull();
    expect(new Set(paths(doc).map((p) => p.getAttribute("stroke") ?? p.parentElement?.getAttribute("stroke"))).size).toBe(1);
  });

  it("draws many states as a density and counts the groups they end in", () => {
    const options = trajectoriesFigure(data(1000, 1), {dimension: "opinion"});
    const all = texts(parseSvg(renderSvg(options)), "text");
    // 30% of the states drift to 0.2, 70% to 0.8
    expect(all).toContain("300 states");
    expect(all).toContain("700 states");
  });
});
