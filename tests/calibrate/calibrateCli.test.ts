/**
 * `rcmp calibrate` and `rcmp score` as a user meets them: the same posterior.csv, byte for byte,
 * with one worker, two workers, and after a kill -9 and --resume; the files a calibration
 * writes; bad calibration files refused with the place named; scoring against years it never saw.
 */
import {beforeAll, describe, expect, test} from "vitest";
import {spawn} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {calibrationFile, makeTargets, truthOf} from "./synthetic.js";

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

/** Starts the CLI and kills it with SIGKILL once `file` has at least `lines` lines. */
function killWhen(args: string[], file: string, lines: number): Promise<boolean> {
  const child = spawn(process.execPath, [join(process.cwd(), "dist/cli/main.js"), ...args], {stdio: "ignore"});
  return new Promise((done) => {
    let killed = false;
    const timer = setInterval(() => {
      if (existsSync(file) && readFileSync(file, "utf8").split("\n").length - 1 >= lines && !killed) killed = child.kill("SIGKILL");
    }, 5);
    child.on("exit", () => {
      clearInterval(timer);
      done(killed);
    });
  });
}

describe("rcmp calibrate: the same bytes for any number of workers and after a resume", () => {
  const dir = tempDir();
  let file = "";
  let targets = "";
  beforeAll(async () => {
    targets = await makeTargets(dir, truthOf(0), 1000);
    file = calibrationFile(dir, targets, 21, {generations: 4});
  });

  test("one worker and two workers", async () => {
    const one = await rcmp(["calibrate", file, "--out", join(dir, "one"), "--workers", "1", "--no-plots"]);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain("generation 3: tolerance");
    const two = await rcmp(["calibrate", file, "--out", join(dir, "two"), "--workers", "2", "--no-plots", "--quiet"]);
    expect(two.code).toBe(0);
    for (const name of ["posterior.csv", "populations/1.csv", "predictive-sample.csv", "scenario.yaml", "posterior-summary.csv"]) {
      expect(read(join(dir, "two"), name)).toBe(read(join(dir, "one"), name));
    }
    const rows = read(join(dir, "one"), "posterior.csv").trimEnd().split("\n");
    expect(rows[0]).toBe("particle,weight,dynamics.hegemonBias,dynamics.dialogue.rate,distance");
    expect(rows.length - 1).toBe(150);
    expect(read(join(dir, "one"), "generations.csv").split("\n")[0]).toBe("generation,tolerance,particles,runs,acceptance,ess");
  }, 120_000);

  test("killed after generation 1 and resumed", async () => {
    const out = join(dir, "killed");
    const killed = await killWhen(["calibrate", file, "--out", out, "--workers", "2", "--no-plots", "--quiet"], join(out, "generations.csv"), 3);
    expect(killed).toBe(true);
    expect(existsSync(join(out, "predictive.csv"))).toBe(false);
    const refused = await rcmp(["calibrate", file, "--out", out, "--workers", "1"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("add --resume");
    const resumed = await rcmp(["calibrate", file, "--out", out, "--resume", "--workers", "1", "--no-plots"]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/resuming after generation [1-3]/);
    expect(read(out, "posterior.csv")).toBe(read(join(dir, "one"), "posterior.csv"));
    expect(read(out, "predictive-sample.csv")).toBe(read(join(dir, "one"), "predictive-sample.csv"));
  }, 120_000);

  test("rcmp score: held-out years scored, the years fitted left out", async () => {
    const observed = join(dir, "observed.csv");
    const held = await makeTargets(join(dir, "held"), truthOf(0), 1000);
    writeFileSync(observed, read(join(dir, "held", "truth"), "positions.csv"));
    expect(held).toContain("positions.csv");
    // calibrate on 1991-1995 only, then score 1997-1999 (the same run's later years)
    const partial = calibrationFile(join(dir, "held"), targets, 21, {generations: 3, extra: "years: {to: 1995}\n"});
    expect((await rcmp(["calibrate", partial, "--out", join(dir, "partial"), "--workers", "1", "--quiet", "--no-plots"])).code).toBe(0);
    const r = await rcmp(["score", join(dir, "partial"), observed, "--out", join(dir, "score")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("scored 24 observations (36 observations the calibration saw left out)");
    const rows = read(join(dir, "score"), "score.csv").trimEnd().split("\n");
    expect(rows[0]).toBe("scope,key,n,mae_median,n_persistence,mae_median_paired,mae_persistence,skill,coverage50,coverage90,crps");
    expect(rows.map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["scope,key,n", "all,,24", "dimension,asylum,12", "dimension,control,12", "year,1997,12", "year,1999,12"]);
    const cells = read(join(dir, "score"), "score-cells.csv").trimEnd().split("\n").slice(1).map((l) => l.split(","));
    // persistence: each state's 1995 value, read from the targets
    const t1995 = new Map(read(join(dir, "partial"), "targets.csv").trimEnd().split("\n").slice(1).map((l) => l.split(",")).filter((c) => c[1] === "1995").map((c) => [`${c[0]},${c[2]}`, c[3]]));
    for (const c of cells) expect(c[5]).toBe(t1995.get(`${c[0]},${c[2]}`));
    expect(existsSync(join(dir, "score", "score.png"))).toBe(true);
  }, 120_000);
});

describe("bad calibration input: exit code 2, the file and place named", () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const targets = write("t.csv", "state,year,dimension,value\nHEG,1991,asylum,0.5\n");
  const base = join(process.cwd(), "tests/calibrate/fixtures/synthetic.yaml");

  test.each([
    ["an unknown key", `base: ${base}\ntargets: ${targets}\nparameters:\n  dynamics.hegemonBias: {prior: uniform, min: 0, max: 3}\nparticle: 10\n`, /calibration\.yaml:5:1: particle: unknown key "particle" \(did you mean "particles"\?\)/],
    ["an unknown prior", `base: ${base}\ntargets: ${targets}\nparameters:\n  dynamics.hegemonBias: {prior: beta, min: 0, max: 3}\n`, /calibration\.yaml:4:\d+: parameters\.dynamics\.hegemonBias/],
    ["a path the scenario lacks", `base: ${base}\ntargets: ${targets}\nparameters:\n  dynamics.hegemonBiass: {prior: uniform, min: 0, max: 3}\n`, /unknown parameter path "dynamics\.hegemonBiass".*did you mean "hegemonBias"/],
    ["a prior beyond the schema", `base: ${base}\ntargets: ${targets}\nparameters:\n  dynamics.dialogue.rate: {prior: uniform, min: 0, max: 3}\n`, /value 3: .*the prior reaches this value/],
    ["a whole-number parameter", `base: ${base}\ntargets: ${targets}\nparameters:\n  processes.forum.meetEvery: {prior: uniform, min: 1, max: 3}\n`, /takes whole numbers/],
    ["a missing targets file", `base: ${base}\ntargets: nowhere.csv\nparameters:\n  dynamics.hegemonBias: {prior: uniform, min: 0, max: 3}\n`, /calibration\.yaml:2:\d+: targets: cannot read .*nowhere\.csv: no such file/]
  ])("%s", async (_, text, message) => {
    const r = await rcmp(["calibrate", write("calibration.yaml", text), "--out", join(dir, "out"), "--workers", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  test("a bad targets file: every bad line named", async () => {
    const bad = write("bad.csv", "state,year,dimension,value\nHEG,1991,asylum,0.4\nHEG,1992,asylum,1.5\nHEG,x,asylum,0.5\nHEG,1991,asylum,0.2\n");
    const r = await rcmp(["calibrate", write("calibration.yaml", `base: ${base}\ntargets: ${bad}\nparameters:\n  dynamics.hegemonBias: {prior: uniform, min: 0, max: 3}\n`), "--workers", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.csv:3:1: value 1.5 is outside [0, 1]");
    expect(r.stderr).toContain("bad.csv:4:1: year \"x\" is not a number");
    expect(r.stderr).toContain("bad.csv:5:1: HEG 1991 asylum is given twice (first on line 2)");
  });
});
