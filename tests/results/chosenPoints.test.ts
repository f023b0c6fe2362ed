import {describe, expect, it} from "vitest";
import {chosenPoints} from "../../src/results/chosenPoints.js";
import {parameterFormats, sweepLabelOf, valueFormat} from "../../src/results/labels.js";

const rows = (points: number) => Array.from({length: points}, (_, p) => [0, 10].map((tick) => ({label: `p${p}`, metric: "dispersion", tick, mean: tick === 10 ? (p * 7) % points : 0}))).flat();

describe("chosenPoints", () => {
  it("keeps every point of a small sweep", () => {
    expect(chosenPoints(rows(8)).rows).toHaveLength(16);
    expect(chosenPoints(rows(8)).note).toBe("");
  });

  it("keeps the lowest, quartiles and highest final value of a large one, in that order", () => {
    const r = chosenPoints(rows(25), "dispersion", "s");
    const finals = r.rows.filter((x) => x.tick === 10);
    expect(finals.map((x) => x.mean)).toEqual([0, 6, 12, 18, 24]);
    expect(finals[0].label).toBe("lowest dispersion: p0");
    expect(finals[4].label).toMatch(/^highest dispersion: p/);
    expect(r.note).toMatch(/s has 25 design points: drawn are the 5/);
    expect(chosenPoints(rows(25), "dispersion", "s", 2).rows.filter((x) => x.tick === 10).map((x) => x.mean)).toEqual([0, 24]);
  });
});

describe("value formats", () => {
  it("round values to the digits that tell them apart, keeping integer digits and text", () => {
    const f = valueFormat(["0.2530745720723644", "0.7312", "0.1"]);
    expect(f("0.2530745720723644")).toBe("0.25");
    expect(valueFormat(["0.0999", "0.1024"])("0.1024")).toBe("0.102");
    expect(valueFormat(["1990"])("1990")).toBe("1990");
    expect(valueFormat(["averaging", "pairwise"])("pairwise")).toBe("pairwise");
  });

  it("label sweep points with rounded values", () => {
    const csv = "run,point,replicate,seed,processes.p.ngo,dynamics.hegemonBias\n0,0,0,1,0.2530745720723644,1\n1,1,0,2,0.6123,2\n";
    const formats = parameterFormats(["processes.p.ngo", "dynamics.hegemonBias"], csv);
    const label = sweepLabelOf(["processes.p.ngo", "dynamics.hegemonBias"], undefined, formats);
    expect(label((c) => ({"processes.p.ngo": "0.2530745720723644", "dynamics.hegemonBias": "1"})[c] ?? "")).toBe("ngo=0.25, hegemonBias=1");
  });
});
