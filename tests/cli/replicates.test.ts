/**
 * `rcmp run` with several scenarios and `--replicates N`, as a user runs it: replicate 0 is the
 * plain run, byte for byte; replicates.csv and curves.csv describe every replicate honestly;
 * each scenario gets its own folder; bad input is refused before anything runs.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {replicateSeed} from "../../src/run/replicates.js";

const equalVoice = "scenarios/teaching/equal-voice.yaml";
const hegemon = "scenarios/teaching/hegemon.yaml";
const dataFiles = ["scenario.yaml", "timeseries.csv", "states.csv", "summary.json"];

/** A CSV file as objects keyed by column (these files hold no quoted cells). */
function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\n");
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, k) => [columns[k], cell])));
}

describe("replicate seeds", () => {
  test("replicate 0 keeps the seed; the others are distinct, differ from it, and depend only on (seed, r)", () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 2 ** 32 - 1}), (seed) => {
      const seeds = Array.from({length: 200}, (_, r) => replicateSeed(seed, r));
      expect(seeds[0]).toBe(seed);
      expect(new Set(seeds).size).toBe(seeds.length);
      for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
      expect(Array.from({length: 200}, (_, r) => replicateSeed(seed, r))).toEqual(seeds);
    }), {numRuns: 50});
  });
});

describe("rcmp run --replicates", async () => {
  const dir = tempDir();
  const replicated = join(dir, "replicated");
  const plain = join(dir, "plain");
  const n = 6;
  const run = await rcmp(["run", equalVoice, "--replicates", String(n), "--ticks", "24", "--out", replicated]);
  const single = await rcmp(["run", equalVoice, "--ticks", "24", "--out", plain]);

  test("writes replicate 0's files, byte for byte those of a plain run, plus replicates.csv and curves.csv", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(single.code, single.stderr).toBe(0);
    expect(readdirSync(replicated).sort()).toEqual([...readdirSync(plain), "curves.csv", "replicates.csv"].sort());
    for (const f of dataFiles) expect(readFileSync(join(replicated, f)).equals(readFileSync(join(plain, f))), f).toBe(true);
    const manifest = JSON.parse(readFileSync(join(replicated, "manifest.json"), "utf8"));
    expect(manifest.seed).toBe(1);
    expect(manifest.replicates.count).toBe(n);
    expect(run.stdout).toContain(`replicates     ${n}`);
    expect(run.stdout).toContain(`results in ${replicated}/`);
    const title = [...readFileSync(join(replicated, "convergence.svg"), "utf8").matchAll(/<text[^>]*font-size="17"[^>]*>([^<]*)</g)].map((m) => m[1]).join(" ");
    expect(title).toContain(`${n} replicates, mean with 5–95% band`);
  });

  test("every replicate has its own seed, replicate 0 the scenario's, and different results", () => {
    const rows = csvRows(join(replicated, "replicates.csv"));
    expect(rows.map((r) => Number(r.replicate))).toEqual([...Array(n).keys()]);
    expect(rows[0].seed).toBe("1");
    expect(new Set(rows.map((r) => r.seed)).size).toBe(n);
    expect(new Set(rows.map((r) => r["final.dispersion"])).size).toBeGreaterThan(1);
    const summary = JSON.parse(readFileSync(join(plain, "summary.json"), "utf8"));
    expect(Number(rows[0]["final.dispersion"])).toBe(summary.final.all.dispersion);
  });

  test("a replicate's row is what a plain run with its seed gives", async () => {
    const rows = csvRows(join(replicated, "replicates.csv"));
    const again = join(dir, "seed-of-replicate-3");
    expect((await rcmp(["run", equalVoice, "--ticks", "24", "--seed", rows[3].seed, "--out", again])).code).toBe(0);
    const summary = JSON.parse(readFileSync(join(again, "summary.json"), "utf8"));
    expect(Number(rows[3]["final.dispersion"])).toBe(summary.final.all.dispersion);
    expect(Number(rows[3]["final.toStandard"])).toBe(summary.final.all.toStandard);
  });

  test("curves.csv: p05 ≤ p50 ≤ p95 everywhere, and at the last tick the statistics of the replicates' finals", () => {
    const curves = csvRows(join(replicated, "curves.csv"));
    expect(Object.keys(curves[0])).toEqual(["group", "metric", "tick", "year", "n", "mean", "p05", "p50", "p95"]);
    for (const c of curves) {
      expect(c.group).toBe("all");
      expect(Number(c.n)).toBe(n);
      expect(Number(c.p05) <= Number(c.p50) && Number(c.p50) <= Number(c.p95), JSON.stringify(c)).toBe(true);
    }
    const finals = csvRows(join(replicated, "replicates.csv"));
    const last = Math.max(...curves.map((c) => Number(c.tick)));
    const checked = curves.filter((c) => Number(c.tick) === last && `final.${c.metric}` in finals[0]);
    expect(checked.map((c) => c.metric)).toEqual(expect.arrayContaining(["dispersion", "toStandard", "toHegemon"]));
    for (const c of checked) {
      const values = finals.map((r) => Number(r[`final.${c.metric}`]));
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      // The mean of equal values may differ from them in the last bit: allow that much.
      const slack = 1e-12 * Math.max(1, Math.abs(hi));
      expect(Number(c.mean), c.metric).toBeGreaterThanOrEqual(lo - slack);
      expect(Number(c.mean), c.metric).toBeLessThanOrEqual(hi + slack);
      expect(Number(c.mean), c.metric).toBeCloseTo(values.reduce((s, v) => s + v, 0) / n, 12);
      expect(Number(c.p05)).toBeGreaterThanOrEqual(lo);
      expect(Number(c.p95)).toBeLessThanOrEqual(hi);
    }
  });
});

describe("rcmp run with several scenarios", () => {
  test("writes one folder per scenario under --out, and prints both", async () => {
    const out = join(tempDir(), "teaching");
    const r = await rcmp(["run", equalVoice, hegemon, "--replicates", "3", "--ticks", "12", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["equal-voice", "hegemon"]);
    for (const id of ["equal-voice", "hegemon"]) {
      expect(readdirSync(join(out, id))).toEqual(expect.arrayContaining([...dataFiles, "replicates.csv", "curves.csv", "convergence.png"]));
      expect(r.stdout).toContain(`results in ${join(out, id)}/`);
    }
    expect(readFileSync(join(out, "hegemon", "scenario.yaml"), "utf8")).toMatch(/^id: hegemon$/m);
  });

  test("without --replicates each folder is a plain run; the same file twice gets two folders", async () => {
    const out = join(tempDir(), "twice");
    const r = await rcmp(["run", equalVoice, equalVoice, "--ticks", "6", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["equal-voice", "equal-voice-2"]);
    expect(readdirSync(join(out, "equal-voice"))).not.toContain("replicates.csv");
    expect(readFileSync(join(out, "equal-voice-2", "timeseries.csv"), "utf8")).toBe(readFileSync(join(out, "equal-voice", "timeseries.csv"), "utf8"));
  });

  test("a bad scenario among several is reported (exit 2) before anything runs or is written", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, readFileSync(hegemon, "utf8").replace("ticks: 80", "ticks: -80"));
    const out = join(dir, "out");
    const r = await rcmp(["run", equalVoice, bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.yaml:");
    expect(r.stderr).toContain("ticks: must be at least 0");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test("a non-empty folder among several is refused before anything is written; --replicates 0 is refused", async () => {
    const out = join(tempDir(), "out");
    mkdirSync(join(out, "hegemon"), {recursive: true});
    writeFileSync(join(out, "hegemon", "keep.txt"), "keep me");
    const r = await rcmp(["run", equalVoice, hegemon, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`output folder ${join(out, "hegemon")} is not empty`);
    expect(readdirSync(out)).toEqual(["hegemon"]);
    const zero = await rcmp(["run", equalVoice, "--replicates", "0", "--out", join(out, "zero")]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--replicates: expected a whole number from 1 to 65535, got "0"');
  });
});
