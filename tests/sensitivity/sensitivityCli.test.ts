/**
 * `rcmp sensitivity` as a user runs it, on sweeps of the small scenario: a column added to
 * runs.csv after the sweep (a known function of the parameters) gives the known indices; a
 * grid, lhs or sobol folder is refused with exit 2; the indices are byte-identical for 1 or 2
 * workers, 2 shards merged and a sweep killed and resumed.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {cpSync, existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {spawn} from "node:child_process";
import {csvTable} from "../../src/results/csvTable.js";
import {sobolIndices} from "../../src/analysis/sobolIndices.js";
import {ranges, sweepFile} from "./fixtures.js";

const parameters = Object.keys(ranges);
let dir: string;
let saltelli: string;
let morris: string;

/** Appends a column `name` to runs.csv holding f of each row's parameter values. */
function addColumn(folder: string, name: string, f: (x: number[]) => number): void {
  const path = join(folder, "runs.csv");
  const text = readFileSync(path, "utf8");
  const lines = text.trimEnd().split("\n");
  const table = csvTable(text, path);
  const values: number[] = [];
  table.forEach((cell) => values.push(f(parameters.map((p) => Number(cell(p))))));
  writeFileSync(path, [`${lines[0]},${name}`, ...lines.slice(1).map((l, k) => `${l},${values[k]}`)].join("\n") + "\n");
}

/** Starts the built CLI and kills it with SIGKILL once `file` has `lines` lines; resolves whether it was killed. */
function killWhen(args: string[], file: string, lines: number): Promise<boolean> {
  const child = spawn(process.execPath, [join(process.cwd(), "dist/cli/main.js"), ...args], {stdio: "ignore"});
  return new Promise((done) => {
    let killed = false;
    const timer = setInterval(() => {
      if (killed || !existsSync(file)) return;
      if (readFileSync(file, "utf8").split("\n").length - 1 >= lines) killed = child.kill("SIGKILL");
    }, 5);
    child.on("exit", () => {
      clearInterval(timer);
      done(killed);
    });
  });
}

/** sensitivity.csv rows as objects. */
function indices(folder: string): {index: string; parameter: string; estimate: number; lo: number; hi: number}[] {
  const rows: {index: string; parameter: string; estimate: number; lo: number; hi: number}[] = [];
  csvTable(readFileSync(join(folder, "sensitivity.csv"), "utf8"), "sensitivity.csv").forEach((cell) =>
    rows.push({index: cell("index"), parameter: cell("parameter"), estimate: Number(cell("estimate")), lo: Number(cell("lo")), hi: Number(cell("hi"))}));
  return rows;
}

const unit = (x: number[]) => x.map((v, i) => (v - ranges[parameters[i]][0]) / (ranges[parameters[i]][1] - ranges[parameters[i]][0]));

beforeAll(async () => {
  dir = tempDir("rcmp-sensitivity-");
  saltelli = join(dir, "saltelli");
  morris = join(dir, "morris");
  for (const [out, head] of [[saltelli, "design: saltelli\nsamples: 256\nseed: 4"], [morris, "design: morris\nsamples: 10\nlevels: 6\ncandidates: 30\nreplicates: 2"]]) {
    const r = await rcmp(["sweep", sweepFile(dir, out.split("/").pop()!, head), "--workers", "1", "--out", out, "--no-plots"]);
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);

describe("a column added to runs.csv", () => {
  it("gives a saltelli sweep's Sobol' indices of that column, as the estimator gives them and near the closed form", async () => {
    // f = u1 + 2·u2 (unit coordinates; u3 inert): S = ST = 1/5, 4/5, 0.
    addColumn(saltelli, "additive", (x) => {
      const [u1, u2] = unit(x);
      return u1 + 2 * u2;
    });
    const out = join(dir, "saltelli-additive");
    const r = await rcmp(["sensitivity", saltelli, "--metric", "additive", "--out", out, "--bootstrap", "200"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/additive: 256 of 256 base rows/);
    const rows = indices(out);
    const get = (index: string, p: string) => rows.find((x) => x.index === index && x.parameter === p)!;
    const truth = [0.2, 0.8, 0];
    parameters.forEach((p, i) => {
      expect(Math.abs(get("S1", p).estimate - truth[i])).toBeLessThan(0.03);
      expect(Math.abs(get("ST", p).estimate - truth[i])).toBeLessThan(0.03);
    });
    // The same estimator on values computed here from design.csv: the same numbers.
    const y: number[] = [];
    csvTable(readFileSync(join(saltelli, "design.csv"), "utf8"), "design.csv").forEach((cell) => {
      const [u1, u2] = unit(parameters.map((p) => Number(cell(p))));
      y.push(u1 + 2 * u2);
    });
    const direct = sobolIndices(y, {parameters: 3, resamples: 200, seed: 1});
    parameters.forEach((p, i) => expect(get("ST", p).lo).toBe(direct.total[i].lo));
    expect(readFileSync(join(out, "sensitivity.png")).length).toBeGreaterThan(1000);
  });

  it("gives a morris sweep's μ* = |a|·range and σ = 0 for a linear column, μ* = 0 for an inert input", async () => {
    const a = [0.5, -3, 0];
    addColumn(morris, "linear", (x) => x.reduce((s, v, i) => s + a[i] * v, 1));
    const out = join(dir, "morris-linear");
    const r = await rcmp(["sensitivity", morris, "--metric", "linear", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = indices(out);
    parameters.forEach((p, i) => {
      const width = ranges[p][1] - ranges[p][0];
      expect(rows.find((x) => x.index === "mu_star" && x.parameter === p)!.estimate).toBeCloseTo(Math.abs(a[i]) * width, 9);
      expect(rows.find((x) => x.index === "mu" && x.parameter === p)!.estimate).toBeCloseTo(a[i] * width, 9);
      expect(rows.find((x) => x.index === "sigma" && x.parameter === p)!.estimate).toBeLessThan(1e-9);
    });
    expect(rows.find((x) => x.index === "mu_star" && x.parameter === parameters[2])!.estimate).toBe(0);
    // every replicate holds the same value, so the seed has no share of it
    expect(rows.find((x) => x.index === "seed_share")!.estimate).toBe(0);
  });

  it("reads NaN cells (as pandas writes them) as missing values, leaving their base rows out", async () => {
    let row = 0;
    addColumn(saltelli, "gappy", (x) => (row++ === 7 ? NaN : x[0]));
    const out = join(dir, "gappy");
    const r = await rcmp(["sensitivity", saltelli, "--metric", "gappy", "--out", out, "--bootstrap", "0", "--no-plots"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/gappy: 255 of 256 base rows/);
    expect(r.stdout).toMatch(/note: .*runs\.csv column gappy: 1 of 256 base rows left out/);
    // runs.csv is no longer the one the sweep wrote: read as it is, and said so
    expect(r.stdout).toMatch(/note: .*runs\.csv differs from the one the sweep wrote \(a column added, or values edited\): read as it is now/);
  });

  it("refuses a folder whose other files differ from their manifest (exit 2, naming the file)", async () => {
    const copy = join(dir, "damaged");
    cpSync(saltelli, copy, {recursive: true});
    const curves = join(copy, "curves.csv");
    writeFileSync(curves, readFileSync(curves, "utf8").replace(/\n[^\n]*\n$/, "\n"));
    const r = await rcmp(["sensitivity", copy, "--metric", "dispersion", "--at", "10", "--out", join(dir, "damaged-out"), "--bootstrap", "0", "--no-plots"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/damaged\/curves\.csv: damaged: its sha256 differs/);
  });

  it("names the numeric columns when the asked one is missing (exit 2)", async () => {
    const r = await rcmp(["sensitivity", saltelli, "--metric", "nosuch", "--out", join(dir, "missing")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no column nosuch to analyse \(numeric columns: .*final\.dispersion/);
  });
});

describe("curves", () => {
  it("gives indices at a tick and at every tick of curves.csv; refuses a tick it lacks (exit 2)", async () => {
    const at = join(dir, "at");
    const r = await rcmp(["sensitivity", saltelli, "--metric", "dispersion", "--at", "10", "--out", at, "--no-plots", "--bootstrap", "0"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dispersion — dispersion \(mean SD across dimensions\) at tick 10/);
    const over = join(dir, "over");
    const o = await rcmp(["sensitivity", saltelli, "--metric", "dispersion", "--over-time", "--out", over, "--bootstrap", "20"]);
    expect(o.code, o.stderr).toBe(0);
    const text = readFileSync(join(over, "sensitivity-over-time.csv"), "utf8");
    const ticks = new Set(text.trim().split("\n").slice(1).map((l) => l.split(",")[1]));
    expect(ticks.size).toBe(31);
    const tick10 = text.split("\n").filter((l) => /^dispersion,10,/.test(l) && /,S1,/.test(l));
    const single = readFileSync(join(at, "sensitivity.csv"), "utf8").split("\n").filter((l) => /,S1,/.test(l));
    expect(tick10.map((l) => l.split(",").slice(0, 7).join())).toEqual(single.map((l) => l.split(",").slice(0, 7).join()));
    expect(readFileSync(join(over, "sensitivity-over-time.png")).length).toBeGreaterThan(1000);
    const bad = await rcmp(["sensitivity", saltelli, "--metric", "dispersion", "--at", "999", "--out", join(dir, "bad-at")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no tick 999 for dispersion \(it has ticks 0 to 30\)/);
  });
});

describe("refused folders", () => {
  for (const [design, head] of [["grid", "design: grid"], ["lhs", "design: lhs\nsamples: 4"], ["sobol", "design: sobol\nsamples: 4"]]) {
    it(`refuses a ${design} sweep with exit 2, saying which designs give indices`, async () => {
      const params = design === "grid" ? "  dynamics.hegemonBias: [0, 1]" : undefined;
      const out = join(dir, design);
      expect((await rcmp(["sweep", sweepFile(dir, design, head, params), "--workers", "1", "--out", out, "--no-plots"])).code).toBe(0);
      const r = await rcmp(["sensitivity", out, "--out", join(dir, `${design}-indices`)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`a ${design} design cannot give sensitivity indices: Sobol' indices need design: saltelli, elementary effects design: morris`));
    });
  }

  it("refuses a folder that is no sweep, and a design.csv that does not fit the manifest (exit 2)", async () => {
    expect((await rcmp(["sensitivity", dir, "--out", join(dir, "x")])).stderr).toMatch(/no manifest\.json/);
    const edited = join(dir, "edited");
    expect((await rcmp(["sweep", sweepFile(dir, "edited", "design: saltelli\nsamples: 2"), "--workers", "1", "--out", edited, "--no-plots"])).code).toBe(0);
    const path = join(edited, "design.csv");
    const lines = readFileSync(path, "utf8").split("\n");
    lines[2] = lines[2].replace(/,([^,]*)$/, ",0.123");
    writeFileSync(path, lines.join("\n"));
    const r = await rcmp(["sensitivity", edited, "--out", join(dir, "y")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/design\.csv: point 1 does not fit the saltelli design/);
  });
});

describe("determinism", () => {
  it("gives byte-identical indices for 1 or 2 workers, 2 shards merged, and a sweep killed and resumed", async () => {
    const file = sweepFile(dir, "det", "design: saltelli\nsamples: 8\nseed: 9\nreplicates: 3", `${Object.entries(ranges).map(([p, [f, t]]) => `  ${p}: {from: ${f}, to: ${t}}`).join("\n")}\n  ticks: [400]`);
    const folders: string[] = [];
    const sweepTo = async (name: string, ...args: string[]) => {
      const out = join(dir, name);
      const r = await rcmp(["sweep", file, "--out", out, "--no-plots", ...args]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    };
    folders.push(await sweepTo("det-1", "--workers", "1"), await sweepTo("det-2", "--workers", "2"));
    const shards = [await sweepTo("det-s0", "--workers", "1", "--shard", "0/2"), await sweepTo("det-s1", "--workers", "1", "--shard", "1/2")];
    const merged = join(dir, "det-merged");
    expect((await rcmp(["merge", ...shards, "--out", merged, "--no-plots"])).code).toBe(0);
    folders.push(merged);
    const killed = join(dir, "det-killed");
    const args = ["sweep", file, "--out", killed, "--no-plots", "--workers", "1"];
    expect(await killWhen(args, join(killed, "runs.csv"), 40)).toBe(true);
    expect((await rcmp([...args, "--resume"])).code).toBe(0);
    folders.push(killed);
    const texts: string[] = [];
    for (const [k, f] of folders.entries()) {
      const out = join(dir, `det-indices-${k}`);
      const r = await rcmp(["sensitivity", f, "--out", out, "--bootstrap", "300", "--no-plots"]);
      expect(r.code, r.stderr).toBe(0);
      texts.push(readFileSync(join(out, "sensitivity.csv"), "utf8"));
    }
    for (const t of texts) expect(t).toBe(texts[0]);
    expect(texts[0].split("\n").length).toBeGreaterThan(20);
  }, 180_000);
});
