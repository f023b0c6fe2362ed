import {describe, expect, it} from "vitest";
import {bandsFigure} from "../../src/plot/bandsFigure.js";
import type {CurveRow} from "../../src/plot/curveRow.js";
import {renderSvg} from "../../src/plot/render.js";
import {lineExtents, normaliseSvg, parseSvg, texts} from "./svgTools.js";

/** Curves for the given labels: mean falls from 0.3 + 0.1·i over 6 ticks, band ±0.05. */
function curves(labels: string[], metrics = ["dispersion", "toHegemon"], years = true): CurveRow[] {
  const rows: CurveRow[] = [];
  labels.forEach((label, i) => {
    for (let tick = 0; tick <= 5; tick++) {
      for (const metric of metrics) {
        const mean = 0.3 + 0.1 * i - 0.04 * tick;
        rows.push({label, tick, year: years ? 2000 + tick : null, metric, mean, p05: mean - 0.05, p50: mean + 0.01, p95: mean + 0.05});
      }
    }
  });
  return rows;
}

const areas = (doc: Document) => [...doc.querySelectorAll('g[aria-label="area"] path')];
const lines = (doc: Document) => [...doc.querySelectorAll('g[aria-label="line"] path')];

describe("bandsFigure", () => {
  it("draws a line and a p05–p95 band per label and metric, with a legend entry per label", async () => {
    const svg = renderSvg(bandsFigure(curves(["h=0", "h=1", "h=2"]), {title: "Bias sweep", legendLabel: "design point"}));
    const doc = parseSvg(svg);
    expect(areas(doc)).toHaveLength(6);
    expect(lines(doc)).toHaveLength(6);
    expect(texts(doc, "g.legend text")).toEqual(["design point", "h=0", "h=1", "h=2"]);
    const all = texts(doc, "text");
    expect(all).toContain("dispersion (mean SD across dimensions)");
    expect(all).toContain("distance to hegemon");
    expect(all).toContain("year");
    const fills = new Set(areas(doc).map((p) => p.getAttribute("fill")));
    expect(fills.size).toBe(3);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/bands.svg");
  });

  it("draws the mean by default and the median on request", () => {
    const rows = curves(["only"], ["dispersion"]);
    const meanY = bandsFigure(rows);
    const medianY = bandsFigure(rows, {center: "p50"});
    const path = (o: ReturnType<typeof bandsFigure>) => lines(parseSvg(renderSvg(o)))[0].getAttribute("d");
    expect(path(meanY)).not.toEqual(path(medianY));
    expect(() => bandsFigure(rows, {center: "p95" as "mean"})).toThrow("invalid center: p95");
  });

  it("gives each label its own column above 8 labels, with headings instead of a legend", async () => {
    const labels = Array.from({length: 10}, (_, i) => `bias=${i}, ngo=${i / 10}`);
    const options = bandsFigure(curves(labels, ["dispersion"], false));
    expect(options.width).toBeGreaterThanOrEqual(800);
    const svg = renderSvg(options);
    const doc = parseSvg(svg);
    expect(doc.querySelector("g.legend")).toBeNull();
    expect(areas(doc)).toHaveLength(10);
    const headings = texts(doc, 'g[aria-label="fx-axis tick label"] text');
    expect(headings).toHaveLength(10);
    expect(headings[3]).toBe("bias=3ngo=0.3");
    expect(texts(doc, 'g[aria-label="x-axis label"] text')).toEqual(["tick"]);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("./__snapshots__/bands-columns.svg");
  });

  it("keeps only the requested metrics and refuses when none is there", () => {
    const doc = parseSvg(renderSvg(bandsFigure(curves(["a", "b"]), {metrics: ["toHegemon", "spread"]})));
    expect(lines(doc)).toHaveLength(2);
    expect(texts(doc, "text")).not.toContain("dispersion (mean SD across dimensions)");
    expect(() => bandsFigure(curves(["a"]), {metrics: ["spread"]})).toThrow("no curve rows for metrics: spread");
  });

  it("gives each metric's panel its own y scale, so that a small metric is not squashed", () => {
    const rows = curves(["a"], ["toHegemon"]).concat(curves(["a"], ["sd.asylum"]).map((r) => ({...r, mean: r.mean / 20, p05: r.p05 / 20, p50: r.p50 / 20, p95: r.p95 / 20})));
    const [big, small] = lineExtents(parseSvg(renderSvg(bandsFigure(rows, {metrics: ["toHegemon", "sd.asylum"]}))), "2");
    expect(small.height).toBeGreaterThan(0.6 * big.height);
  });

  it("shares one y scale across panels on request (one metric at several parameter values)", () => {
    const rows = curves(["a"], ["bias=0"]).concat(curves(["a"], ["bias=4"]).map((r) => ({...r, mean: r.mean / 20, p05: r.p05 / 20, p50: r.p50 / 20, p95: r.p95 / 20})));
    const [big, small] = lineExtents(parseSvg(renderSvg(bandsFigure(rows, {metrics: ["bias=0", "bias=4"], sharedY: true}))), "2");
    expect(small.height).toBeLessThan(0.1 * big.height);
  });

  it("draws a count per tick as the running sum of its mean, without a band, and says so", () => {
    const rows: CurveRow[] = [];
    for (let tick = 0; tick <= 7; tick++) rows.push({label: "hegemon", tick, year: null, metric: "withheld", mean: tick % 2, p05: 0, p50: tick % 2, p95: 1});
    const options = bandsFigure(rows);
    expect(options.fy?.domain).toEqual(["withheld topics, cumulative (running sum of the mean; no band)"]);
    const doc = parseSvg(renderSvg(options));
    expect(areas(doc).every((p) => !/\d/.test(p.getAttribute("d") ?? ""))).toBe(true);
    const [line] = lineExtents(doc, "2");
    expect(line.height).toBeGreaterThan(100);
    // whole numbers on the axis: 0 to 4 topics
    const labels = texts(doc, "text").filter((t) => /^\d+(\.\d+)?$/.test(t));
    expect(labels.every((t) => Number.isInteger(Number(t)))).toBe(true);
  });
});
