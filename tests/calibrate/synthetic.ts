/**
 * Synthetic truth for calibration tests, as the coverage study (src/bench/calibrationCoverage.ts)
 * defines its cases: parameter values drawn from the priors, and targets made by the model itself
 * at them, here through the CLI (`rcmp run --positions`).
 */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {coverageCalibration, coveragePriors, coverageYears, syntheticScenario, truthOf, type CoverageSettings} from "../../src/bench/calibrationCoverage.js";
import {rcmp} from "../helpers/cli.js";

export {truthOf};
export const priors = coveragePriors;

/** Writes the targets of the model run at `truth` with `seed` (dir/truth/positions.csv); returns the path. */
export async function makeTargets(dir: string, truth: readonly number[], seed: number): Promise<string> {
  const out = join(dir, "truth");
  const sets = priors.flatMap((p, j) => ["--set", `${p.name}=${truth[j]}`]);
  const r = await rcmp(["run", syntheticScenario, ...sets, "--seed", String(seed), "--positions", coverageYears.join(","), "--out", out, "--quiet", "--force"]);
  if (r.code !== 0) throw new Error(r.stderr);
  return join(out, "positions.csv");
}

/** Writes dir/calibration.yaml for these targets and seed (see `coverageCalibration`); returns its path. */
export function calibrationFile(dir: string, targets: string, seed: number, o: CoverageSettings = {}): string {
  const file = join(dir, "calibration.yaml");
  writeFileSync(file, coverageCalibration(targets, seed, o));
  return file;
}
