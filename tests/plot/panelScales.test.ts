import {describe, expect, it} from "vitest";
import {panelScales} from "../../src/plot/panelScales.js";
import {innerTicks} from "../../src/plot/regionFacetFigure.js";

describe("panelScales", () => {
  it("fits each panel's domain to its own data, from 0 when the data come near it", () => {
    const s = panelScales(new Map([["world dispersion", [0.112, 0.134]], ["toStandard", [0.27, 0.62]], ["spread", [0.01, 0.13]]]));
    const [lo, hi] = s.domains.get("world dispersion")!;
    // world-2004's dispersion stays under 0.14: its axis must not run to the other panel's 0.6
    expect(lo).toBeGreaterThan(0.09);
    expect(lo).toBeLessThanOrEqual(0.112);
    expect(hi).toBeGreaterThanOrEqual(0.134);
    expect(hi).toBeLessThan(0.15);
    expect(s.domains.get("spread")![0]).toBe(0);
    expect(s.domains.get("toStandard")![1]).toBeLessThanOrEqual(0.7);
    // each panel's values map into [0, 1] of the unit scale, its extremes near the ends
    expect(s.y("world dispersion", 0.112)).toBeGreaterThanOrEqual(0);
    expect(s.y("world dispersion", 0.134)).toBeLessThanOrEqual(1);
    expect(s.y("world dispersion", 0.134) - s.y("world dispersion", 0.112)).toBeGreaterThan(0.5);
  });

  it("draws noise as noise: a wobble of 0.01 around 0.52 gets a span of at least a fifth of 0.53", () => {
    const s = panelScales(new Map([["mean asylum", [0.515, 0.52, 0.527]]]));
    const [lo, hi] = s.domains.get("mean asylum")!;
    expect(hi - lo).toBeGreaterThanOrEqual(0.2 * 0.527 - 1e-12);
    expect(lo).toBeLessThanOrEqual(0.515);
    expect(hi).toBeGreaterThanOrEqual(0.527);
  });

  it("gives whole-number panels a domain from 0 with whole ticks", () => {
    const s = panelScales(new Map([["clusters", [1, 2, 2]]]), 4, new Set(["clusters"]));
    expect(s.domains.get("clusters")).toEqual([0, 2]);
  });

  it("takes values apart by rounding only as flat (a two-state run's distance to standard: 0.25 and 0.25000000000000006)", () => {
    const s = panelScales(new Map([["toStandard", [0.25000000000000006, 0.25, 0.25]]]));
    const [lo, hi] = s.domains.get("toStandard")!;
    expect(hi - lo).toBeGreaterThan(0.01);
  });

  it("copes with a flat or empty panel", () => {
    const s = panelScales(new Map([["flat", [0.3, 0.3]], ["none", []]]));
    const [lo, hi] = s.domains.get("flat")!;
    expect(lo).toBeLessThan(0.3);
    expect(hi).toBeGreaterThan(0.3);
    expect(s.domains.get("none")).toEqual([0, 1]);
  });
});

describe("innerTicks", () => {
  it("keeps x ticks clear of both ends of a facet, so that neighbours' labels never meet", () => {
    const ticks = innerTicks(1985, 2005);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) {
      expect(t - 1985).toBeGreaterThanOrEqual(0.12 * 20);
      expect(2005 - t).toBeGreaterThanOrEqual(0.12 * 20);
    }
  });
});
