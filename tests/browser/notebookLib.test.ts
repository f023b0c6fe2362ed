/**
 * The notebooks' helpers (notebooks/lib): slider overrides and the equivalent `rcmp run`
 * command, and the reading of CLI result folders. No browser needed.
 */
import {describe, expect, it} from "vitest";
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseText, validateScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {cliCommand, controlOverrides, controls} from "../../notebooks/lib/teachingControls.js";
import {comparedRows, runSource, shortNames, sourcesFromFiles, sweepSource} from "../../notebooks/lib/resultSources.js";
import {csvTable} from "../../src/results/csvTable.js";

const file = "scenarios/teaching/hegemon.yaml";
const parsed = parseText(readFileSync(file, "utf8"), file);
const base = validateScenario(parsed);
const startValues = () => Object.fromEntries(controls.map((c) => [c.path, c.start(base)]));

/** Splits a shell command line as sh would for the quoting cliCommand uses (single quotes, `\` newlines). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const m of command.replace(/\\\n/g, " ").matchAll(/'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2]);
  return words;
}

describe("teaching controls", () => {
  it("give no override at the scenario's own values", () => {
    expect(controlOverrides(base, startValues())).toEqual([]);
  });

  it("override only what moved", () => {
    const overrides = controlOverrides(base, {...startValues(), "dynamics.hegemonBias": 0, "processes.*.ngo": 0.5});
    expect(overrides.map((o) => o.path)).toEqual(["dynamics.hegemonBias", "processes.*.ngo"]);
    expect(base.dynamics.civilSociety.rate).toBeGreaterThan(0); // so raising ngo lets NGOs in
  });

  it("print an rcmp run command that reproduces the notebook's run", () => {
    const cli = "dist/cli/main.js";
    if (!existsSync(cli)) throw new Error("dist/cli/main.js is missing: run npm run build first");
    const overrides = controlOverrides(base, {...startValues(), "dynamics.hegemonBias": 3, "states.*.stubbornness": 0.1, "processes.*.ngo": 1, seed: 5});
    const words = shellWords(cliCommand(file, overrides));
    expect(words.slice(0, 3)).toEqual(["rcmp", "run", file]);
    const out = mkdtempSync(join(tmpdir(), "rcmp-notebook-"));
    try {
      execFileSync(process.execPath, [cli, ...words.slice(1), "--out", join(out, "run"), "--quiet"], {stdio: "pipe"});
      const summary = JSON.parse(readFileSync(join(out, "run", "summary.json"), "utf8"));
      expect(summary).toEqual(JSON.parse(JSON.stringify(simulate(validateScenario(parsed, overrides)).summary)));
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  });
});

describe("result sources", () => {
  const manifest = (overrides: unknown[] = []) => JSON.stringify({scenario: {id: "demo", file: "demo.yaml"}, seed: 1, ticks: 2, overrides});
  const timeseries = "tick,year,group,metric,value\n0,,all,dispersion,0.5\n0,,region:a,dispersion,0.4\n1,,all,dispersion,0.25\n";

  it("reads quoted CSV cells by column name (the reader compare and the notebooks share)", () => {
    const rows: Record<string, string>[] = [];
    csvTable('a,b\n"x,1","say ""hi"""\n', "t.csv").forEach((cell) => rows.push({a: cell("a"), b: cell("b")}));
    expect(rows).toEqual([{a: "x,1", b: 'say "hi"'}]);
  });

  it("turns a run's group all into a curve whose band is the line", () => {
    const source = runSource("runs/demo", manifest([{path: "dynamics.hegemonBias", value: 2}]), timeseries);
    expect(source.rows).toEqual([
      {label: "demo, hegemonBias=2", tick: 0, year: null, metric: "dispersion", mean: 0.5, p05: 0.5, p50: 0.5, p95: 0.5},
      {label: "demo, hegemonBias=2", tick: 1, year: null, metric: "dispersion", mean: 0.25, p05: 0.25, p50: 0.25, p95: 0.25}
    ]);
  });

  it("labels a sweep's points by short parameter names unless two collide", () => {
    expect(shortNames(["dynamics.hegemonBias", "processes.forum.ngo"])).toEqual(["hegemonBias", "ngo"]);
    expect(shortNames(["processes.a.ngo", "processes.b.ngo"])).toEqual(["processes.a.ngo", "processes.b.ngo"]);
    const curves = "point,dynamics.hegemonBias,metric,tick,year,n,mean,p05,p50,p95\n0,4,dispersion,0,1990,3,0.2,0.1,0.2,0.3\n";
    const source = sweepSource("s", JSON.stringify({parameters: ["dynamics.hegemonBias"], points: 1, replicates: 3}), curves);
    expect(source.rows).toEqual([{label: "hegemonBias=4", tick: 0, year: 1990, metric: "dispersion", mean: 0.2, p05: 0.1, p50: 0.2, p95: 0.3}]);
  });

  it("finds run and sweep folders among picked files and keeps two runs of one scenario apart", async () => {
    const files = [
      {path: "r/a/manifest.json", text: async () => manifest()},
      {path: "r/a/timeseries.csv", text: async () => timeseries},
      {path: "r/b/manifest.json", text: async () => manifest()},
      {path: "r/b/timeseries.csv", text: async () => timeseries},
      {path: "r/notes/readme.txt", text: async () => "no result"}
    ];
    const sources = await sourcesFromFiles(files);
    expect(sources.map((s) => [s.name, s.kind])).toEqual([["r/a", "run"], ["r/b", "run"]]);
    expect([...new Set(comparedRows(sources).map((r) => r.label))]).toEqual(["demo (r/a)", "demo (r/b)"]);
  });

  it("tells a replicated run (curves.csv, no design.csv) from a sweep and labels it by its scenario", async () => {
    const curves = "group,metric,tick,year,n,mean,p05,p50,p95\nall,dispersion,0,,3,0.2,0.1,0.2,0.3\n";
    const sweepCurves = "point,dynamics.hegemonBias,metric,tick,year,n,mean,p05,p50,p95\n0,4,dispersion,0,,3,0.2,0.1,0.2,0.3\n";
    const files = [
      {path: "x/rep/manifest.json", text: async () => manifest([{path: "dynamics.hegemonBias", value: 2}])},
      {path: "x/rep/curves.csv", text: async () => curves},
      {path: "x/sw/manifest.json", text: async () => JSON.stringify({parameters: ["dynamics.hegemonBias"], points: 1, replicates: 3})},
      {path: "x/sw/design.csv", text: async () => "run,point,replicate,seed,dynamics.hegemonBias\n"},
      {path: "x/sw/curves.csv", text: async () => sweepCurves}
    ];
    const sources = await sourcesFromFiles(files);
    expect(sources.map((s) => s.name)).toEqual(["x/rep", "x/sw"]);
    expect(sources[0].rows).toEqual([{label: "demo, hegemonBias=2", tick: 0, year: null, metric: "dispersion", mean: 0.2, p05: 0.1, p50: 0.2, p95: 0.3}]);
    expect(sources[1].rows[0].label).toBe("hegemonBias=4");
  });
});
