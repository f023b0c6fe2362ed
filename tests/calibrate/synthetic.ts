/**
 * Synthetic truth for calibration tests: parameter values drawn from the test calibration's
 * priors, and targets made by running the model itself at them (`rcmp run --positions`).
 */
import {writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {alea} from "../../src/model/random.js";
import {priorDraw} from "../../src/analysis/priors.js";
import {rcmp} from "../helpers/cli.js";

export const fixtures = resolve("tests/calibrate/fixtures");
export const scenario = join(fixtures, "synthetic.yaml");

/** The test calibration's parameters and priors (as in fixtures/synthetic.calibration.yaml). */
export const priors = [
  {name: "dynamics.hegemonBias", prior: {prior: "uniform", min: 0, max: 3} as const},
  {name: "dynamics.dialogue.rate", prior: {prior: "log-uniform", min: 0.02, max: 0.6} as const}
];

/** Years with targets: every second year from 1991 (the run starts in 1990). */
export const targetYears = [1991, 1993, 1995, 1997, 1999];

/** Case k's true values, drawn from the priors. */
export function truthOf(k: number): number[] {
  const random = alea(`rcmp-calibration-coverage:${k}`);
  return priors.map((p) => priorDraw(p.prior, random()));
}

/** Writes case k's targets (the model run at its truth with seed 1000 + k) into dir/targets.csv; returns the path. */
export function makeTargets(dir: string, truth: readonly number[], seed: number): string {
  const out = join(dir, "truth");
  const sets = priors.flatMap((p, j) => ["--set", `${p.name}=${truth[j]}`]);
  const r = rcmp(["run", scenario, ...sets, "--seed", String(seed), "--positions", targetYears.join(","), "--out", out, "--quiet", "--force"]);
  if (r.code !== 0) throw new Error(r.stderr);
  return join(out, "positions.csv");
}

/** A calibration file in dir for these targets and seed: 150 particles, 5 generations (or `generations`), with `extra` YAML lines. */
export function calibrationFile(dir: string, targets: string, seed: number, o: {generations?: number; extra?: string} = {}): string {
  const file = join(dir, "calibration.yaml");
  writeFileSync(file, `base: ${scenario}\ntargets: ${targets}\nparameters:\n${priors.map((p) => `  ${p.name}: ${JSON.stringify(p.prior)}\n`).join("")}` +
    `particles: 150\ngenerations: ${o.generations ?? 5}\nseed: ${seed}\npredictive: {draws: 40}\n${o.extra ?? ""}`);
  return file;
}
