/**
 * The machine's own scaling, as a control for the sweep speed-up: the bare engine (no pool, no
 * files) running the same runs in one worker thread, then in two at once. A sweep cannot scale
 * better than this; on a shared virtual machine it varies from run to run.
 *
 * Each thread first does `warmUpRuns` untimed runs, so that V8 has optimised the code that runs
 * once per run (it becomes hot only after about a thousand runs) and only steady state is timed.
 */
import {Worker} from "node:worker_threads";

/** Untimed runs before the timed ones in each thread. */
export const warmUpRuns = 1500;

// The options are a fresh literal per run, as a sweep's runs pass them: a spread
// (`{...o, seed}`) would make a new hidden class on every run under Node 20.
const script = (scenario: string, runs: number) => `
const {readFileSync} = require("node:fs");
const {parentPort} = require("node:worker_threads");
(async () => {
  const {parseScenario} = await import(${JSON.stringify(new URL("../scenario/load.js", import.meta.url).href)});
  const {simulate} = await import(${JSON.stringify(new URL("../run/simulate.js", import.meta.url).href)});
  const s = parseScenario(readFileSync(${JSON.stringify(scenario)}, "utf8"), "bench");
  const metrics = ["dispersion", "toStandard", "toHegemon"];
  for (let i = 0; i < ${warmUpRuns}; i++) simulate(s, {seed: i, metrics, groups: false});
  const t = performance.now();
  for (let i = 0; i < ${runs}; i++) simulate(s, {seed: i, metrics, groups: false});
  parentPort.postMessage(performance.now() - t);
})();`;

function timeInWorker(scenario: string, runs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script(scenario, runs), {eval: true});
    w.once("message", (ms: number) => {
      resolve(ms);
      void w.terminate();
    });
    w.once("error", reject);
  });
}

/** Speed-ups of two threads over one, `trials` times alternating (runs per thread each time). */
export async function threadScaling(scenario: string, runs: number, trials: number): Promise<number[]> {
  const ratios: number[] = [];
  for (let t = 0; t < trials; t++) {
    const one = await timeInWorker(scenario, runs);
    const two = await Promise.all([timeInWorker(scenario, runs), timeInWorker(scenario, runs)]);
    ratios.push((2 * one) / Math.max(...two));
  }
  return ratios;
}
