/**
 * `--set` paths into `generate`: every field can be set (distributions included, whose options
 * are told apart by `dist`), and swept. Before the fix, `generate.power.alpha=2` failed with
 * '"alpha" is not inside an object'.
 */
import {describe, expect, it} from "vitest";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {parseScenario} from "../../src/scenario/load.js";
import {parseSetArg} from "../../src/scenario/overrides.js";
import {InputError} from "../../src/scenario/problems.js";
import {loadSweep} from "../../src/sweep/loadSweep.js";
import {isIntegerPath} from "../../src/sweep/integerPath.js";

const fjFile = "scenarios/classic/friedkin-johnsen.yaml";
const hkFile = "scenarios/classic/hegselmann-krause.yaml";
const withSets = (file: string, ...sets: string[]) => parseScenario(readFileSync(file, "utf8"), file, sets.map((s) => parseSetArg(s)));
const problem = (file: string, ...sets: string[]) => {
  try {
    withSets(file, ...sets);
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  return "";
};

describe("--set into generate", () => {
  it("sets every scalar field of generate", () => {
    const g = withSets(fjFile, "generate.count=12", "generate.prefix=X", "generate.openness=0.5", 'generate.regions=["a","b"]').generate!;
    expect(g).toMatchObject({count: 12, prefix: "X", openness: 0.5, regions: ["a", "b"]});
  });

  it("sets a field of the distribution a scenario has", () => {
    const g = withSets(fjFile, "generate.power.alpha=2", "generate.power.min=3", "generate.ideal.max=0.5", "generate.stubbornness.max=0.3").generate!;
    expect(g.power).toEqual({dist: "pareto", alpha: 2, min: 3});
    expect(g.ideal).toEqual({dist: "uniform", min: 0, max: 0.5});
    expect(g.stubbornness).toEqual({dist: "uniform", min: 0.05, max: 0.3});
  });

  it("fills in the distribution a field names where the file has none", () => {
    const g = withSets(hkFile, "generate.power.alpha=2", "generate.stubbornness.max=0.3").generate!;
    expect(g.power).toEqual({dist: "pareto", alpha: 2, min: 1});
    expect(g.stubbornness).toEqual({dist: "uniform", min: 0, max: 0.3});
  });

  it("changes a distribution's kind, dropping the fields the new kind lacks", () => {
    const g = withSets(fjFile, "generate.power.dist=constant", "generate.ideal.dist=beta", "generate.ideal.a=2", "generate.ideal.b=5").generate!;
    expect(g.power).toEqual({dist: "constant", value: 1});
    expect(g.ideal).toEqual({dist: "beta", a: 2, b: 5});
  });

  it("names the field a distribution lacks, and a number that has no fields", () => {
    expect(problem(fjFile, "generate.power.value=3")).toMatch(/no field "value" where dist is "pareto" \(its fields: dist, alpha, min\)/);
    expect(problem(hkFile, "generate.stubbornness=0.1", "generate.stubbornness.max=0.3")).toMatch(/"max" is inside 0.1, a value without fields/);
    expect(problem(hkFile, "generate.power.alph=2")).toMatch(/no such field "alph" \(did you mean "alpha"\?\)/);
  });

  it("sweeps generate fields, rounding the integer count", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rcmp-generate-sweep-"));
    const file = join(dir, "s.yaml");
    writeFileSync(file, `base: ${resolve(fjFile)}\nparameters:\n  generate.power.alpha: [1, 2]\n  generate.count: {from: 10, to: 20, steps: 3}\n  generate.stubbornness.max: [0.2, 0.6]\n`);
    const plan = await loadSweep(file);
    expect(plan.points).toBe(12);
    expect(isIntegerPath("generate.count")).toBe(true);
    expect(plan.design.points[0]).toEqual([1, 10, 0.2]);
  });
});
