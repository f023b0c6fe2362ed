/**
 * The CLI's start-up, measured from outside: each command is started as a new `node` process,
 * and the time is taken from the moment it is spawned. `rcmp run` is run with
 * `RCMP_TRACE_STARTUP=1` (see src/cli/startupTrace.ts), which prints its milestones on standard
 * error; the time a milestone's line arrives is when it happened, seen from here, so "first
 * tick" includes starting Node itself. The engine's share (engine start to first tick, and to
 * the end of the run) comes from the process's own clock, so that start-up and engine are
 * reported apart. Commands alternate over the rounds; medians are reported.
 *
 * The number of modules a command loads is counted in one more run of each, with a hook
 * (`node --import`) that lists every ES module (a loader hook) and CommonJS module
 * (`Module._load`) as it loads, and notes how many had loaded when the first tick was traced.
 */
import {spawn} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {projectRoot} from "./anchors.js";
import {median} from "./engine.js";

/** Start-up figures, in milliseconds (medians over rounds) and module counts. */
export interface StartupResult {
  rounds: number;
  /** `node -e ""`: spawn to exit. */
  nodeAlone: number;
  /** `rcmp --help`: spawn to exit, and modules loaded. */
  help: {wall: number; modules: number};
  /** `rcmp run scenarios/igc-1985.yaml`: spawn to each milestone, and the engine's own times. */
  run: {
    firstTick: number;
    /** Spawn to just before the run is compiled: Node, modules, reading and checking the scenario. */
    beforeEngine: number;
    /** CPU time the process had used by then (all threads): less changed by other work on the machine. */
    cpuBeforeEngine: number;
    /** The engine's time from its start to the first tick, and for the whole run (80 ticks). */
    engineToFirstTick: number;
    engineWhole: number;
    /** After the run: writing the result files and figures. */
    writing: number;
    wall: number;
    modulesAtFirstTick: number;
    modules: number;
  };
}

const cli = join(projectRoot, "dist/cli/main.js");
const scenario = "scenarios/igc-1985.yaml";

interface Spawned {
  wall: number;
  /** Milestone → [ms since spawn as seen here, ms on the process's own clock, CPU ms the process had used]. */
  marks: Map<string, [number, number, number]>;
}

/** Runs a command, noting when each `rcmp-trace` line arrives. */
function timed(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const marks = new Map<string, [number, number, number]>();
    const child = spawn(process.execPath, args, {cwd: projectRoot, env: {...process.env, ...env}, stdio: ["ignore", "ignore", "pipe"]});
    let pending = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      const now = performance.now() - t0;
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^rcmp-trace (\S+) ([\d.]+) ([\d.]+)$/.exec(line);
        if (m) marks.set(m[1], [now, Number(m[2]), Number(m[3])]);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({wall: performance.now() - t0, marks}) : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

const hook = (out: string) => `
import {register, createRequire} from "node:module";
import {appendFileSync, readFileSync, writeFileSync} from "node:fs";
const out = ${JSON.stringify(out)};
writeFileSync(out, "");
register("data:text/javascript," + encodeURIComponent(\`
import {appendFileSync} from "node:fs";
export async function load(url, context, next) {
  if (!url.startsWith("node:")) appendFileSync(\${JSON.stringify(out)}, "esm " + url + "\\\\n");
  return next(url, context);
}\`));
const Module = createRequire(import.meta.url)("node:module");
const load = Module._load;
const seen = new Set();
Module._load = function (request, parent, isMain) {
  let file = request;
  try { file = Module._resolveFilename(request, parent, isMain); } catch {}
  if (file.includes("/") && !seen.has(file)) { seen.add(file); appendFileSync(out, "cjs " + file + "\\n"); }
  return load.apply(this, arguments);
};
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, ...rest) => {
  if (String(chunk).startsWith("rcmp-trace first-tick")) appendFileSync(out, "first-tick\\n");
  return write(chunk, ...rest);
};
`;

/** Modules loaded by a command: in all, and before its first tick (all, if it has none). */
async function moduleCount(args: string[], dir: string): Promise<{modules: number; atFirstTick: number}> {
  const file = join(dir, "hook.mjs");
  const list = join(dir, "modules.txt");
  writeFileSync(file, hook(list));
  await timed(["--import", file, ...args], {RCMP_TRACE_STARTUP: "1"});
  const lines = readFileSync(list, "utf8").trim().split("\n");
  const at = lines.indexOf("first-tick");
  const modules = lines.filter((l) => l !== "first-tick").length;
  return {modules, atFirstTick: at < 0 ? modules : at};
}

/** Runs `node -e ""`, `rcmp --help` and `rcmp run scenarios/igc-1985.yaml` in turn, `rounds` times. */
export async function startupBenchmarks(rounds: number): Promise<StartupResult> {
  const dir = mkdtempSync(join(tmpdir(), "rcmp-bench-startup-"));
  try {
    const node: number[] = [];
    const help: number[] = [];
    const runs: Spawned[] = [];
    for (let r = 0; r < rounds; r++) {
      node.push((await timed(["-e", ""])).wall);
      help.push((await timed([cli, "--help"])).wall);
      runs.push(await timed([cli, "run", scenario, "--quiet", "--out", join(dir, `run-${r}`)], {RCMP_TRACE_STARTUP: "1"}));
    }
    const at = (event: string, which: 0 | 1 | 2) => median(runs.map((s) => s.marks.get(event)?.[which] ?? NaN));
    const own = (from: string, to: string) => median(runs.map((s) => (s.marks.get(to)?.[1] ?? NaN) - (s.marks.get(from)?.[1] ?? NaN)));
    const helpModules = await moduleCount([cli, "--help"], dir);
    const runModules = await moduleCount([cli, "run", scenario, "--quiet", "--out", join(dir, "counted")], dir);
    return {
      rounds, nodeAlone: median(node),
      help: {wall: median(help), modules: helpModules.modules},
      run: {
        firstTick: at("first-tick", 0), beforeEngine: at("engine-start", 0), cpuBeforeEngine: at("engine-start", 2),
        engineToFirstTick: own("engine-start", "first-tick"), engineWhole: own("engine-start", "engine-end"), writing: own("engine-end", "written"),
        wall: median(runs.map((s) => s.wall)), modulesAtFirstTick: runModules.atFirstTick, modules: runModules.modules
      }
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
