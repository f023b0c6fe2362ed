import {mkdtemp, readdir, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import * as Plot from "@observablehq/plot";
import {afterEach, describe, expect, it} from "vitest";
import {renderSvg, svgToPng} from "../../src/plot/render.js";
import {writeFigure} from "../../src/io/writeFigure.js";
import {parseSvg, pngMagic, pngSize, texts} from "./svgTools.js";

const data = [
  {t: 0, v: 1, g: "a"}, {t: 1, v: 2, g: "a"}, {t: 0, v: 2, g: "b"}, {t: 1, v: 0.5, g: "b"}
];
const withExtras: Plot.PlotOptions = {
  title: "A title", subtitle: "A subtitle", caption: "A caption & more", width: 500, height: 300,
  color: {legend: true}, marks: [Plot.lineY(data, {x: "t", y: "v", stroke: "g"})]
};

describe("renderSvg", () => {
  it("returns one standalone svg holding title, subtitle, legend, chart and caption", () => {
    const svg = renderSvg(withExtras);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = parseSvg(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("font-family")).toBe("sans-serif");
    expect(root.querySelector(":scope > rect")?.getAttribute("fill")).toBe("white");
    expect(doc.querySelectorAll("figure, div, h2, h3, span")).toHaveLength(0);
    expect(texts(doc, ":scope > g > text")).toEqual(["A title", "A subtitle", "A caption & more"]);
    expect(texts(doc, "g.legend text")).toEqual(["a", "b"]);
    const chart = root.querySelector(":scope > svg");
    expect(chart?.getAttribute("font-family")).toBe("sans-serif");
    const chartBottom = Number(chart?.getAttribute("y")) + Number(chart?.getAttribute("height"));
    expect(Number(root.getAttribute("height"))).toBeGreaterThan(chartBottom);
    expect(root.getAttribute("width")).toBe("500");
  });

  it("gives a bare chart no extra room", () => {
    const doc = parseSvg(renderSvg({width: 400, height: 200, marks: [Plot.dot(data, {x: "t", y: "v"})]}));
    expect(doc.documentElement.getAttribute("height")).toBe("200");
    expect(doc.querySelector("g.legend")).toBeNull();
  });

  it("draws a continuous colour legend as a ramp with ticks (Plot's own needs a canvas)", () => {
    const doc = parseSvg(renderSvg({
      color: {type: "linear", legend: true, label: "value"},
      marks: [Plot.cell(data, {x: "t", y: "g", fill: "v"})]
    }));
    expect(doc.querySelectorAll("linearGradient stop")).toHaveLength(33);
    expect(texts(doc, "g.legend text")).toEqual(["value", "0.5", "1", "1.5", "2"]);
  });
});

describe("svgToPng", () => {
  it("gives a PNG scaled from the svg's size", () => {
    const svg = renderSvg(withExtras);
    const root = parseSvg(svg).documentElement;
    const png = svgToPng(svg);
    expect([...png.slice(0, 8)]).toEqual(pngMagic);
    expect(pngSize(png)).toEqual({width: 2 * Number(root.getAttribute("width")), height: 2 * Number(root.getAttribute("height"))});
    expect(pngSize(svgToPng(svg, 1)).width).toBe(500);
  });
});

describe("writeFigure", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("writes basePath.svg and basePath.png and leaves no temporary file", async () => {
    dir = await mkdtemp(join(tmpdir(), "rcmp-plot-"));
    const base = join(dir, "figures", "convergence");
    const paths = await writeFigure(withExtras, base);
    expect(paths).toEqual([`${base}.svg`, `${base}.png`]);
    expect(await readdir(join(dir, "figures"))).toEqual(["convergence.png", "convergence.svg"]);
    expect(await readFile(`${base}.svg`, "utf8")).toBe(renderSvg(withExtras));
    expect([...(await readFile(`${base}.png`)).subarray(0, 8)]).toEqual(pngMagic);
  });
});
