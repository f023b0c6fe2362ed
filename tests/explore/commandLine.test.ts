/**
 * The printed command is read back by a real shell into exactly the arguments meant: a file
 * name with a space and a quote, a JSON value, --skip names.
 */
import {describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {runCommandLine, setArg, shellQuote} from "../../src/explore/commandLine.js";

/** The arguments bash reads from `rcmp <rest>`. */
function argsOf(command: string): string[] {
  const r = spawnSync("bash", ["-c", command.replace(/^rcmp /, "printf '%s\\n' ")], {encoding: "utf8"});
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trimEnd().split("\n");
}

describe("runCommandLine", () => {
  it("gives bash the arguments of the run", () => {
    const command = runCommandLine("my scenarios/it's.yaml", {
      overrides: [{path: "dynamics.hegemonBias", value: 2}, {path: "events", value: []}, {path: "processes.*.ngo", value: 0.25}],
      skip: ["acquis", "meetings"]
    });
    expect(argsOf(command)).toEqual(["run", "my scenarios/it's.yaml", "--set", "dynamics.hegemonBias=2", "--set", "events=[]", "--set", "processes.*.ngo=0.25", "--skip", "acquis", "--skip", "meetings"]);
    expect(command.split("\n")).toHaveLength(6);
  });

  it("leaves safe arguments bare and writes objects as JSON", () => {
    expect(shellQuote("scenarios/igc-1985.yaml")).toBe("scenarios/igc-1985.yaml");
    expect(shellQuote("a b")).toBe("'a b'");
    expect(setArg("dynamics.civilSociety.position", {asylum: 0.9})).toBe('dynamics.civilSociety.position={"asylum":0.9}');
    expect(runCommandLine("s.yaml", {overrides: [], skip: []})).toBe("rcmp run s.yaml");
  });
});
