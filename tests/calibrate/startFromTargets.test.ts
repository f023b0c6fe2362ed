/**
 * Starting positions from targets: the scenario a calibration runs, and the scenario file
 * `rcmp targets start` writes (only the numbers change; comments and layout stay).
 */
import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseText, validateScenario} from "../../src/scenario/load.js";
import {compile} from "../../src/model/compile.js";
import {startScenarioText, startValues, withStart} from "../../src/calibrate/startFromTargets.js";
import {rcmp, tempDir} from "../helpers/cli.js";
import {writeFileSync} from "node:fs";

const file = "tests/calibrate/fixtures/synthetic.yaml";
const text = readFileSync(file, "utf8");
const scenario = validateScenario(parseText(text, file));
const targets = [
  {state: "HEG", year: 1990, dimension: "asylum", value: 0.123},
  {state: "ALT", year: 1990, dimension: "asylum", value: 0.456},
  {state: "HEG", year: 1991, dimension: "asylum", value: 0.9},
  {state: "NOPE", year: 1990, dimension: "asylum", value: 0.9}
];

describe("starting positions from the targets' first year", () => {
  const {values, missing} = startValues(targets, 1990, scenario);

  test("the year's values of the scenario's states; the states without one listed", () => {
    expect(values).toEqual([{state: "HEG", dimension: "asylum", value: 0.123}, {state: "ALT", dimension: "asylum", value: 0.456}]);
    expect(missing.map((m) => m.state)).toEqual(["BOR", "DUN", "ESK", "FAL"]);
  });

  test("the run starts there; the ideals follow unless kept", () => {
    const world = compile(withStart(scenario, values, false), 1);
    const heg = world.stateIds.indexOf("HEG");
    expect(world.x0[heg * 2]).toBe(0.123);
    expect(world.u[heg * 2]).toBe(0.123);
    expect(world.x0[heg * 2 + 1]).toBe(0.9);
    const kept = compile(withStart(scenario, values, true), 1);
    expect(kept.x0[heg * 2]).toBe(0.123);
    expect(kept.u[heg * 2]).toBe(0.35);
  });

  test("the scenario file: only the numbers change", () => {
    const out = startScenarioText(parseText(text, file), text, values, 2, ["asylum", "control"]);
    const changed = out.split("\n").filter((line, k) => line !== text.split("\n")[k]);
    expect(changed).toEqual([
      "  - {id: HEG, region: north, power: 50, ideal: {asylum: 0.12, control: 0.9}, stubbornness: 0.03}",
      "  - {id: ALT, region: north, power: 8, ideal: {asylum: 0.46, control: 0.5}, stubbornness: 0.03}"
    ]);
  });

  test("rcmp targets start writes it, and says which states kept the scenario's values", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "t.csv"), "state,year,dimension,value\nHEG,1990,asylum,0.123\n");
    const r = await rcmp(["targets", "start", file, join(dir, "t.csv"), "--out", join(dir, "s.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("1 starting values");
    expect(r.stderr).toContain("left as in the scenario: ALT asylum, BOR asylum");
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toContain("{id: HEG, region: north, power: 50, ideal: {asylum: 0.12, control: 0.9}");
  });
});
