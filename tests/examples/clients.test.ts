/**
 * The Python and R clients of `rcmp eval` under examples/ (through the built CLI: `npm test`
 * builds first) give the same numbers as `rcmp eval` itself, raise on a bad row and go on.
 * The Python test needs python3 and the R test Rscript; each is skipped, saying so, without.
 */
import {spawnSync} from "node:child_process";
import {resolve} from "node:path";
import {describe, expect, it} from "vitest";

const cli = resolve("dist/cli/main.js");
const scenario = "scenarios/igc-1985.yaml";
const has = (command: string): boolean => spawnSync(command, ["--version"], {encoding: "utf8"}).status === 0;
const hasPython = has("python3");
const hasR = has("Rscript");
if (!hasPython) console.warn("python3 not found: the Python client tests are skipped");
if (!hasR) console.warn("Rscript not found: the R client test is skipped");

/** `rcmp eval --json` answers for these JSON rows. */
function direct(args: string[], rows: object[]): Record<string, number | null>[] {
  const r = spawnSync(process.execPath, [cli, "eval", scenario, "--json", "--workers", "1", ...args], {input: rows.map((x) => `${JSON.stringify(x)}\n`).join(""), encoding: "utf8"});
  return r.stdout.trim().split("\n").map((l) => JSON.parse(l));
}

function run(command: string, args: string[], input = "") {
  const r = spawnSync(command, args, {encoding: "utf8", input});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe.skipIf(!hasPython)("examples/python/rcmp_model.py (python3)", () => {
  it("answers as rcmp eval does, raises RcmpError on a bad row and goes on", () => {
    const script = `
import json, sys
sys.path.insert(0, "examples/python")
from rcmp_model import RcmpModel, RcmpError
out = {}
with RcmpModel("${scenario}", metrics=["dispersion", "toHegemon"], workers=2) as model:
    out["one"] = model({"dynamics.hegemonBias": 2, "processes.igc.ngo": 0.5})
    try:
        model({"dynamics.hegmonBias": 2})
    except RcmpError as err:
        out["error"] = str(err)
    out["after"] = model({"dynamics.hegemonBias": 3})
    out["many"] = model.map([{"dynamics.hegemonBias": h} for h in (0, 1, 4)] + [{"processes.igc.ngo": 9}])
with RcmpModel("${scenario}", metrics=["dispersion"], workers=1, seed=5, replicates=3) as model:
    out["mean"] = model({"dynamics.hegemonBias": 1})
print(json.dumps(out))
`;
    const r = run("python3", ["-c", script]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const metrics = ["--metric", "dispersion", "--metric", "toHegemon"];
    expect(out.one).toEqual(direct(metrics, [{"dynamics.hegemonBias": 2, "processes.igc.ngo": 0.5}])[0]);
    expect(out.error).toBe("row 1 (line 2): dynamics.hegmonBias: no such field \"hegmonBias\" (did you mean \"hegemonBias\"?)");
    // rows count on after a bad one: the answers equal those of rows 2.. of one rcmp eval
    const expected = direct(metrics, [{}, {}, ...[3, 0, 1, 4].map((h) => ({"dynamics.hegemonBias": h})), {"processes.igc.ngo": 9}]);
    expect(out.after).toEqual(expected[2]);
    expect(out.many.slice(0, 3)).toEqual(expected.slice(3, 6));
    expect(out.many[3].error).toBe("row 6 (line 7): processes.igc.ngo=9: processes[0].ngo: must be at most 1 (got 9)");
    const reps = direct(["--metric", "dispersion", "--seed", "5", "--replicates", "3"], [{"dynamics.hegemonBias": 1}]);
    expect(reps.map((a) => a.seed)).toEqual([0, 1, 2].map((k) => reps[k].seed));
    const mean = reps.reduce((s, a) => s + (a["final.dispersion"] as number), 0) / 3;
    expect(out.mean["final.dispersion"]).toBe(mean);
  });

  it("runs its demonstration", () => {
    const r = run("python3", ["examples/python/rcmp_model.py"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/hegemonBias=4 ngo=1: dispersion 0\.\d{4}/);
    expect(r.stdout).toMatch(/a bad row raises RcmpError: row 8 \(line 9\): dynamics\.hegmonBias: no such field/);
  });
});

describe.skipIf(!hasR)("examples/r/rcmp_model.R (Rscript)", () => {
  it("answers as rcmp eval does, in a batch and in a session, and goes on after a bad row", () => {
    const script = `
source("examples/r/rcmp_model.R")
X <- data.frame("dynamics.hegemonBias" = c(0, 2.5142210459093564, 4), "processes.igc.ngo" = c(NA, 0.25, 1), check.names = FALSE)
Y <- rcmp_eval(X, "${scenario}", metrics = "dispersion", workers = 1)
cat(sprintf("batch %.17g", Y[["final.dispersion"]]), sep = "\\n")
m <- rcmp_session("${scenario}", metrics = "dispersion")
cat(sprintf("session %.17g\\n", m$eval(list("dynamics.hegemonBias" = 2.5142210459093564, "processes.igc.ngo" = 0.25))[["final.dispersion"]]))
cat("error", tryCatch(m$eval(list("dynamics.hegemonBias" = 60, "processes.igc.ngo" = 0)), error = function(e) conditionMessage(e)), "\\n")
cat(sprintf("session %.17g\\n", m$eval(list("dynamics.hegemonBias" = 4, "processes.igc.ngo" = 1))[["final.dispersion"]]))
m$close()
`;
    const r = run("Rscript", ["-e", script]);
    expect(r.code, r.stderr).toBe(0);
    const expected = direct(["--metric", "dispersion"], [{"dynamics.hegemonBias": 0}, {"dynamics.hegemonBias": 2.5142210459093564, "processes.igc.ngo": 0.25}, {"dynamics.hegemonBias": 4, "processes.igc.ngo": 1}]).map((a) => a["final.dispersion"]);
    const numbers = (tag: string) => r.stdout.split("\n").filter((l) => l.startsWith(`${tag} `)).map((l) => Number(l.slice(tag.length + 1)));
    expect(numbers("batch")).toEqual(expected);
    expect(numbers("session")).toEqual([expected[1], expected[2]]);
    expect(r.stdout).toMatch(/error row 1 \(line 3\): dynamics\.hegemonBias=60: must be at most 50 \(got 60\)/);
  });
});
