/**
 * `node dist/bench/gaussianPaths.js`: the Box–Muller fast path through WebAssembly against its JS
 * fallback, in one invocation, alternating: nanoseconds per pair of `gaussianPairs(alea).fill`,
 * and milliseconds per run of world-2004 with sweep settings (the engine's whole run, whose
 * Gaussian draws take this path). Medians of rounds (default 15, or the first argument); the bits
 * are the same either way (the tests check it; the warm-up round checks a fill and a run here too).
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {boxMullerPath} from "../model/boxMullerAlea.js";
import {alea, gaussianPairs} from "../model/random.js";
import {useWebAssembly} from "../model/wasm/boxMullerWasm.js";
import {simulate} from "../run/simulate.js";
import {parseScenario} from "../scenario/load.js";
import {defaultRecord} from "../sweep/sweepSchema.js";
import {projectRoot} from "./anchors.js";
import {median} from "./engine.js";

const paths = ["wasm", "js"] as const;
const rounds = Number(process.argv[2] ?? 15);

const out = new Float64Array(84_000);
const path = "scenarios/world-2004.yaml";
const scenario = parseScenario(readFileSync(join(projectRoot, path), "utf8"), path);
const world = (seed: number) => simulate(scenario, {seed, metrics: defaultRecord, groups: false});

/** Nanoseconds per pair of fills of 84,000 draws (world-2004's draws per run), over about 0.2 s. */
function nsPerPair(): number {
  const gaussian = gaussianPairs(alea("bench"));
  let fills = 0;
  const t0 = performance.now();
  while (fills++ === 0 || performance.now() - t0 < 200) gaussian.fill(out, out.length);
  return ((performance.now() - t0) * 1e6) / ((fills - 1) * out.length / 2);
}

/** Milliseconds per run of world-2004 with sweep settings (seeds 1, 2, ...) over about 0.5 s. */
function msPerRun(): number {
  let runs = 0;
  const t0 = performance.now();
  while (runs === 0 || performance.now() - t0 < 500) world(++runs);
  return (performance.now() - t0) / runs;
}

/** What the two paths must agree on: a fill's bytes and a world-2004 run's summary. */
function check(): string {
  gaussianPairs(alea("check")).fill(out, out.length);
  return `${Buffer.from(out.buffer).toString("base64")} ${JSON.stringify(world(7).summary)}`;
}

const times = {ns: {wasm: [] as number[], js: [] as number[]}, ms: {wasm: [] as number[], js: [] as number[]}};
for (let r = -1; r < rounds; r++) {
  const seen: Record<string, string> = {};
  for (const path of r % 2 === 0 ? paths : [...paths].reverse()) {
    useWebAssembly(path === "wasm");
    if (boxMullerPath() !== path) throw new Error(`the ${path} path is not available here`);
    if (r < 0) seen[path] = check(); // the warm-up round checks
    const ns = nsPerPair();
    const ms = msPerRun();
    if (r < 0) continue;
    times.ns[path].push(ns);
    times.ms[path].push(ms);
  }
  if (r < 0 && seen.wasm !== seen.js) throw new Error("the two paths gave different numbers");
}
const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
console.log(`Box–Muller fast path, wasm vs js, medians of ${rounds} alternating rounds`);
console.log(`  gaussian fill:            ${median(times.ns.wasm).toFixed(1)} vs ${median(times.ns.js).toFixed(1)} ns per pair (${ratio(times.ns.wasm, times.ns.js)}x)`);
console.log(`  world-2004, sweep settings: ${median(times.ms.wasm).toFixed(2)} vs ${median(times.ms.js).toFixed(2)} ms per run (${ratio(times.ms.wasm, times.ms.js)}x)`);
