/**
 * `rcmp run` end to end, as a user runs it: the results folder of DESIGN section 5, byte-
 * identical files for the same seed, a reproducible resolved scenario, no NaN or Infinity.
 */
import {describe, expect, test} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

const files = ["convergence.png", "convergence.svg", "manifest.json", "positions.png", "positions.svg", "scenario.yaml", "states.csv", "summary.json", "timeseries.csv"];
const deterministic = files.filter((f) => f !== "manifest.json");

describe("rcmp run", async () => {
  const dir = tempDir();
  const a = join(dir, "a");
  const b = join(dir, "b");
  const first = await rcmp(["run", "scenarios/igc-1985.yaml", "--out", a]);

  test("writes every file of the results folder and says where", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(a).sort()).toEqual(files);
    expect(first.stdout).toContain(`results in ${a}/`);
    expect(first.stdout).toMatch(/dispersion\s+\d\.\d{3} → \d\.\d{3}/);
    const png = readFileSync(join(a, "convergence.png"));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(readFileSync(join(a, "convergence.svg"), "utf8")).toContain("dispersion");
  });

  test("timeseries.csv is tidy, with regions and processes, and holds no NaN or Infinity", () => {
    const text = readFileSync(join(a, "timeseries.csv"), "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("tick,year,group,metric,value");
    const groups = new Set(lines.slice(1).map((l) => l.split(",")[2]));
    expect(groups.has("all")).toBe(true);
    expect([...groups].some((g) => g.startsWith("region:"))).toBe(true);
    expect([...groups].some((g) => g.startsWith("process:"))).toBe(true);
    for (const l of lines.slice(1)) expect(Number.isFinite(Number(l.split(",")[4])), l).toBe(true);
    for (const f of ["states.csv", "summary.json"]) expect(readFileSync(join(a, f), "utf8")).not.toMatch(/NaN|Infinity/);
  });

  test("the same seed gives byte-identical files; the manifest records the run", async () => {
    expect((await rcmp(["run", "scenarios/igc-1985.yaml", "--out", b])).code).toBe(0);
    for (const f of deterministic) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    const manifest = JSON.parse(readFileSync(join(a, "manifest.json"), "utf8"));
    expect(manifest.seed).toBe(1);
    expect(manifest.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.node).toBe(process.version);
  });

  test("rerunning the resolved scenario.yaml reproduces the run", async () => {
    const c = join(dir, "c");
    const r = await rcmp(["run", join(a, "scenario.yaml"), "--out", c]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ["timeseries.csv", "states.csv", "summary.json"]) expect(readFileSync(join(c, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
  });

  test("--seed, --ticks and --set change the run and are recorded", async () => {
    const d = join(dir, "d");
    const r = await rcmp(["run", "scenarios/igc-1985.yaml", "--out", d, "--seed", "9", "--ticks", "12", "--set", "dynamics.hegemonBias=3"]);
    expect(r.code, r.stderr).toBe(0);
    const resolved = readFileSync(join(d, "scenario.yaml"), "utf8");
    expect(resolved).toMatch(/^seed: 9$/m);
    expect(resolved).toMatch(/^ticks: 12$/m);
    expect(resolved).toMatch(/^ {2}hegemonBias: 3$/m);
    const ticks = readFileSync(join(d, "timeseries.csv"), "utf8").trimEnd().split("\n").slice(1).map((l) => Number(l.split(",")[0]));
    expect(Math.max(...ticks)).toBe(12);
  });

  test("list, schema and --help work", async () => {
    expect((await rcmp(["list"])).stdout).toMatch(/scenarios\/igc-1985\.yaml\s+\S/);
    const schema = JSON.parse((await rcmp(["schema"])).stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["dimensions", "states", "processes", "dynamics"]));
    const sweepSchema = JSON.parse((await rcmp(["schema", "--sweep"])).stdout);
    expect(Object.keys(sweepSchema.properties)).toEqual(expect.arrayContaining(["base", "replicates", "design", "parameters", "record"]));
    expect((await rcmp(["run", "--help"])).stdout).toContain("--set <path=value>");
  });
});
