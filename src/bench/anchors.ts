/**
 * The performance anchors: small reference implementations of the classic workloads (Python with
 * numpy, hand-tuned JavaScript) kept outside the project, each printing one JSON line per run
 * (see the anchors' README.md). Found at `$RCMP_ANCHORS`, else `../shared/anchors/` beside the
 * project folder, else `/work/shared/anchors/`; absent anchors (or python3 without numpy) only
 * leave their columns out of the bench.
 */
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** The project folder (dist/bench/ or src/bench/ is two levels down). */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** One workload of the anchors' workloads.json. */
export interface Workload {
  label: string;
  model: "dw" | "hk";
  N: number;
  D: number;
  eps: number;
  mu?: number;
  encounters?: number;
  tol?: number;
  maxSteps?: number;
}

/** One anchor run's JSON line. `rate`: encounters/s (DW) or agent-updates/s (HK). */
export interface AnchorResult {
  wl: string;
  impl: string;
  seed: number;
  steps: number;
  reps: number;
  rate: number;
  clusters: number;
  major: number;
}

/** An implementation to run: the command after the interpreter, e.g. ["fast.mjs", "W1"]. */
export interface AnchorImpl {
  /** Short name for the table: "hand-tuned JS", "numpy sorted", ... */
  name: string;
  interpreter: "node" | "python3";
  args: string[];
}

export interface Anchors {
  dir: string;
  workloads: Record<string, Workload>;
  /** The anchors' cluster rule: single linkage at `gap`, major = at least `majorFrac` of the agents. */
  clusters: {gap: number; majorFrac: number};
  /** Whether python3 with numpy runs here (else the numpy anchors are left out). */
  numpy: boolean;
}

/** The anchors, or a sentence saying why there are none. */
export function findAnchors(env: NodeJS.ProcessEnv = process.env): Anchors | string {
  const candidates = env.RCMP_ANCHORS ? [resolve(env.RCMP_ANCHORS)] : [resolve(projectRoot, "../shared/anchors"), "/work/shared/anchors"];
  const dir = candidates.find((d) => existsSync(join(d, "workloads.json")));
  if (dir === undefined) return `no anchors (looked for workloads.json in ${candidates.join(", ")}; set RCMP_ANCHORS)`;
  const {clusters, timing: _timing, ...workloads} = JSON.parse(readFileSync(join(dir, "workloads.json"), "utf8"));
  const numpy = spawnSync("python3", ["-c", "import numpy"], {encoding: "utf8"}).status === 0;
  return {dir, workloads, clusters, numpy};
}

/**
 * Runs one anchor process and returns its JSON line. `minSeconds` is the anchors'
 * ANCHOR_MIN_SECONDS (0: one warm-up and one timed run); numpy gets one BLAS thread, as the
 * anchors' run.sh gives it, to match single-threaded JavaScript.
 */
export function runAnchor(anchors: Anchors, impl: AnchorImpl, seed: number, minSeconds: number, extra: string[] = []): AnchorResult {
  const env = {...process.env, ANCHOR_MIN_SECONDS: String(minSeconds), OPENBLAS_NUM_THREADS: "1"};
  const r = spawnSync(impl.interpreter, [...impl.args, "--seed", String(seed), ...extra], {cwd: anchors.dir, env, encoding: "utf8", timeout: 300_000});
  if (r.status !== 0) throw new Error(`anchor ${impl.interpreter} ${impl.args.join(" ")} failed: ${(r.stderr || r.error?.message || "").trim().split("\n").pop()}`);
  const lines = r.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as AnchorResult;
}
