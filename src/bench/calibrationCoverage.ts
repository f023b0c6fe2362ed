/**
 * `npm run coverage-study [-- --cases N --workers W --particles P --generations G]`: does ABC-SMC's posterior say what it
 * should? For each case k, draw the truth from the priors, make targets by running the model at
 * it (tests/calibrate/fixtures/synthetic.yaml, targets every second year 1991-1999), calibrate
 * with the settings of the recovery test, and check whether each parameter's 90% interval
 * covers the truth. With truths drawn from the prior, an exact posterior covers in 90% of the
 * cases; prints the share per parameter with a 95% Wilson interval, and how far the posterior
 * narrowed the prior. The recovery test runs the first 4 of these cases.
 */
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {alea} from "../model/random.js";
import {priorDraw, priorInterval, type Parameter} from "../analysis/abcPriors.js";
import {readScenarioFile} from "../io/readScenario.js";
import {simulate} from "../run/simulate.js";
import {positionsCsv} from "../results/positionsCsv.js";
import {calibrate} from "../calibrate/calibrate.js";

/** The synthetic scenario of the tests. */
export const syntheticScenario = resolve("tests/calibrate/fixtures/synthetic.yaml");

/** The parameters calibrated and their priors. */
export const coveragePriors: Parameter[] = [
  {name: "dynamics.hegemonBias", prior: {prior: "uniform", min: 0, max: 3}},
  {name: "dynamics.dialogue.rate", prior: {prior: "log-uniform", min: 0.02, max: 0.6}}
];

/** Years with targets: every second year from 1991 (the run starts in 1990). */
export const coverageYears = [1991, 1993, 1995, 1997, 1999];

/** Case k's true values, drawn from the priors by a stream seeded with k. */
export function truthOf(k: number): number[] {
  const random = alea(`rcmp-calibration-coverage:${k}`);
  return coveragePriors.map((p) => priorDraw(p.prior, random()));
}

/** Settings of a case's calibration: particles (default 150) and generations (default 5), and YAML lines to add. */
export interface CoverageSettings {
  particles?: number;
  generations?: number;
  extra?: string;
}

/** The calibration file text for a targets file and seed (40 predictive draws). */
export function coverageCalibration(targets: string, seed: number, o: CoverageSettings = {}): string {
  return `base: ${syntheticScenario}\ntargets: ${targets}\nparameters:\n${coveragePriors.map((p) => `  ${p.name}: ${JSON.stringify(p.prior)}\n`).join("")}` +
    `particles: ${o.particles ?? 150}\ngenerations: ${o.generations ?? 5}\nseed: ${seed}\npredictive: {draws: 40}\n${o.extra ?? ""}`;
}

/** One case: whether each parameter's 90% interval covers the truth, and its width over the prior's (log scale for log-uniform). */
async function runCase(k: number, workers: number, settings: CoverageSettings): Promise<{covered: boolean[]; shrink: number[]}> {
  const dir = mkdtempSync(join(tmpdir(), "rcmp-coverage-"));
  try {
    const truth = truthOf(k);
    const scenario = await readScenarioFile(syntheticScenario, coveragePriors.map((p, j) => ({path: p.name, value: truth[j]})));
    const run = simulate(scenario, {seed: 1000 + k, positions: {years: coverageYears}});
    writeFileSync(join(dir, "targets.csv"), positionsCsv(run.positions!));
    writeFileSync(join(dir, "calibration.yaml"), coverageCalibration(join(dir, "targets.csv"), 7 + k, settings));
    const result = await calibrate(join(dir, "calibration.yaml"), {out: join(dir, "out"), workers, plots: false});
    const scale = (p: Parameter, x: number) => (p.prior.prior === "log-uniform" ? Math.log(x) : x);
    return {
      covered: result.posterior.map((s, j) => s.p05 <= truth[j] && truth[j] <= s.p95),
      shrink: result.posterior.map((s, j) => {
        const p = coveragePriors[j];
        const [lo, hi] = priorInterval(p.prior, 0.05);
        return (scale(p, s.p95) - scale(p, s.p05)) / (scale(p, hi) - scale(p, lo));
      })
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The 95% Wilson interval of a binomial share. */
function wilson(hits: number, n: number): [number, number] {
  const z = 1.96;
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const cases = arg("--cases", 100);
  const workers = arg("--workers", 1);
  const settings = {particles: arg("--particles", 150), generations: arg("--generations", 5)};
  const started = performance.now();
  const results: {covered: boolean[]; shrink: number[]}[] = [];
  for (let k = 0; k < cases; k++) {
    results.push(await runCase(k, workers, settings));
    process.stderr.write(`\r  case ${k + 1} of ${cases}`);
  }
  process.stderr.write("\n");
  console.log(`calibration coverage study: ${cases} cases, truths drawn from the priors, ${settings.particles} particles, ${settings.generations} generations (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  coveragePriors.forEach((p, j) => {
    const hits = results.filter((r) => r.covered[j]).length;
    const [lo, hi] = wilson(hits, cases);
    const shrink = results.map((r) => r.shrink[j]).sort((a, b) => a - b);
    console.log(`  ${p.name}: 90% interval covers the truth in ${hits} of ${cases} (${((100 * hits) / cases).toFixed(0)}%, 95% CI ${(100 * lo).toFixed(0)}-${(100 * hi).toFixed(0)}%); ` +
      `width over the prior's: median ${shrink[Math.floor(cases / 2)].toFixed(2)}`);
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();

