/**
 * The notebooks' helpers (notebooks/lib): slider overrides and the equivalent `rcmp run`
 * command, and the reading of CLI result folders. No browser needed.
 */
import {describe, expect, it, vi} from "vitest";
import {createHash} from "node:crypto";
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseText, validateScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {cliCommand, controlOverrides, controls} from "../../notebooks/lib/teachingControls.js";
import {comparedRows, shortNames, sourceLabels, sourcesFromFiles, type FolderFile} from "../../notebooks/lib/resultSources.js";
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
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  /** The files of a results folder `dir` as the folder picker gives them, with a manifest listing each. */
  const folder = (dir: string, files: Record<string, string>, manifest: Record<string, unknown>): FolderFile[] => {
    const listed = Object.entries(files).map(([name, text]) => ({name, sha256: sha(text), bytes: Buffer.byteLength(text)}));
    const all = {...files, "manifest.json": JSON.stringify({tool: "rcmp-sim", version: "x", ...manifest, files: listed})};
    return Object.entries(all).map(([name, text]) => ({path: `${dir}/${name}`, text: async () => text}));
  };
  const timeseries = "tick,year,group,metric,value\n0,,all,dispersion,0.5\n0,,region:a,dispersion,0.4\n1,,all,dispersion,0.25\n";
  const run = (dir: string, overrides: unknown[] = []) => folder(dir, {"timeseries.csv": timeseries, "scenario.yaml": "id: demo\ntitle: Demo run\n"},
    {kind: "run", scenario: {id: "demo", file: "demo.yaml"}, seed: 1, ticks: 2, overrides});

  it("reads quoted CSV cells by column name (the reader compare and the notebooks share)", () => {
    const rows: Record<string, string>[] = [];
    csvTable('a,b\n"x,1","say ""hi"""\n', "t.csv").forEach((cell) => rows.push({a: cell("a"), b: cell("b")}));
    expect(rows).toEqual([{a: "x,1", b: 'say "hi"'}]);
  });

  it("turns a run's group all into a curve whose band is the line, labelled by its title as rcmp compare labels it", async () => {
    const {sources} = await sourcesFromFiles(run("runs/demo", [{path: "dynamics.hegemonBias", value: 2}]));
    expect(sources[0].description).toBe("run of demo.yaml, seed 1, 2 ticks, --set dynamics.hegemonBias=2");
    expect(comparedRows(sources, ["dispersion"])).toEqual([
      {label: "Demo run", tick: 0, year: null, metric: "dispersion", mean: 0.5, p05: 0.5, p50: 0.5, p95: 0.5},
      {label: "Demo run", tick: 1, year: null, metric: "dispersion", mean: 0.25, p05: 0.25, p50: 0.25, p95: 0.25}
    ]);
  });

  it("labels a sweep's points by short parameter names unless two collide", async () => {
    expect(shortNames(["dynamics.hegemonBias", "processes.forum.ngo"])).toEqual(["hegemonBias", "ngo"]);
    expect(shortNames(["processes.a.ngo", "processes.b.ngo"])).toEqual(["processes.a.ngo", "processes.b.ngo"]);
    const curves = "point,dynamics.hegemonBias,metric,tick,year,n,mean,p05,p50,p95\n0,4,dispersion,0,1990,3,0.2,0.1,0.2,0.3\n";
    const {sources} = await sourcesFromFiles(folder("s", {"curves.csv": curves, "design.csv": "run,point,replicate,seed,dynamics.hegemonBias\n0,0,0,1,4\n", "runs.csv": "run\n"},
      {kind: "sweep", status: "complete", parameters: ["dynamics.hegemonBias"], points: 1, replicates: 3, sweep: {file: "bias.yaml"}}));
    expect(comparedRows(sources)).toEqual([{label: "hegemonBias=4", tick: 0, year: 1990, metric: "dispersion", mean: 0.2, p05: 0.1, p50: 0.2, p95: 0.3}]);
  });

  it("finds results folders among picked files and keeps two runs of one scenario apart", async () => {
    const files = [...run("r/a"), ...run("r/b", [{path: "dynamics.hegemonBias", value: 1}]), {path: "r/notes/readme.txt", text: async () => "no result"}];
    const {sources, problems} = await sourcesFromFiles(files);
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.name, s.kind])).toEqual([["r/a", "run"], ["r/b", "run"]]);
    expect(sourceLabels(sources)).toEqual(["Demo run", "Demo run (hegemonBias=1)"]);
  });

  it("tells a replicated run from a sweep by its manifest, and leaves out a damaged folder with the CLI's message", async () => {
    const curves = "group,metric,tick,year,n,mean,p05,p50,p95\nall,dispersion,0,,3,0.2,0.1,0.2,0.3\n";
    const rep = folder("x/rep", {"curves.csv": curves, "timeseries.csv": timeseries}, {kind: "replicated", scenario: {id: "demo", file: "demo.yaml"}, seed: 1, ticks: 2, replicates: {count: 3}, overrides: []});
    const damaged = run("x/bad").map((f) => (f.path.endsWith("timeseries.csv") ? {...f, text: async () => timeseries.replace("0.25", "0.26")} : f));
    const {sources, problems} = await sourcesFromFiles([...rep, ...damaged]);
    expect(sources.map((s) => [s.name, s.kind])).toEqual([["x/rep", "replicated"]]);
    expect(problems).toEqual([expect.stringMatching(/^x\/bad\/timeseries\.csv: damaged: its sha256 differs/)]);
  });

  it("without WebCrypto, checks that each file is there with its size, and says so", async () => {
    vi.stubGlobal("crypto", undefined);
    try {
      const {sources} = await sourcesFromFiles(run("r/a"));
      expect(sources[0].checked).toBe("presence");
      const cut = run("r/b").map((f) => (f.path.endsWith("timeseries.csv") ? {...f, text: async () => timeseries.slice(0, 40)} : f));
      expect((await sourcesFromFiles(cut)).problems).toEqual([expect.stringMatching(/^r\/b\/timeseries\.csv: damaged/)]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
