/**
 * `rcmp run --skip <mechanism>`: leaves mechanisms out as `simulate({skip})` does, is
 * repeatable, is recorded in the manifest and the resolved scenario's header, and refuses a
 * name the registry does not have (exit 2, with a suggestion).
 */
import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {parseScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {timeseriesCsv} from "../../src/results/runFiles.js";

const file = "scenarios/igc-1985.yaml";
const text = readFileSync(file, "utf8");
const csvOf = (skip: string[]) => timeseriesCsv(simulate(parseScenario(text, file), {skip}).series);

describe("rcmp run --skip", () => {
  const dir = tempDir();

  test("two skipped mechanisms give the library's run without them, and the manifest says so", async () => {
    const out = join(dir, "skip");
    const r = await rcmp(["run", file, "--skip", "trust", "--skip", "capacityBuilding", "--out", out, "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const written = readFileSync(join(out, "timeseries.csv"), "utf8");
    expect(written).toBe(csvOf(["trust", "capacityBuilding"]));
    expect(written).not.toBe(csvOf([]));
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).skip).toEqual(["trust", "capacityBuilding"]);
    expect(readFileSync(join(out, "scenario.yaml"), "utf8")).toContain("with --skip trust --skip capacityBuilding reproduces the run");
  });

  test("a run without --skip records no skip", async () => {
    const out = join(dir, "plain");
    expect((await rcmp(["run", file, "--out", out, "--quiet"])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))).not.toHaveProperty("skip");
  });

  test("an unknown mechanism is bad input, named with a suggestion, and nothing is written", async () => {
    const out = join(dir, "bad");
    const r = await rcmp(["run", file, "--skip", "trusst", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--skip: unknown mechanism: trusst (did you mean "trust"?)');
    expect(r.stderr).toContain("expected one of events, meetings");
    expect(() => readFileSync(join(out, "manifest.json"))).toThrow();
  });
});
