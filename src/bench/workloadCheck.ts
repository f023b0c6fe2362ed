/**
 * Checks that a bench workload compares like with like: the scenario has the workload's numbers
 * (workloads.json) and nothing else switched on, and the engine does the anchor's work.
 *
 * - Hegselmann–Krause: the anchor runs again from the engine's own starting positions (its
 *   `--x0`), and must take as many steps, end with the same clusters and agree on every final
 *   position to 1e-9 (1-D positions compared sorted: the sorted anchors relabel agents).
 * - Deffuant–Weisbuch: the random pairs differ between implementations, so the number of major
 *   clusters of each run must lie in the published range: about ⌊1/(2ε)⌋ = 2 major clusters at
 *   ε = 0.2 (Deffuant, Neau, Amblard and Weisbuch 2000, Adv. Complex Syst. 3; Weisbuch et al.
 *   2002, Complexity 7), 2 or 3 accepted, for the engine and the anchor alike.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Scenario} from "../scenario/schema.js";
import type {RunResult} from "../run/simulate.js";
import {clusterSizes} from "../metrics/clusters.js";
import {runAnchor, type AnchorImpl, type Anchors, type Workload} from "./anchors.js";

export interface Check {
  ok: boolean;
  text: string;
}

/** Whether the scenario is the workload: N, D, ε, μ, encounters, tolerance, maximum steps, and no other mechanism. */
export function scenarioMatches(s: Scenario, w: Workload): Check {
  const n = s.generate?.count ?? s.states?.length ?? 0;
  const dw = w.model === "dw";
  const dialogue = s.dynamics.dialogue;
  const wanted: [string, unknown, unknown][] = [
    ["N", n, w.N],
    ["D", s.dimensions.length, w.D],
    ["ε", dialogue.confidence, w.eps],
    ["mode", dialogue.mode, dw ? "pairwise" : "averaging"],
    ["μ", dialogue.rate, dw ? w.mu : 1],
    dw ? ["encounters", n * dialogue.encounters * s.ticks, w.encounters] : ["maxSteps", s.ticks, w.maxSteps],
    ["tolerance", s.metrics.stopWhenStable, dw ? 0 : w.tol],
    ["h", s.dynamics.hegemonBias, 0],
    ["trust gain", s.dynamics.trust.gain, 0],
    ["noise", s.dynamics.domestic.noise, 0],
    ["facilitators", s.facilitators.length, 0],
    ["events", s.events.length, 0]
  ];
  const off = wanted.filter(([, have, want]) => have !== want).map(([name, have, want]) => `${name} ${String(have)} ≠ ${String(want)}`);
  return off.length === 0
    ? {ok: true, text: `scenario = workloads.json (N ${w.N}, D ${w.D}, ε ${w.eps}${dw ? `, μ ${w.mu}, ${w.encounters} encounters` : `, tol ${w.tol}, ≤ ${w.maxSteps} steps`}; nothing else on)`}
    : {ok: false, text: `scenario differs from workloads.json: ${off.join(", ")}`};
}

/** Clusters (total, major) of a run's final positions by the anchors' rule (gap, major share). */
function clustersOf(r: RunResult, anchors: Anchors): {clusters: number; major: number} {
  const rule = anchors.clusters;
  const all = Int32Array.from({length: r.world.n}, (_, i) => i);
  const sizes = clusterSizes(r.world.x, r.world.d, all, rule.gap);
  return {clusters: sizes.length, major: sizes.filter((s) => s >= rule.majorFrac * r.world.n).length};
}

/** Whether engine and anchor did the same work (see the file's comment). */
export function sameWork(key: string, s: Scenario, finals: RunResult[], anchors: Anchors, target: AnchorImpl | undefined,
  targetRuns: {major: number[]} | undefined): Check {
  if (s.dynamics.dialogue.mode === "pairwise") {
    const engine = finals.map((r) => clustersOf(r, anchors).major);
    const anchor = targetRuns?.major ?? [];
    const ok = [...engine, ...anchor].every((m) => m >= 2 && m <= 3);
    return {ok, text: `major clusters engine ${engine.join(",")}${target ? `, ${target.name} ${anchor.join(",")}` : ""} (published ⌊1/(2ε)⌋ = 2; 2-3 accepted)`};
  }
  if (target === undefined) return {ok: true, text: "no anchor to check against"};
  const r = finals[0];
  const dir = mkdtempSync(join(tmpdir(), "rcmp-bench-x0-"));
  try {
    const x0 = join(dir, "x0.f64");
    const dump = join(dir, "final.f64");
    writeFileSync(x0, Buffer.from(r.world.x0.buffer, r.world.x0.byteOffset, r.world.x0.byteLength));
    const a = runAnchor(anchors, target, 1, 0, ["--x0", x0, "--dump", dump]);
    const bytes = readFileSync(dump);
    const theirs = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ours = r.world.x;
    const [p, q] = r.world.d === 1 ? [ours.slice().sort(), theirs.slice().sort()] : [ours, theirs];
    let diff = p.length === q.length ? 0 : Infinity;
    for (let k = 0; k < p.length && k < q.length; k++) diff = Math.max(diff, Math.abs(p[k] - q[k]));
    const mine = clustersOf(r, anchors);
    const ok = a.steps === r.summary.ticks && a.clusters === mine.clusters && a.major === mine.major && diff <= 1e-9;
    return {ok, text: `${key} from the engine's x0 (seed 1): steps ${r.summary.ticks} vs ${a.steps} (${target.name}), clusters ${mine.clusters}/${mine.major} vs ${a.clusters}/${a.major}, final positions within ${diff.toExponential(1)}`};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
