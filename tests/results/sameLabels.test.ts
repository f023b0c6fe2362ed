/**
 * One results format (issue #10, point 4): the same folders, loaded through the command line's
 * path (`readResultFolder` + `compareRows`, what `rcmp compare` runs) and through the notebook's
 * (`notebooks/lib/resultSources.ts`, what compare.html runs), get the same kinds, labels and
 * rows; a folder the CLI refuses the notebook leaves out; the `--set` text compare.html shows for
 * a replicated run is one `rcmp run` accepts.
 */
import {builtin} from "../helpers/scenarios.js";
import {beforeAll, describe, expect, it} from "vitest";
import {readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {readResultFolder} from "../../src/io/readResultFolder.js";
import {compareRows} from "../../src/results/compareRows.js";
import {comparedRows, sourceLabels, sourcesFromFiles, type FolderFile} from "../../notebooks/lib/resultSources.js";
import {rcmp, tempDir, type CliResult} from "../helpers/cli.js";

/** Every file under `root`, as the notebook's folder picker gives them (paths below `root`'s parent). */
function picked(root: string): FolderFile[] {
  const files: FolderFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({path: relative(join(root, ".."), path), text: async () => readFileSync(path, "utf8"), bytes: async () => new Uint8Array(readFileSync(path))});
    }
  };
  walk(root);
  return files;
}

describe("the CLI and the notebook read folders alike", () => {
  const dir = join(tempDir(), "mine");
  const hegemon = resolve("scenarios/teaching/hegemon.yaml");
  const made: CliResult[] = [];
  beforeAll(async () => {
    made.push(await rcmp(["run", hegemon, "--ticks", "10", "--out", join(dir, "plain"), "--quiet", "--no-plots"]));
    made.push(await rcmp(["run", hegemon, "--ticks", "10", "--replicates", "3", "--set", "dynamics.hegemonBias=0", "--set", "dynamics.dialogue.mode=pairwise", "--out", join(dir, "replicated"), "--quiet", "--no-plots"]));
    const sweepFile = join(dir, "..", "bias.yaml");
    writeFileSync(sweepFile, `base: ${resolve("scenarios/teaching/equal-voice.yaml")}\nreplicates: 2\nparameters:\n  dynamics.hegemonBias: [0, 3]\n  ticks: [10]\n`);
    made.push(await rcmp(["sweep", sweepFile, "--workers", "1", "--out", join(dir, "sweep"), "--no-plots", "--quiet"]));
  }, 120_000);

  it("gives the same kinds, labels and rows to the same folders", async () => {
    for (const r of made) expect(r.code, r.stderr).toBe(0);
    const examples = ["equal-voice", "hegemon", "hegemon-bias"].map((n) => resolve("results/examples", n));
    const mine = ["plain", "replicated", "sweep"].map((n) => join(dir, n));
    const notebook = [...(await sourcesFromFiles(picked(resolve("results/examples")))).sources, ...(await sourcesFromFiles(picked(dir))).sources];
    expect(notebook.map((s) => s.name)).toEqual(["examples/equal-voice", "examples/hegemon", "examples/hegemon-bias", "mine/plain", "mine/replicated", "mine/sweep"]);
    expect(notebook.every((s) => s.checked === "sha256")).toBe(true);
    const cli = compareRows(await Promise.all([...examples, ...mine].map(readResultFolder)), {metrics: ["dispersion"]});
    expect(notebook.map((s) => s.kind)).toEqual(cli.kinds);
    expect(cli.kinds).toEqual(["run", "run", "sweep", "run", "replicated", "sweep"]);
    expect(sourceLabels(notebook)).toEqual(cli.labels);
    // runs by their scenario's title; the three runs of one title told apart by folder name, then by their --set values
    const title = (file: string) => builtin(file).title;
    const equal = title("scenarios/teaching/equal-voice.yaml");
    const hegemon = title("scenarios/teaching/hegemon.yaml");
    expect(cli.labels).toEqual([equal, `${hegemon} (hegemon)`, "hegemon-bias", `${hegemon} (plain)`, `${hegemon} (hegemonBias=0, mode="pairwise")`, "bias"]);
    expect(comparedRows(notebook, ["dispersion"])).toEqual(cli.rows.map(({group: _group, ...row}) => row));
  });

  it("describes a replicated run with --set arguments that rcmp run accepts", async () => {
    const [source] = (await sourcesFromFiles(picked(join(dir, "replicated")))).sources;
    expect(source.description).toBe(`3 replicates of ${hegemon}, seed 1, 10 ticks, --set dynamics.hegemonBias=0 --set dynamics.dialogue.mode="pairwise"`);
    const sets = source.description.slice(source.description.indexOf("--set")).split(" ");
    const again = await rcmp(["run", hegemon, "--ticks", "10", ...sets, "--out", join(dir, "..", "again"), "--quiet", "--no-plots"]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, "..", "again", "timeseries.csv"), "utf8")).toBe(readFileSync(join(dir, "replicated", "timeseries.csv"), "utf8"));
  });

  it("leaves out, with the CLI's message, a folder the CLI refuses", async () => {
    const files = picked(join(dir, "plain")).map((f) => (f.path.endsWith("timeseries.csv") ? {...f, bytes: async () => new TextEncoder().encode("tick\n"), text: async () => "tick\n"} : f));
    const {sources, problems} = await sourcesFromFiles(files);
    expect(sources).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^plain\/timeseries\.csv: damaged: its sha256 differs from the one manifest\.json records \(5 bytes, \d+ when written\)/);
    await expect(readResultFolder(join(dir, "plain"))).resolves.toBeDefined();
  });
});
