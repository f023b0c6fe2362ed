/**
 * Calibration through the CLI on synthetic truth: targets made by the model itself at parameter
 * values drawn from the priors. Four cases (k = 0..3, each with its own truth, data seed and
 * calibration seed): the 90% credible intervals should cover the truth about 90% of the time
 * (here: at least 6 of the 8 intervals), and the dialogue rate, which the targets identify,
 * should shrink well inside its prior. The larger study (100 cases) is `npm run coverage-study`.
 */
import {describe, expect, test} from "vitest";
import {spawn} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {tempDir} from "../helpers/cli.js";
import {priorInterval} from "../../src/analysis/abcPriors.js";
import {calibrationFile, makeTargets, priors, truthOf} from "./synthetic.js";

/** Runs the built CLI without blocking, so that cases run side by side. */
function rcmpAsync(args: string[]): Promise<{code: number | null; stderr: string}> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(process.cwd(), "dist/cli/main.js"), ...args], {stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("exit", (code) => done({code, stderr}));
  });
}

/** posterior-summary.csv as {parameter → [p05, p50, p95]}. */
function summary(dir: string): Map<string, number[]> {
  const [, ...lines] = readFileSync(join(dir, "posterior-summary.csv"), "utf8").trimEnd().split("\n");
  return new Map(lines.map((l) => l.split(",")).map((c) => [c[0], [Number(c[5]), Number(c[6]), Number(c[7])]]));
}

describe("recovery of synthetic truth through rcmp calibrate", () => {
  const cases = [0, 1, 2, 3];

  test("90% intervals cover the truth in at least 6 of 8 (4 cases × 2 parameters); the rate shrinks well inside its prior", async () => {
    // the targets one after another (in this process), the calibrations in processes of their own
    const made: {dir: string; targets: string}[] = [];
    for (const k of cases) {
      const dir = tempDir();
      made.push({dir, targets: await makeTargets(dir, truthOf(k), 1000 + k)});
    }
    const one = async (k: number) => {
      const {dir, targets} = made[k];
      const truth = truthOf(k);
      const r = await rcmpAsync(["calibrate", calibrationFile(dir, targets, 7 + k), "--out", join(dir, "cal"), "--workers", "1", "--no-plots", "--quiet"]);
      expect(r.stderr).toBe("");
      return {truth, posterior: summary(join(dir, "cal"))};
    };
    // two at a time: the machine's two cores, without crowding the other test files
    const runs = [...(await Promise.all([one(cases[0]), one(cases[1])])), ...(await Promise.all([one(cases[2]), one(cases[3])]))];
    let covered = 0;
    const shrink: number[] = [];
    const [lo, hi] = priorInterval(priors[1].prior, 0.05);
    for (const {truth, posterior} of runs) {
      priors.forEach((p, j) => {
        const [p05, , p95] = posterior.get(p.name)!;
        if (p05 <= truth[j] && truth[j] <= p95) covered += 1;
      });
      const [p05, , p95] = posterior.get(priors[1].name)!;
      shrink.push(Math.log(p95 / p05) / Math.log(hi / lo));
    }
    expect(covered).toBeGreaterThanOrEqual(6);
    // the rate's 90% interval, on its log scale, against the prior's: under half on average
    expect(shrink.reduce((a, b) => a + b, 0) / shrink.length).toBeLessThan(0.5);
  }, 240_000);
});
