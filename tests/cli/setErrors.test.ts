/**
 * `--set` errors as a user meets them: the option named once, a bad value blamed on the
 * command line (not on a line of the scenario file it never came from), and a did-you-mean
 * for a path that lacks its prefix.
 */
import {describe, expect, test} from "vitest";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {parseSetArg} from "../../src/scenario/overrides.js";
import {problemLines, tinyScenario} from "../helpers/tinyScenario.js";

const tiny = `${tinyScenario.replace("    members: [USA, CAN]\n", "    members: [USA, CAN]\n    ngo: 0.2\n")}dynamics:\n  hegemonBias: 1\n`;

/** The error lines of validating `tiny` with these `--set` arguments. */
function setErrors(...args: string[]): string[] {
  const lines = problemLines(tiny, "tiny.yaml", args.map((a) => parseSetArg(a)));
  if (lines.length === 0) throw new Error("expected the scenario to be refused");
  return lines;
}

describe("--set errors", () => {
  test("name the option once, not `--set: --set`", () => {
    const [line] = setErrors("dynamics.hegmonBias=2");
    expect(line).not.toContain("--set: --set");
    expect(line).toBe('--set dynamics.hegmonBias=2: no such field "hegmonBias" (did you mean "hegemonBias"?)');
  });

  test("a bad value from the command line names the command line, not a line of the file", () => {
    const [line] = setErrors("dynamics.hegemonBias=-2");
    // hegemonBias is on line 12 of the file, but -2 came from the command line
    expect(line).not.toContain("tiny.yaml");
    expect(line).toBe("--set dynamics.hegemonBias=-2: must be at least 0 (got -2)");
    const [ref] = setErrors('processes.rcm.members=["USA","CAM"]');
    expect(ref).toBe('--set processes.rcm.members=["USA","CAM"]: processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)');
  });

  test("a bad value in the file is still located in the file when --set changes something else", () => {
    const lines = problemLines(tiny.replace("ngo: 0.2", "ngo: 2"), "tiny.yaml", [parseSetArg("dynamics.hegemonBias=2")]);
    expect(lines).toEqual(["tiny.yaml:13:10: processes[0].ngo: must be at most 1 (got 2)"]);
  });

  test("a field named without its prefix gets the full path suggested", () => {
    expect(setErrors("hegemonBias=2")[0]).toBe('--set hegemonBias=2: no such field "hegemonBias" (did you mean "dynamics.hegemonBias"?)');
    expect(setErrors("trust.gain=0.1")[0]).toContain('(did you mean "dynamics.trust.gain"?)');
    // under a prefix that exists, a field further down
    expect(setErrors("dynamics.gain=0.1")[0]).toContain('(did you mean "dynamics.trust.gain"?)');
    // a field of list elements: the element named by a placeholder
    expect(setErrors("capacityRate=0.1")[0]).toContain('(did you mean "facilitators.<id>.capacityRate"?)');
    // a misspelt field without its prefix
    expect(setErrors("hegmonBias=2")[0]).toContain('(did you mean "dynamics.hegemonBias"?)');
  });

  test("end to end: rcmp run prints one located line and exits 2", async () => {
    const dir = tempDir();
    const file = join(dir, "tiny.yaml");
    writeFileSync(file, tiny);
    const r = await rcmp(["run", file, "--set", "hegemonBias=2", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --set hegemonBias=2: no such field "hegemonBias" (did you mean "dynamics.hegemonBias"?)\n');
  });
});
