/**
 * Reading result files into curve rows: a run's timeseries.csv, a replicated run's and a
 * sweep's curves.csv, and compare.csv written back from the rows.
 */
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {curvesFromTimeseries, timeseriesGroups} from "../../src/results/curvesFromTimeseries.js";
import {curvesFromCurvesCsv} from "../../src/results/curvesFromCurvesCsv.js";
import {compareCsv, compareColumns} from "../../src/results/compareCsv.js";
import {InputError} from "../../src/scenario/problems.js";
import {designParameters, distinctLabels, scenarioTitle, shortNames, sweepLabelOf} from "../../src/results/labels.js";
import type {CompareRow} from "../../src/plot/compareRow.js";

const timeseries = `tick,year,group,metric,value
0,1990,all,dispersion,0.2
0,1990,all,toStandard,0.3
0,1990,region:north,dispersion,0.1
1,1990.25,all,dispersion,0.15
1,1990.25,all,toStandard,0.25
1,1990.25,region:north,dispersion,0.05
`;

const replicatedCurves = `group,metric,tick,year,n,mean,p05,p50,p95
all,dispersion,0,,3,0.2,0.19,0.2,0.21
all,dispersion,1,,3,0.1,0.05,0.1,0.15
`;

const sweepCurves = `point,dynamics.hegemonBias,processes.rcm.ngo,metric,tick,year,n,mean,p05,p50,p95
0,0,0.5,dispersion,0,1990,10,0.2,0.2,0.2,0.2
0,0,0.5,toHegemon,0,1990,10,0.4,0.4,0.4,0.4
1,2,0.5,dispersion,0,1990,10,0.3,0.25,0.3,0.35
`;

describe("curvesFromTimeseries", () => {
  it("turns each value of group all into a zero-width band, with year and label", () => {
    const rows = curvesFromTimeseries(timeseries, "run A");
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual({label: "run A", group: "all", tick: 1, year: 1990.25, metric: "dispersion", mean: 0.15, p05: 0.15, p50: 0.15, p95: 0.15});
  });

  it("keeps another group or metric on request, and lists the groups", () => {
    expect(curvesFromTimeseries(timeseries, "A", {group: "region:north"}).map((r) => r.mean)).toEqual([0.1, 0.05]);
    expect(curvesFromTimeseries(timeseries, "A", {metrics: ["toStandard"]}).map((r) => r.metric)).toEqual(["toStandard", "toStandard"]);
    expect(curvesFromTimeseries(timeseries, "A", {group: (g) => g !== "all"})).toHaveLength(2);
    expect(timeseriesGroups(timeseries)).toEqual(["all", "region:north"]);
  });

  it("leaves out a value the run could not compute (an empty cell), instead of drawing it as 0", () => {
    const gap = "tick,year,group,metric,value\n0,,all,clusters,\n1,,all,clusters,2\n";
    expect(curvesFromTimeseries(gap, "A").map((r) => [r.tick, r.mean])).toEqual([[1, 2]]);
  });

  it("refuses a file that is not a timeseries.csv, naming it and the missing columns", () => {
    expect(() => curvesFromTimeseries("id,name\nUSA,United States\n", "A", {}, "x/states.csv")).toThrow(InputError);
    expect(() => curvesFromTimeseries("id,name\n", "A", {}, "x/states.csv")).toThrow("x/states.csv: missing columns tick, year, group, metric, value");
    expect(() => curvesFromTimeseries("", "A", {}, "x/timeseries.csv")).toThrow("x/timeseries.csv: empty file");
  });
});

describe("curvesFromCurvesCsv", () => {
  it("reads a replicated run's curves (group column, no years)", () => {
    const rows = curvesFromCurvesCsv(replicatedCurves, () => "R");
    expect(rows).toEqual([
      {label: "R", group: "all", tick: 0, year: null, metric: "dispersion", mean: 0.2, p05: 0.19, p50: 0.2, p95: 0.21},
      {label: "R", group: "all", tick: 1, year: null, metric: "dispersion", mean: 0.1, p05: 0.05, p50: 0.1, p95: 0.15}
    ]);
  });

  it("leaves out a tick where no replicate had a value (empty cells), instead of drawing it as 0", () => {
    const gap = "group,metric,tick,year,n,mean,p05,p50,p95\nall,toStandard,0,,0,,,,\nall,toStandard,1,,3,0.2,0.1,0.2,0.3\n";
    expect(curvesFromCurvesCsv(gap, () => "R").map((r) => [r.tick, r.mean])).toEqual([[1, 0.2]]);
  });

  it("reads a sweep's curves the same way, labelling each point by its parameters", () => {
    const labelOf = sweepLabelOf(["dynamics.hegemonBias", "processes.rcm.ngo"]);
    const rows = curvesFromCurvesCsv(sweepCurves, labelOf, {metrics: ["dispersion"]});
    expect(rows.map((r) => [r.label, r.group, r.mean, r.p95])).toEqual([["hegemonBias=0, ngo=0.5", "all", 0.2, 0.2], ["hegemonBias=2, ngo=0.5", "all", 0.3, 0.35]]);
    expect(curvesFromCurvesCsv(sweepCurves, sweepLabelOf(["dynamics.hegemonBias"], "bias sweep"))[0].label).toBe("bias sweep: hegemonBias=0");
    expect(curvesFromCurvesCsv(sweepCurves, () => "x", {group: "region:north"})).toEqual([]);
  });
});

describe("labels", () => {
  it("finds the swept parameters in design.csv and shortens them unless they clash", () => {
    expect(designParameters("run,point,replicate,seed,dynamics.hegemonBias,states.USA.power\n0,0,0,1,0,100\n")).toEqual(["dynamics.hegemonBias", "states.USA.power"]);
    expect(designParameters("run,point,replicate,seed\n")).toEqual([]);
    expect(shortNames(["dynamics.hegemonBias", "processes.igc.ngo"])).toEqual(["hegemonBias", "ngo"]);
    expect(shortNames(["processes.igc.ngo", "processes.rcm.ngo"])).toEqual(["processes.igc.ngo", "processes.rcm.ngo"]);
  });

  it("takes a scenario's title, else its id", () => {
    expect(scenarioTitle('# resolved\nid: h\ntitle: "Teaching: hegemon"\nseed: 1\n')).toBe("Teaching: hegemon");
    expect(scenarioTitle('id: h\ntitle: ""\n')).toBe("h");
    expect(scenarioTitle("::: not yaml [")).toBeUndefined();
  });

  it("makes labels distinct: detail first, then folder name, then a number", () => {
    expect(distinctLabels([
      {label: "A", detail: "", name: "a1"},
      {label: "A", detail: "bias=2", name: "a2"},
      {label: "B", detail: "x", name: "b"}
    ])).toEqual(["A", "A (bias=2)", "B"]);
    expect(distinctLabels([{label: "A", detail: "", name: "f"}, {label: "A", detail: "", name: "g"}])).toEqual(["A (f)", "A (g)"]);
    expect(distinctLabels([{label: "A", detail: "", name: "f"}, {label: "A", detail: "", name: "f"}])).toEqual(["A (f) #1", "A (f) #2"]);
  });
});

describe("compareCsv", () => {
  it("writes the columns asked for and reads back what it was given, labels with commas included", () => {
    const row = fc.record({
      label: fc.string({minLength: 1, maxLength: 12}).filter((s) => !/[\r\n"]/.test(s)),
      group: fc.constantFrom("all", "region:north"),
      tick: fc.nat(1000),
      year: fc.option(fc.double({min: 1900, max: 2100, noNaN: true}), {nil: null}),
      metric: fc.constantFrom("dispersion", "mean.control"),
      mean: fc.double({min: -1, max: 1, noNaN: true}),
      p05: fc.double({min: -1, max: 1, noNaN: true}),
      p50: fc.double({min: -1, max: 1, noNaN: true}),
      p95: fc.double({min: -1, max: 1, noNaN: true})
    });
    fc.assert(fc.property(fc.array(row, {minLength: 1, maxLength: 20}), (rows: CompareRow[]) => {
      const text = compareCsv(rows);
      expect(text.split("\n")[0]).toBe(compareColumns.join(","));
      const back = curvesFromCurvesCsv(text, (cell) => cell("label"), {group: () => true});
      // String(-0) is "0", so -0 reads back as 0: compare with every -0 made 0.
      expect(back).toEqual(rows.map((r) => ({...r, mean: r.mean + 0, p05: r.p05 + 0, p50: r.p50 + 0, p95: r.p95 + 0, year: r.year === null ? null : r.year + 0})));
    }), {numRuns: 50});
  });
});
