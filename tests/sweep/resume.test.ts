/**
 * The sweep command line as a researcher meets it (issue #16): `--resume` without `--out` finds
 * the sweep to resume or refuses, saying how (never a new sweep in a nested folder); a sweep
 * ends with one line that says how it went, with one rate; its manifest lists every file,
 * figures included, with their sha256.
 */
import {describe, expect, it} from "vitest";
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

const sweepText = (replicates: number) => `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: ${replicates}\nseed: 3\nparameters:\n  dynamics.hegemonBias: [0, 2]\n  ticks: [400]\n`;

function project(replicates = 3): {cwd: string; file: string} {
  const cwd = tempDir();
  mkdirSync(join(cwd, "sweeps"));
  writeFileSync(join(cwd, "sweeps", "bias.yaml"), sweepText(replicates));
  return {cwd, file: join("sweeps", "bias.yaml")};
}

describe("rcmp sweep --resume without --out", () => {
  it("after a sweep with --out results/<name>, finds it rather than starting a new sweep nested inside it", async () => {
    const {cwd, file} = project();
    expect((await rcmp(["sweep", file, "--workers", "1", "--out", "results/bias", "--no-plots", "--quiet"], cwd)).code).toBe(0);
    const r = await rcmp(["sweep", file, "--workers", "1", "--resume", "--no-plots"], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("results: results/bias\n");
    expect(r.stdout).toContain("already complete");
    expect(readdirSync(join(cwd, "results"))).toEqual(["bias"]);
    expect(readdirSync(join(cwd, "results", "bias")).filter((n) => /^\d{8}T/.test(n))).toEqual([]);
  });

  it("resumes the one unfinished sweep it finds, to the bytes of an uninterrupted one", async () => {
    const {cwd, file} = project(40);
    const whole = join(cwd, "whole");
    expect((await rcmp(["sweep", file, "--workers", "1", "--out", whole, "--no-plots", "--quiet"], cwd)).code).toBe(0);
    const child = spawn(process.execPath, [resolve("dist/cli/main.js"), "sweep", file, "--workers", "1", "--out", "results/x", "--no-plots"], {cwd, stdio: "ignore"});
    const exited = new Promise((done) => child.on("exit", done)); // listened to at once: the sweep may end before the kill
    const runs = join(cwd, "results", "x", "runs.csv");
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (existsSync(runs) && readFileSync(runs, "utf8").split("\n").length > 20) {
          clearInterval(timer);
          child.kill("SIGKILL");
          done();
        }
      }, 5);
    });
    await exited;
    const r = await rcmp(["sweep", file, "--workers", "1", "--resume", "--no-plots"], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/results: results\/x\n.*in an earlier invocation/);
    for (const name of ["design.csv", "runs.csv", "curves.csv"]) expect(readFileSync(join(cwd, "results", "x", name), "utf8"), name).toBe(readFileSync(join(whole, name), "utf8"));
  });

  it("refuses, saying how, when no sweep of the file is under results/", async () => {
    const {cwd, file} = project();
    expect((await rcmp(["sweep", file, "--workers", "1", "--out", "elsewhere", "--no-plots", "--quiet"], cwd)).code).toBe(0);
    const r = await rcmp(["sweep", file, "--workers", "1", "--resume"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--resume: no folder under results/ holds a sweep of ${file}; give its folder with --out DIR`);
    expect(existsSync(join(cwd, "results"))).toBe(false);
  });
});

describe("the end of a sweep", () => {
  it("is one line with one rate, and the manifest lists every file, figures included, with its sha256", async () => {
    const {cwd, file} = project(2);
    const r = await rcmp(["sweep", file, "--workers", "1", "--out", "out"], cwd);
    expect(r.code, r.stderr).toBe(0);
    const all = `${r.stderr}${r.stdout}`;
    expect(all.match(/done|succeeded/g)).toEqual(["succeeded"]);
    expect(all.match(/runs\/s/g)?.length).toBe((r.stderr.match(/^sweep: /gm) ?? []).length + 1);
    expect(r.stdout).toMatch(/ {2}4 of 4 runs succeeded, in \d+ s \(the runs \d+ s, [\d.]+ runs\/s\)\n/);
    const dir = join(cwd, "out");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    const listed = manifest.files.map((f: {name: string}) => f.name);
    const plots = readdirSync(join(dir, "plots")).map((n) => `plots/${n}`);
    expect(plots.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(["curves.csv", "design.csv", "failures.csv", "runs.csv", ...plots].sort());
    for (const f of manifest.files) expect(f.sha256, f.name).toBe(createHash("sha256").update(readFileSync(join(dir, f.name))).digest("hex"));
  });
});
