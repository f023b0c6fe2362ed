/**
 * `rcmp eval` through the built CLI (`npm test` builds first; alone: `npm run build`): its
 * outcomes equal a sweep's runs.csv for the same seeds and `rcmp run` for the scenario's seed;
 * bad rows get error lines naming the row and the path and the process goes on; each row is
 * answered as it arrives, before the input ends; bad set-up exits with code 2.
 */
import {spawn, spawnSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {createInterface} from "node:readline";
import {beforeAll, describe, expect, it} from "vitest";
import {rcmp, tempDir} from "../helpers/cli.js";
import {csvTable} from "../../src/results/csvTable.js";
import {readScenarioFile} from "../../src/io/readScenario.js";
import {simulate} from "../../src/run/simulate.js";

const cli = resolve("dist/cli/main.js");
const scenario = resolve("scenarios/igc-1985.yaml");
const metrics = ["--metric", "dispersion", "--metric", "toHegemon", "--metric", "meanTrust"];

/** Runs `rcmp eval` on `input`, waiting for it to end. */
function evalRows(args: string[], input: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, "eval", ...args], {input, encoding: "utf8", env: {...process.env, ...env}});
  return {code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}

/** A CSV text as records of cells by column name. */
function records(text: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const table = csvTable(text, "output");
  table.forEach((cell) => out.push(Object.fromEntries(table.columns.map((c) => [c, cell(c)]))));
  return out;
}

let sweepDir: string;
let runs: Record<string, string>[];
let summaryColumns: string[];

beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, "points.yaml");
  writeFileSync(file, `base: ${JSON.stringify(scenario)}\nreplicates: 3\nseed: 11\ndesign: lhs\nsamples: 100\nparameters:\n  dynamics.hegemonBias: {from: 0, to: 4}\n  processes.igc.ngo: {from: 0, to: 1}\nrecord: [dispersion, toHegemon, meanTrust]\n`);
  sweepDir = join(dir, "sweep");
  const r = await rcmp(["sweep", file, "--workers", "2", "--out", sweepDir, "--no-plots", "--quiet"]);
  expect(r.code, r.stderr).toBe(0);
  const text = readFileSync(join(sweepDir, "runs.csv"), "utf8");
  runs = records(text);
  summaryColumns = text.split("\n")[0].split(",").slice(6);
}, 120_000);

describe("rcmp eval outcomes", () => {
  it("equal the sweep's runs.csv when fed its design points with the sweep's seed and replicates", () => {
    const points = runs.filter((r) => r.replicate === "0").map((r) => `${r["dynamics.hegemonBias"]},${r["processes.igc.ngo"]}\n`);
    const out = evalRows([scenario, ...metrics, "--seed", "11", "--replicates", "3", "--workers", "2"], `dynamics.hegemonBias,processes.igc.ngo\n${points.join("")}`);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split("\n")[0]).toBe(["row", "replicate", "seed", ...summaryColumns, "error"].join(","));
    const answers = records(out.stdout);
    expect(answers).toHaveLength(300);
    answers.forEach((a, k) => {
      expect({row: a.row, replicate: a.replicate, seed: a.seed}).toEqual({row: runs[k].point, replicate: runs[k].replicate, seed: runs[k].seed});
      for (const c of summaryColumns) expect(a[c], `run ${k} ${c}`).toBe(runs[k][c]);
      expect(a.error).toBe("");
    });
  });

  it("equal the sweep's runs.csv when each JSON row gives the run's seed, in-process", () => {
    const input = runs.map((r) => `${JSON.stringify({"dynamics.hegemonBias": Number(r["dynamics.hegemonBias"]), "processes.igc.ngo": Number(r["processes.igc.ngo"]), seed: Number(r.seed)})}\n`).join("");
    const out = evalRows([scenario, ...metrics, "--json", "--workers", "1"], input);
    expect(out.code, out.stderr).toBe(0);
    const answers = out.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, number | null>);
    expect(answers).toHaveLength(runs.length);
    answers.forEach((a, k) => {
      expect(a.seed).toBe(Number(runs[k].seed));
      for (const c of summaryColumns) expect(a[c] === null ? "" : String(a[c]), `run ${k} ${c}`).toBe(runs[k][c]);
    });
  });

  it("use the scenario's own seed by default, as rcmp run does", async () => {
    const scenarioOf = await readScenarioFile(scenario, [{path: "dynamics.hegemonBias", value: 2}]);
    const {summary} = simulate(scenarioOf); // what rcmp run --set dynamics.hegemonBias=2 runs
    const out = evalRows([scenario, "--json", "--workers", "1"], "dynamics.hegemonBias\n2\n");
    const [a] = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(a.seed).toBe(scenarioOf.seed);
    expect(a["final.dispersion"]).toBe(summary.final.all.dispersion);
    expect(a["final.toHegemon"]).toBe(summary.final.all.toHegemon);
    expect(a.towardHegemonStart).toBe(summary.towardHegemonStart);
    expect(a.hegemonPull).toBeNull(); // recorded only when asked for (--metric hegemonPull): it needs a twin run
    const asked = evalRows([scenario, "--json", "--workers", "1", "--metric", "hegemonPull"], "dynamics.hegemonBias\n2\n");
    expect(JSON.parse(asked.stdout.trim()).hegemonPull).toBe(summary.hegemonPull);
  });
});

describe("rcmp eval with bad rows", () => {
  it("answers each with an error line naming the row and the path, and goes on", () => {
    const input = [
      `{"dynamics.hegemonBias": 1}`,
      `{"dynamics.hegmonBias": 1}`,
      `{"processes.igc.ngo": 7, "dynamics.hegemonBias": 1}`,
      `{"dynamics.hegemonBias": 1,`,
      `{"dynamics.hegemonBias": 2}`,
      `{"dynamics.hegemonBias": 3}`
    ].join("\n");
    // the run of row 4 (output slot 4) throws, through the sweep's test hook
    const out = evalRows([scenario, "--workers", "2"], input, {RCMP_TEST_FAIL_RUNS: "4"});
    expect(out.code).toBe(1);
    const answers = records(out.stdout);
    expect(answers.map((a) => a.error)).toEqual([
      "",
      "row 1 (line 2): dynamics.hegmonBias: no such field \"hegmonBias\" (did you mean \"hegemonBias\"?)",
      "row 2 (line 3): processes.igc.ngo=7: processes[0].ngo: must be at most 1 (got 7)",
      expect.stringMatching(/^row 3 \(line 4\): not valid JSON/),
      "row 4 (line 5): run failed: test hook RCMP_TEST_FAIL_RUNS failed run 4",
      ""
    ]);
    const alone = records(evalRows([scenario, "--workers", "1"], "dynamics.hegemonBias\n1\n3\n").stdout);
    expect(answers[0]["final.dispersion"]).toBe(alone[0]["final.dispersion"]);
    expect(answers[5]["final.dispersion"]).toBe(alone[1]["final.dispersion"]);
    expect(answers[1]["final.dispersion"]).toBe("");
  });

  it("warns of a CSV column that names no field, and answers each of its rows with an error", () => {
    const out = evalRows([scenario, "--workers", "1"], "dynamics.hegemonBias,processes.igc.ngoo\n1,0.5\n2,0.5\n");
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/warning: CSV column processes.igc.ngoo: no such field "ngoo" \(did you mean "ngo"\?\); every row that sets it gets an error line/);
    expect(records(out.stdout).map((a) => a.error)).toEqual([1, 2].map((n) => `row ${n - 1} (line ${n + 1}): processes.igc.ngoo: no such field "ngoo" (did you mean "ngo"?)`));
  });

  it("exits with code 2 for a bad metric, scenario or CSV header", () => {
    const metric = evalRows([scenario, "--metric", "dispersoin"], "");
    expect(metric.code).toBe(2);
    expect(metric.stderr).toMatch(/--metric dispersoin: this scenario records no metric "dispersoin" \(did you mean "dispersion"\?\)/);
    expect(evalRows(["no-such.yaml"], "").stderr).toMatch(/no-such.yaml: cannot read: no such file/);
    const header = evalRows([scenario, "--workers", "1"], "a,b,a\n1,2,3\n");
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/<stdin>:1:1: the CSV header names column "a" twice/);
  });
});

describe("rcmp schema --eval", () => {
  it("describes the rows rcmp eval reads, with the bounds it applies", async () => {
    const schema = JSON.parse((await rcmp(["schema", "--eval"])).stdout);
    expect(schema.properties.seed).toMatchObject({type: "integer", minimum: 0, maximum: 2 ** 32 - 1});
    expect(schema.$defs.outcome.required).toEqual(["row", "replicate", "seed"]);
    const answers = evalRows([scenario, "--json", "--workers", "1"], `{"seed": ${2 ** 32 - 1}}\n{"seed": ${2 ** 32}}\n`).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(answers[0].error).toBeUndefined();
    expect(answers[1].error).toMatch(/seed: expected a whole number from 0 to 4294967295/);
  });
});

describe("rcmp eval as a long-lived process", () => {
  it("answers each row as it arrives, before its input ends", async () => {
    const child = spawn(process.execPath, [cli, "eval", scenario, "--workers", "2"], {stdio: ["pipe", "pipe", "inherit"]});
    const lines = createInterface({input: child.stdout})[Symbol.asyncIterator]();
    const next = async () => (await lines.next()).value as string;
    const header = await next();
    expect(header.split(",").slice(0, 4)).toEqual(["row", "replicate", "seed", "ticks"]);
    child.stdin.write("dynamics.hegemonBias\n");
    const answers: string[] = [];
    for (const bias of [0, 4, 2]) {
      child.stdin.write(`${bias}\n`);
      answers.push(await next()); // the input is still open: this waits for the answer alone
    }
    child.stdin.end();
    const code = await new Promise((done) => child.on("exit", done));
    expect(code).toBe(0);
    const batch = evalRows([scenario, "--workers", "1"], "dynamics.hegemonBias\n0\n4\n2\n").stdout.trim().split("\n").slice(1);
    expect(answers).toEqual(batch);
  });
});
