/**
 * Bad input, as a user meets it: each case gets exit code 2, a message naming the file, the
 * line, the path in the scenario and what was expected, and no stack trace.
 */
import {describe, expect, test} from "vitest";
import {mkdirSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {tinyScenario} from "../helpers/tinyScenario.js";

const good = tinyScenario;

async function runBad(text: string, extra: string[] = []) {
  const dir = tempDir();
  const file = join(dir, "bad.yaml");
  writeFileSync(file, text);
  const r = await rcmp(["run", file, "--out", join(dir, "out"), ...extra]);
  return {...r, file};
}

function expectClean(r: {code: number; stderr: string; stdout: string}) {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/node_modules|\.js:\d+/);
}

describe("bad input", () => {
  test("the good scenario runs (so the cases below fail for their own reason)", async () => {
    const r = await runBad(good);
    expect(r.code, r.stderr).toBe(0);
  });

  test("malformed YAML", async () => {
    const r = await runBad(good.replace("  - {id: control}", "  - {id: control"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:`);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: malformed YAML/);
  });

  test("an unknown key, with a suggestion", async () => {
    const r = await runBad(good.replace("ticks: 5", "ticks: 5\ntiks: 7"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:4:1: tiks: unknown key "tiks" (did you mean "ticks"?)`);
  });

  test("a value out of range", async () => {
    const r = await runBad(good.replace("asylum: 0.7", "asylum: 1.7"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:9:`);
    expect(r.stderr).toContain("states[1].ideal.asylum: must be at most 1 (got 1.7)");
  });

  test("a member id that no state has, with did-you-mean", async () => {
    const r = await runBad(good.replace("members: [USA, CAN]", "members: [USA, CAM]"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:12:`);
    expect(r.stderr).toContain('processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)');
  });

  test("an empty process", async () => {
    const r = await runBad(good.replace("members: [USA, CAN]", "members: []"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:12:`);
    expect(r.stderr).toContain("processes[0].members: a process needs at least one member");
  });

  test("a dimension map missing a dimension without a default", async () => {
    const r = await runBad(good.replace("ideal: {asylum: 0.7, control: 0.5}", "ideal: {asylum: 0.7}"));
    expectClean(r);
    expect(r.stderr).toContain(`${r.file}:9:`);
    expect(r.stderr).toContain('states[1].ideal: missing dimension "control" (give a value, or "*" for the rest)');
  });

  test("--set on a path that does not exist", async () => {
    const r = await runBad(good, ["--set", "dynamics.hegemonBais=2"]);
    expectClean(r);
    expect(r.stderr).toContain('error: --set dynamics.hegemonBais=2: no such field "hegemonBais" (did you mean "hegemonBias"?)');
    const byId = await runBad(good, ["--set", "processes.rcn.ngo=0.5"]);
    expectClean(byId);
    expect(byId.stderr).toContain('no element with id "rcn" (did you mean "rcm"?)');
  });

  test("--set with a value out of range names the argument", async () => {
    const r = await runBad(good, ["--set", "dynamics.hegemonBias=-1"]);
    expectClean(r);
    expect(r.stderr).toContain("error: --set dynamics.hegemonBias=-1: must be at least 0 (got -1)");
  });

  test("an output folder that is not empty, losing nothing in it, even with --force unless it holds results", async () => {
    const dir = tempDir();
    const file = join(dir, "ok.yaml");
    writeFileSync(file, good);
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "precious.txt"), "keep me");
    const r = await rcmp(["run", file, "--out", out]);
    expectClean(r);
    expect(r.stderr).toContain(`output folder ${out} is not empty`);
    expect(readdirSync(out)).toEqual(["precious.txt"]);
    const forced = await rcmp(["run", file, "--out", out, "--force"]);
    expectClean(forced);
    expect(forced.stderr).toContain("--force replaces only results folders");
    expect(readdirSync(out)).toEqual(["precious.txt"]);
  });

  test("a missing file", async () => {
    const r = await rcmp(["run", "no/such/scenario.yaml"]);
    expectClean(r);
    expect(r.stderr).toContain("no/such/scenario.yaml: cannot read: no such file");
  });

  test("validate checks sweep files too, by their base scenario and parameter paths", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "tiny.yaml"), good);
    writeFileSync(join(dir, "ok-sweep.yaml"), "base: tiny.yaml\nreplicates: 3\nparameters:\n  dynamics.hegemonBias: [0, 1]\n");
    writeFileSync(join(dir, "bad-sweep.yaml"), "base: tiny.yaml\nparameters:\n  dynamics.hegemonBais: [0, 1]\n");
    const ok = await rcmp(["validate", join(dir, "ok-sweep.yaml")]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain("2 design points × 3 replicates = 6 runs");
    const r = await rcmp(["validate", join(dir, "bad-sweep.yaml")]);
    expectClean(r);
    expect(r.stderr).toContain('bad-sweep.yaml:3:3: parameters.dynamics.hegemonBais: unknown parameter path');
    expect(r.stderr).toContain('(did you mean "hegemonBias"?)');
  });

  test("a sweep file given to run, or a scenario given to sweep, is named for what it is", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "tiny.yaml"), good);
    writeFileSync(join(dir, "s.yaml"), "base: tiny.yaml\nparameters:\n  dynamics.hegemonBias: [0, 1]\n");
    const run = await rcmp(["run", join(dir, "s.yaml"), "--out", join(dir, "o1")]);
    expectClean(run);
    expect(run.stderr).toContain("this is a sweep file, not a scenario");
    const sweep = await rcmp(["sweep", join(dir, "tiny.yaml"), "--out", join(dir, "o2")]);
    expectClean(sweep);
    expect(sweep.stderr).toContain("this is a scenario, not a sweep file");
  });

  test("validate reports every problem of every file at once", async () => {
    const dir = tempDir();
    const a = join(dir, "a.yaml");
    writeFileSync(a, good.replace("ticks: 5", "ticks: -5").replace("members: [USA, CAN]", "members: [USA, XXX]"));
    const r = await rcmp(["validate", a, join(dir, "missing.yaml")]);
    expectClean(r);
    expect(r.stderr).toContain("ticks: must be at least 0 (got -5)");
    expect(r.stderr).toContain("missing.yaml: cannot read");
    expect(r.stderr).toContain("2 of 2 files invalid");
  });
});
