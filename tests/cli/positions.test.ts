/**
 * `--positions` as a user meets it: a run's positions.csv, every replicate's in a replicated
 * run (replicate 0 the plain run's rows), and a sweep's positions/<run>.csv equal to the plain
 * run of that design point and seed.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

const small = resolve("tests/sweep/fixtures/small.yaml");
const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

describe("rcmp run --positions", () => {
  const dir = tempDir();

  test("a plain run writes positions.csv at the years asked for", async () => {
    const r = await rcmp(["run", small, "--positions", "1990,1995", "--out", join(dir, "plain"), "--quiet"]);
    expect(r.stderr).toBe("");
    const lines = read(join(dir, "plain"), "positions.csv").trimEnd().split("\n");
    expect(lines[0]).toBe("tick,year,state,dimension,value");
    expect(lines.length - 1).toBe(2 * 6 * 2);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[1]))).toEqual(new Set(["1990", "1995"]));
  });

  test("replicates: one block per replicate, replicate 0 the plain run's rows", async () => {
    const r = await rcmp(["run", small, "--replicates", "3", "--positions", "1990,1995", "--out", join(dir, "reps"), "--quiet"]);
    expect(r.code).toBe(0);
    const lines = read(join(dir, "reps"), "positions.csv").trimEnd().split("\n");
    expect(lines[0]).toBe("replicate,tick,year,state,dimension,value");
    expect(lines.length - 1).toBe(3 * 2 * 6 * 2);
    const plain = read(join(dir, "plain"), "positions.csv").trimEnd().split("\n").slice(1);
    expect(lines.slice(1).filter((l) => l.startsWith("0,")).map((l) => l.slice(2))).toEqual(plain);
    expect(lines.slice(1).filter((l) => l.startsWith("1,")).map((l) => l.slice(2))).not.toEqual(plain);
  });

  test("a bad list of years is refused with exit code 2", async () => {
    const r = await rcmp(["run", small, "--positions", "1990,x", "--out", join(dir, "bad")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--positions expects years");
  });
});

describe("sweep positions", () => {
  test("positions/<run>.csv for every run, equal to rcmp run of its point and seed", async () => {
    const dir = tempDir();
    const sweepFile = join(dir, "s.yaml");
    writeFileSync(sweepFile, `base: ${small}\nreplicates: 2\nseed: 4\nparameters:\n  dynamics.hegemonBias: [0, 2]\npositions: {years: [1996]}\n`);
    const r = await rcmp(["sweep", sweepFile, "--workers", "1", "--out", join(dir, "out"), "--no-plots", "--quiet"]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out", "positions")).sort()).toEqual(["0.csv", "1.csv", "2.csv", "3.csv"]);
    const design = read(join(dir, "out"), "design.csv").trimEnd().split("\n")[4].split(",");
    const seed = design[3];
    const one = await rcmp(["run", small, "--seed", seed, "--set", "dynamics.hegemonBias=2", "--positions", "1996", "--out", join(dir, "one"), "--quiet"]);
    expect(one.code).toBe(0);
    expect(read(join(dir, "out", "positions"), "3.csv")).toBe(read(join(dir, "one"), "positions.csv"));
    expect(existsSync(join(dir, "out", "series"))).toBe(false);
  });
});
