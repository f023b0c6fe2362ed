import {describe, expect, it} from "vitest";
import {scatterFigure} from "../../src/plot/scatterFigure.js";
import {loess} from "../../src/plot/smoother.js";
import {distinctDigits} from "../../src/plot/distinctDigits.js";
import {renderSvg} from "../../src/plot/render.js";
import {parseSvg, texts} from "./svgTools.js";

describe("loess", () => {
  it("reproduces a straight line exactly and spans the x range", () => {
    const xs = Array.from({length: 50}, (_, k) => (k * 7) % 50 / 10);
    const curve = loess(xs, xs.map((x) => 3 - 2 * x), 0.3, 11);
    expect(curve).toHaveLength(11);
    expect(curve[0].x).toBe(0);
    expect(curve[10].x).toBeCloseTo(4.9, 12);
    for (const p of curve) expect(p.y).toBeCloseTo(3 - 2 * p.x, 10);
  });

  it("follows a curve that a straight line misses", () => {
    const xs = Array.from({length: 200}, (_, k) => k / 199);
    const curve = loess(xs, xs.map((x) => (x - 0.5) ** 2), 0.3, 21);
    expect(curve[10].y).toBeLessThan(0.01);
    expect(curve[0].y).toBeGreaterThan(0.2);
    expect(loess([1, 1, 2], [1, 2, 3])).toEqual([]);
  });
});

describe("distinctDigits", () => {
  it("is the fewest digits (from 2) at which distinct values print apart", () => {
    expect(distinctDigits([0.0999, 0.1024])).toBe(3);
    expect(distinctDigits([0.25, 0.5, 0.75])).toBe(2);
    expect(distinctDigits([0.1052, 0.1053, 0.2])).toBe(4);
    expect(distinctDigits([1, 1, 1])).toBe(2);
  });
});

describe("scatterFigure", () => {
  const points = Array.from({length: 120}, (_, k) => {
    const a = ((k * 37) % 120) / 120;
    const mode = k % 2 ? "pairwise" : "averaging";
    const mean = 2 * a + (mode === "pairwise" ? 1 : 0);
    return {values: [String(a * 4), mode], mean, p05: mean - 0.1, p95: mean + 0.1};
  });

  it("draws a panel per parameter with its own ticks, a dot and whisker per point, and a smoother", () => {
    const doc = parseSvg(renderSvg(scatterFigure(points, {parameters: ["hegemonBias", "mode"], title: "t"})));
    expect(doc.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(240);
    expect(doc.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(240);
    const all = texts(doc, "text");
    for (const t of ["hegemonBias", "mode", "averaging", "pairwise", "0", "1", "3"]) expect(all).toContain(t);
    expect(doc.querySelectorAll('g[aria-label="line"] path').length).toBeGreaterThanOrEqual(3);
  });

  it("refuses no points", () => {
    expect(() => scatterFigure([], {parameters: ["a"]})).toThrow(/no design points/);
  });
});
