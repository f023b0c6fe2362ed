import {describe, expect, it} from "vitest";
import {positionsFigure} from "../../src/plot/positionsFigure.js";
import {renderSvg} from "../../src/plot/render.js";
import {normaliseSvg, parseSvg, texts} from "./svgTools.js";

const states = [
  {id: "USA", region: "north", values: {protection: 0.4, control: 0.9}},
  {id: "CAN", region: "north", values: {protection: 0.7, control: 0.6}},
  {id: "MEX", region: "central", values: {protection: 0.5, control: 0.3}},
  {id: "GTM", region: "central", values: {protection: 0.5, control: 0.2}},
  {id: "HND", region: "central", values: {protection: 0.5, control: 0.25}}
];

describe("positionsFigure", () => {
  it("draws a dot per state and dimension coloured by region, and rings and names the highlight", async () => {
    const options = positionsFigure(states, ["protection", "control"], {
      highlight: "USA", standards: {protection: 0.85}, labels: {protection: "Refugee protection"}, title: "Start"
    });
    const svg = renderSvg(options);
    const doc = parseSvg(svg);
    const dots = [...doc.querySelectorAll('g[aria-label="dot"] circle')];
    expect(dots).toHaveLength(2 * states.length + 2);
    const rings = dots.filter((c) => c.getAttribute("r") === "9.5");
    expect(rings).toHaveLength(2);
    expect(texts(doc, "text").filter((t) => t === "USA")).toHaveLength(2);
    expect(texts(doc, "g.legend text")).toEqual(["region", "north", "central"]);
    expect(texts(doc, "text")).toContain("Refugee protection");
    expect(texts(doc, "text")).toContain("control");
    expect(texts(doc, "text")).toContain("standard");
    expect(texts(doc, "text")).toContain("position (0 = low, 1 = high)");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/positions.svg");
  });

  it("stacks states at the same position instead of drawing them on top of each other", () => {
    const doc = parseSvg(renderSvg(positionsFigure(states, ["protection"])));
    const circles = [...doc.querySelectorAll('g[aria-label="dot"] circle')];
    const places = new Set(circles.map((c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`));
    expect(places.size).toBe(states.length);
  });

  it("refuses an unknown highlight and a missing value", () => {
    expect(() => positionsFigure(states, ["protection"], {highlight: "BRA"})).toThrow("unknown highlight state: BRA");
    expect(() => positionsFigure(states, ["asylum"])).toThrow("state USA has no value for dimension asylum");
  });
});
