import {describe, expect, it} from "vitest";
import {askFigure, type AskPoint} from "../../src/plot/askFigure.js";
import {renderSvg} from "../../src/plot/render.js";
import {parseSvg, texts} from "./svgTools.js";

describe("askFigure", () => {
  const points: AskPoint[] = [0.05, 0.08, 0.12, 0.2, 0.33, 0.45].map((x, k) => ({x, effect: k % 2 ? -0.01 : 0.02, half: 0.005, holds: k % 2 === 0}));
  const base = {assumption: "dynamics.dialogue.rate", effect: "sd.asylum: a − b", margin: 0, expect: "greater" as const};

  it("draws a log-uniform assumption on a log axis with plain decimal tick labels", () => {
    const ticks = texts(parseSvg(renderSvg(askFigure(points, {...base, logX: true}))), "[aria-label='x-axis tick label'] text");
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t).toMatch(/^0\.\d+$/); // 0.05 … 0.4: no SI suffix such as "60m"
    expect(ticks).toContain("0.1");
  });

  it("colours each draw by whether the claim holds", () => {
    const svg = renderSvg(askFigure(points, base));
    expect(svg).toContain("#2e8b57");
    expect(svg).toContain("#c0392b");
  });
});
