/**
 * The targets format and the IMPIC importer, on small files written here (the project ships no
 * IMPIC data): 1 − x where the mapping says so, "no law" cells dropped, bad lines named.
 */
import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {parseTargets, targetsCsv} from "../../src/results/targetsCsv.js";
import {parseTargetMapping} from "../../src/results/targetMapping.js";
import {importTargets} from "../../src/results/importTargets.js";
import {InputError} from "../../src/scenario/problems.js";

const messages = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.message.split("\n");
    throw err;
  }
  return [];
};

describe("targets CSV", () => {
  test("reads state, year, dimension, value and an optional sd; ignores other columns; writes back the same rows", () => {
    const text = "tick,year,state,dimension,value,sd\r\n0,1990,HEG,asylum,0.25,\r\n4,1991,HEG,asylum,0.5,0.1\r\n";
    const t = parseTargets(text, "t.csv");
    expect(t).toEqual([{state: "HEG", year: 1990, dimension: "asylum", value: 0.25}, {state: "HEG", year: 1991, dimension: "asylum", value: 0.5, sd: 0.1}]);
    expect(parseTargets(targetsCsv(t), "again.csv")).toEqual(t);
    expect(targetsCsv(t).split("\n")[0]).toBe("state,year,dimension,value,sd");
  });

  test("names each bad line and the missing columns", () => {
    expect(messages(() => parseTargets("state,year,value\n", "t.csv"))).toEqual(["t.csv:1:1: missing column dimension (has state, year, value; expected state, year, dimension, value[, sd])"]);
    expect(messages(() => parseTargets("state,year,dimension,value,sd\n,1990,a,0.5,\nX,1990,a,0.5,-1\n", "t.csv"))).toEqual([
      "t.csv:2:1: empty state", "t.csv:3:1: sd \"-1\" must be a number greater than 0 (or empty)"
    ]);
  });
});

describe("rcmp targets impic: the importer", () => {
  // IMPIC's tidy format with invented numbers: two states, two years.
  const index = [
    "country,year,variable,value",
    "AAA,1985,Reg_C,0.293403", "AAA,1985,Reg_B,1.000000", "AAA,1985,Cont,0.419444", "AAA,1985,ImmPol,0.5",
    "BBB,1985,Reg_C,0.25", "BBB,1985,Reg_B,0.4", "BBB,1985,Cont,1.0",
    "AAA,1984,Reg_C,0.3"
  ].join("\n");
  const mapping = parseTargetMapping(readFileSync("examples/calibration/impic-mapping.yaml", "utf8"), "impic-mapping.yaml");

  test("the shipped mapping: 1 − Reg_C, 1 − Reg_B, Cont; exactly 1 dropped as no law; sorted by year, state, dimension", () => {
    const r = importTargets(index, "impic.csv", mapping);
    expect(r.targets).toEqual([
      {state: "AAA", year: 1984, dimension: "asylum", value: 0.7},
      {state: "AAA", year: 1985, dimension: "asylum", value: 0.706597},
      {state: "AAA", year: 1985, dimension: "control", value: 0.419444},
      {state: "BBB", year: 1985, dimension: "asylum", value: 0.75},
      {state: "BBB", year: 1985, dimension: "labour", value: 0.6}
    ]);
    expect(r.noLaw).toEqual({asylum: 0, labour: 1, control: 1});
    expect(r.absent).toEqual([]);
  });

  test("a mapping file is checked like a scenario, with lines", () => {
    expect(messages(() => parseTargetMapping("dimensions:\n  asylum: {variable: Reg_C, reverse: yes}\n", "m.yaml"))).toEqual([
      "m.yaml:2:38: dimensions.asylum.reverse: expected boolean (got \"yes\")"
    ]);
    expect(importTargets(index, "impic.csv", parseTargetMapping("dimensions:\n  family: {variable: Reg_A}\n", "m.yaml")).absent).toEqual(["family"]);
  });
});
