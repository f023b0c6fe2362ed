/**
 * End-to-end sweep tests through the built CLI: the same sweep gives the same bytes with 1
 * worker, 2 workers, as 3 shards merged, and killed with SIGKILL then resumed; failing runs
 * land in failures.csv with exit code 1; bad input is refused before anything runs.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {existsSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {requireBuild, fixtures, killWhen, read, rows, tempDir} from "./cliHelpers.js";
import {rcmp} from "../helpers/cli.js";
import {sweep} from "../../src/sweep/sweep.js";

const compared = ["design.csv", "runs.csv", "curves.csv", "failures.csv"];
const det = join(fixtures, "determinism.yaml");
const grid = join(fixtures, "grid.yaml");
let reference: string;

beforeAll(async () => {
  requireBuild();
  reference = join(tempDir(), "one");
  const r = await rcmp(["sweep", det, "--workers", "1", "--out", reference, "--no-plots"]);
  expect(r.code, r.stderr).toBe(0);
}, 240_000);

function expectSameAsReference(dir: string): void {
  for (const name of compared) expect(read(dir, name), name).toBe(read(reference, name));
}

describe("determinism", () => {
  it("writes every run once, in run order, with curves for every design point", () => {
    const ids = rows(reference, "runs.csv").map((l) => Number(l.split(",")[0]));
    expect(ids).toEqual(Array.from({length: 120}, (_, i) => i));
    const points = new Set(rows(reference, "curves.csv").map((l) => l.split(",")[0]));
    expect([...points]).toEqual(["0", "1", "2", "3"]);
    expect(existsSync(join(reference, ".spool"))).toBe(false);
  });

  it("gives the same bytes with 2 workers", async () => {
    const dir = join(tempDir(), "two");
    expect((await rcmp(["sweep", det, "--workers", "2", "--out", dir, "--no-plots"])).code).toBe(0);
    expectSameAsReference(dir);
  });

  it("gives the same bytes as 3 shards merged", async () => {
    const base = tempDir();
    const shards: string[] = [];
    for (const i of [2, 0, 1]) {
      const dir = join(base, `shard-${i}`);
      const r = await rcmp(["sweep", det, "--workers", "2", "--shard", `${i}/3`, "--out", dir, "--no-plots"]);
      expect(r.code, r.stderr).toBe(0);
      shards.push(dir);
    }
    const merged = join(base, "all");
    const r = await rcmp(["merge", ...shards, "--out", merged, "--no-plots"]);
    expect(r.code, r.stderr).toBe(0);
    expectSameAsReference(merged);
  });

  it("gives the same bytes when killed with SIGKILL halfway and resumed", async () => {
    const dir = join(tempDir(), "killed");
    const args = ["sweep", det, "--workers", "1", "--out", dir, "--no-plots"];
    const {killed} = await killWhen(args, join(dir, "runs.csv"), 40);
    expect(killed).toBe(true);
    expect(JSON.parse(read(dir, "manifest.json")).status).toBe("running");
    const before = rows(dir, "runs.csv").length;
    expect(before).toBeGreaterThanOrEqual(39);
    expect(before).toBeLessThan(120);
    const r = await rcmp([...args, "--resume"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/in an earlier invocation/);
    expectSameAsReference(dir);
  });

  it("gives the same bytes through the library, in-process", async () => {
    const dir = join(tempDir(), "library");
    const result = await sweep(det, {out: dir, plots: false});
    expect(result).toMatchObject({runs: 120, ok: 120, failed: 0});
    expectSameAsReference(dir);
  });
});

describe("faults", () => {
  it("lists failing runs with seed and error, finishes the others, exits 1; --resume completes them", async () => {
    const whole = join(tempDir(), "whole");
    expect((await rcmp(["sweep", grid, "--workers", "2", "--out", whole, "--no-plots"])).code).toBe(0);
    const dir = join(tempDir(), "failing");
    const r = await rcmp(["sweep", grid, "--workers", "2", "--out", dir, "--no-plots"], process.cwd(), {RCMP_TEST_FAIL_RUNS: "3,7"});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 runs failed/);
    const failures = rows(dir, "failures.csv");
    const seeds = new Map(rows(dir, "design.csv").map((l) => [l.split(",")[0], l.split(",")[3]]));
    expect(failures.map((l) => l.split(",")[0])).toEqual(["3", "7"]);
    for (const f of failures) {
      const [run, , , seed, error] = f.split(",");
      expect(seed).toBe(seeds.get(run));
      expect(error).toMatch(/RCMP_TEST_FAIL_RUNS/);
    }
    const ids = rows(dir, "runs.csv").map((l) => Number(l.split(",")[0]));
    expect(ids).toEqual(Array.from({length: 48}, (_, i) => i).filter((i) => i !== 3 && i !== 7));
    expect(existsSync(join(dir, ".spool"))).toBe(true);
    const resumed = await rcmp(["sweep", grid, "--workers", "2", "--out", dir, "--resume", "--no-plots"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const name of compared) expect(read(dir, name), name).toBe(read(whole, name));
  });

  it("refuses an unknown parameter path before anything runs (exit 2)", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, `base: ${join(fixtures, "small.yaml")}\nreplicates: 2\nparameters:\n  dynamics.hegemonBias: [0, 1]\n  dynamics.hegemonBais: [1]\n`);
    const out = join(dir, "out");
    const r = await rcmp(["sweep", file, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:5:3: .*unknown parameter path "dynamics\.hegemonBais".*did you mean "hegemonBias"/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a value the scenario schema rejects, naming it (exit 2)", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, `base: ${join(fixtures, "small.yaml")}\nparameters:\n  dynamics.hegemonBias: [1, 99]\n`);
    const r = await rcmp(["sweep", file, "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:3:\d+: parameters\.dynamics\.hegemonBias: value 99: dynamics\.hegemonBias: must be at most 50/);
    expect(readdirSync(dir)).toEqual(["bad.yaml"]);
  });

  it("refuses a non-empty output folder without --resume or --force, and with --force replaces only a results folder, whole", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "runs.csv"), "old\n");
    const refused = await rcmp(["sweep", join(fixtures, "lhs.yaml"), "--workers", "1", "--out", dir, "--no-plots"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty/);
    const notResults = await rcmp(["sweep", join(fixtures, "lhs.yaml"), "--workers", "1", "--out", dir, "--no-plots", "--force"]);
    expect(notResults.code).toBe(2);
    expect(notResults.stderr).toMatch(/--force replaces only results folders/);
    expect(read(dir, "runs.csv")).toBe("old\n");
    const out = join(dir, "sweep");
    const first = await rcmp(["sweep", join(fixtures, "lhs.yaml"), "--workers", "1", "--out", out, "--no-plots", "--keep-series"]);
    expect(first.code, first.stderr).toBe(0);
    expect(rows(out, "runs.csv")).toHaveLength(12);
    expect(readdirSync(join(out, "series"))).toHaveLength(12);
    const series = read(join(out, "series"), "5.csv").split("\n");
    expect(series[0]).toBe("tick,year,group,metric,value");
    expect(series[1]).toMatch(/^0,1990,all,dispersion,0\.\d+$/);
    const listed = JSON.parse(read(out, "manifest.json")).files.map((f: {name: string}) => f.name);
    expect(listed).toEqual(expect.arrayContaining(["design.csv", "runs.csv", "curves.csv", "failures.csv", "series/5.csv"]));
    const forced = await rcmp(["sweep", join(fixtures, "lhs.yaml"), "--workers", "1", "--out", out, "--no-plots", "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(out, "series"))).toBe(false);
    expect(rows(out, "runs.csv")).toHaveLength(12);
  });

  it("refuses to merge an incomplete set of shards (exit 2)", async () => {
    const base = tempDir();
    const one = join(base, "s0");
    expect((await rcmp(["sweep", join(fixtures, "lhs.yaml"), "--workers", "1", "--shard", "0/2", "--out", one, "--no-plots"])).code).toBe(0);
    const r = await rcmp(["merge", one, "--out", join(base, "all")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing shard 1 of 2/);
  });
});

describe("figures", () => {
  it("draws curves per metric and, for two swept parameters, a heat map", async () => {
    const dir = join(tempDir(), "plots");
    const r = await rcmp(["sweep", join(fixtures, "heatmap.yaml"), "--workers", "2", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "plots")).sort()).toEqual(["curves-dispersion.png", "curves-dispersion.svg", "heatmap-dispersion.png", "heatmap-dispersion.svg"]);
    expect(read(join(dir, "plots"), "heatmap-dispersion.svg")).toMatch(/hegemonBias/);
  });
});
