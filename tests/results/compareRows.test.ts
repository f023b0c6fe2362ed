/**
 * Assembling a comparison from folders' text: the kind of each folder, labels, groups, metrics,
 * and the errors a user meets.
 */
import {describe, expect, it} from "vitest";
import {compareRows, folderKind, type ResultFolder} from "../../src/results/compareRows.js";
import {InputError} from "../../src/scenario/problems.js";
import {parseGroupOption} from "../../src/results/groupOption.js";

const timeseries = (scale: number) => ["tick,year,group,metric,value",
  ...[0, 1, 2].flatMap((t) => [
    `${t},,all,dispersion,${scale * (3 - t)}`,
    `${t},,all,toHegemon,${scale * (4 - t)}`,
    `${t},,region:north,dispersion,${scale * (2 - t / 2)}`,
    `${t},,region:south,dispersion,${scale * (1 - t / 4)}`
  ])].join("\n") + "\n";

const curves = "group,metric,tick,year,n,mean,p05,p50,p95\nall,dispersion,0,,4,3,2.5,3,3.5\nall,dispersion,1,,4,2,1.5,2,2.5\n";
const sweepCurves = "point,dynamics.hegemonBias,metric,tick,year,n,mean,p05,p50,p95\n0,0,dispersion,0,,5,1,1,1,1\n1,2,dispersion,0,,5,2,1.5,2,2.5\n";

const run = (name: string, title: string, scale = 1, overrides: unknown[] = []): ResultFolder => ({
  path: `r/${name}`, name, timeseries: timeseries(scale), scenarioYaml: `id: ${name}\ntitle: ${title}\n`,
  manifest: JSON.stringify({tool: "rcmp-sim", scenario: {id: name}, overrides})
});
const replicated = (name: string): ResultFolder => ({
  ...run(name, `Replicated ${name}`), curves,
  manifest: JSON.stringify({tool: "rcmp-sim", kind: "replicated", scenario: {id: name}, replicates: {count: 4}, overrides: []})
});
const sweep = (name: string): ResultFolder => ({
  path: `r/${name}`, name, curves: sweepCurves, design: "run,point,replicate,seed,dynamics.hegemonBias\n0,0,0,1,0\n",
  manifest: JSON.stringify({tool: "rcmp-sim", kind: "sweep", sweep: {file: "sweeps/bias.yaml"}, parameters: ["dynamics.hegemonBias"]})
});

describe("folder kinds", () => {
  it("tells runs, replicated runs and sweeps apart", () => {
    expect(folderKind(run("a", "A"))).toBe("run");
    expect(folderKind(replicated("b"))).toBe("replicated");
    expect(folderKind(sweep("c"))).toBe("sweep");
  });

  it("takes the kind from the manifest: a curves.csv dropped into a run folder does not make it a replicated run", () => {
    expect(folderKind({...run("a", "A"), curves})).toBe("run");
    expect(compareRows([{...run("a", "A"), curves}]).banded).toEqual([false]);
    const comparison = {path: "r/c", name: "c", manifest: JSON.stringify({tool: "rcmp-sim", kind: "compare"})};
    expect(() => folderKind(comparison)).toThrow("r/c holds the output of rcmp compare, not a run or sweep folder");
    expect(() => folderKind({...replicated("b"), curves: undefined})).toThrow("r/b: a replicated folder without curves.csv");
  });

  it("names what it looked for in a folder that is none of them", () => {
    const empty: ResultFolder = {path: "some/folder", name: "folder", manifest: "{}"};
    expect(() => folderKind(empty)).toThrow(InputError);
    expect(() => folderKind(empty)).toThrow("some/folder is not a results folder: it has no timeseries.csv (as a run has) and no curves.csv");
    expect(() => folderKind({...sweep("s"), curves: undefined})).toThrow("a sweep folder without curves.csv");
  });
});

describe("compareRows", () => {
  it("labels runs by scenario title, draws the default metrics they have, in folder order", () => {
    const c = compareRows([run("a", "Equal voice"), run("b", "Hegemon", 2)]);
    expect(c.labels).toEqual(["Equal voice", "Hegemon"]);
    expect(c.metrics).toEqual(["dispersion"]);
    expect(c.rows.map((r) => `${r.label}:${r.tick}:${r.mean}`)).toEqual(["Equal voice:0:3", "Equal voice:1:2", "Equal voice:2:1", "Hegemon:0:6", "Hegemon:1:4", "Hegemon:2:2"]);
  });

  it("takes bands from a replicated run's curves.csv and a curve per design point from a sweep", () => {
    const c = compareRows([replicated("rep"), sweep("bias-sweep")], {metrics: ["dispersion"]});
    expect(c.kinds).toEqual(["replicated", "sweep"]);
    expect(c.banded).toEqual([true, true]);
    expect([...new Set(c.rows.map((r) => r.label))]).toEqual(["Replicated rep", "bias: hegemonBias=0", "bias: hegemonBias=2"]);
    expect(c.rows.find((r) => r.label === "Replicated rep")).toMatchObject({p05: 2.5, p95: 3.5});
    expect([...new Set(compareRows([sweep("s")]).rows.map((r) => r.label))]).toEqual(["hegemonBias=0", "hegemonBias=2"]);
  });

  it("keeps same-titled folders apart by their --set values, and takes given labels", () => {
    const c = compareRows([run("a", "World"), run("b", "World", 1, [{path: "dynamics.hegemonBias", value: 2}])]);
    expect(c.labels).toEqual(["World", "World (hegemonBias=2)"]);
    expect(compareRows([run("a", "World"), run("b", "World")], {labels: ["constructivist", undefined]}).labels).toEqual(["constructivist", "World"]);
    expect(() => compareRows([run("a", "A"), run("b", "B")], {labels: ["x", "x"]})).toThrow("--label x is given to two folders");
  });

  it("draws one region, or every region for by-region, from timeseries.csv", () => {
    const one = compareRows([run("a", "A")], {group: "region:south"});
    expect(new Set(one.rows.map((r) => r.group))).toEqual(new Set(["region:south"]));
    const all = compareRows([run("a", "A"), replicated("b")], {group: "by-region"});
    expect(new Set(all.rows.map((r) => r.group))).toEqual(new Set(["region:north", "region:south"]));
    expect(all.group.byRegion).toBe(true);
    expect(all.banded).toEqual([false, false]);
    expect(all.notes.join("\n")).toContain("r/b: by-region curves are replicate 0's");
  });

  it("refuses a group a folder lacks, and any group but all for a sweep", () => {
    expect(() => compareRows([run("a", "A")], {group: "region:east"})).toThrow("r/a: no group region:east in timeseries.csv (it has: region:north, region:south)");
    expect(() => compareRows([sweep("s")], {group: "by-region"})).toThrow("a sweep records group all only");
    expect(() => parseGroupOption("north")).toThrow("invalid --group: north");
  });

  it("refuses a metric no folder has, listing those they have, and notes one some folders lack", () => {
    expect(() => compareRows([run("a", "A")], {metrics: ["spread"]})).toThrow("no folder has metric spread (they have: dispersion, toHegemon)");
    const c = compareRows([run("a", "A"), replicated("b")], {metrics: ["dispersion", "toHegemon"]});
    expect(c.metrics).toEqual(["dispersion", "toHegemon"]);
    expect(c.notes).toEqual(["toHegemon is not in r/b"]);
  });
});
