/**
 * `npm run bench`: the sweeps, the engine against the performance anchors on the classic
 * workloads, the built-in RCMP scenarios, the CLI's start-up and `rcmp eval` against `rcmp
 * sweep`, in one invocation, with the machine's load before and after; prints tables and a summary of the figures issue #12
 * judges, and writes everything as JSON (results/bench/<stamp>.json, or --json FILE).
 *
 *   npm run bench                       # 15-20 minutes on 2 cores (the sweep trials are most of it)
 *   npm run bench -- --quick            # a minute or two: one round of each, short sweeps
 *   npm run bench -- --skip sweeps      # leave out sections: sweeps, workloads, scenarios, startup, eval
 *   npm run bench -- --schema           # print the JSON Schema of the results file
 *
 * Each timed run of the workloads (engine and anchors alike) is repeated for ANCHOR_MIN_SECONDS
 * (default 1, --quick 0.25) after a warm-up run. Read the ratios, not the rates: other work on
 * the machine changes the rates from minute to minute.
 */
import {join} from "node:path";
import {findAnchors, projectRoot} from "./anchors.js";
import {benchFileSchema, writeBenchFile, type BenchFile} from "./benchFile.js";
import {scenarioBenchmarks, type ScenarioRow} from "./engine.js";
import {loadLine, machineLoad} from "./machineLoad.js";
import {startupBenchmarks, type StartupResult} from "./startup.js";
import {summaryRows, summaryTable} from "./summary.js";
import {sweepBenchmarks, sweepTable} from "./sweep.js";
import {rate, textTable} from "./table.js";
import {elementKindsCheck} from "./tiers.js";
import {evalBenchmarks} from "./evalThroughput.js";
import {workloadBenchmarks, type WorkloadRow} from "./workloads.js";

const sections = ["sweeps", "workloads", "scenarios", "startup", "eval"] as const;
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);

if (args.includes("--schema")) {
  process.stdout.write(`${JSON.stringify(benchFileSchema(), null, 2)}\n`);
  process.exit(0);
}
const quick = args.includes("--quick");
const skip = new Set((valueOf("--skip") ?? "").split(",").filter(Boolean));
for (const s of skip) if (!(sections as readonly string[]).includes(s)) throw new Error(`unknown section: ${s} (expected one of ${sections.join(", ")})`);
const run = (s: (typeof sections)[number]) => !skip.has(s);
const minSeconds = Number(process.env.ANCHOR_MIN_SECONDS ?? (quick ? 0.25 : 1));
const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
const out = valueOf("--json") ?? join(projectRoot, "results", "bench", `${stamp.replace(/[-:]/g, "")}.json`);

console.log(`rcmp-sim benchmark (Node ${process.version}${quick ? ", quick" : ""}), ${stamp}`);
const before = await machineLoad();
console.log(`machine before: ${loadLine(before)}`);
const kinds = elementKindsCheck();
console.log(`V8 elements kinds of per-run arrays: ${kinds.ok ? "ok" : "CHANGED"} (${kinds.detail})`);

const notes: string[] = [];
const found = findAnchors();
const anchors = typeof found === "string" ? undefined : found;
if (typeof found === "string") notes.push(found);
else if (!found.numpy) notes.push("python3 with numpy not found: the numpy anchors are left out");

// The sweeps come first: their memory is measured while the process holds nothing else, as a
// user's `rcmp sweep` would (after the other sections, the 20,000-run sweep's memory grew by a
// third on a busy machine; in a fresh process it stays flat).
let sweeps: BenchFile["sweeps"] = null;
if (run("sweeps")) {
  console.log("\nsweeps (scenarios/igc-1985.yaml)");
  sweeps = await sweepBenchmarks(quick);
  console.log(sweepTable(sweeps));
}

let workloads: WorkloadRow[] = [];
if (run("workloads")) {
  const rounds = quick ? 1 : 5;
  console.log(`\nclassic workloads through the engine's scenarios (bench/scenarios/)${anchors ? `, alternating with the anchors in ${anchors.dir}` : ""}: ` +
    `median of ${rounds} round${rounds > 1 ? "s" : ""}, each run repeated for ${minSeconds} s after a warm-up`);
  workloads = workloadBenchmarks(anchors, rounds, minSeconds, (line) => console.log(line));
  console.log(workloadTable(workloads));
  for (const w of workloads) for (const c of w.checks) console.log(`  ${w.key} ${c.ok ? "ok  " : "FAIL"} ${c.text}`);
}

let scenarios: ScenarioRow[] = [];
if (run("scenarios")) {
  const rounds = quick ? 1 : 3;
  console.log(`\nRCMP scenarios, ms per run (median of ${rounds}; sweep settings = the sweep's recorded metrics, group all only)`);
  scenarios = scenarioBenchmarks(rounds, quick ? 0.25 : 0.5);
  console.log(textTable(scenarios.map((s) => [s.scenario, s.settings, `${s.msPerRun.toFixed(2)} ms`, `${s.states} states, ${s.ticks} ticks`])));
}

let startup: StartupResult | null = null;
if (run("startup")) {
  const rounds = quick ? 3 : 7;
  console.log(`\nstart-up, ms from spawning node (median of ${rounds}, commands alternating)`);
  startup = await startupBenchmarks(rounds);
  console.log(startupTable(startup));
}

let evalRows: BenchFile["eval"] = null;
if (run("eval")) {
  console.log("\nrcmp eval against rcmp sweep (scenarios/igc-1985.yaml, whole processes)");
  evalRows = evalBenchmarks(quick);
  console.log(sweepTable(evalRows));
}

const after = await machineLoad();
console.log(`\nmachine after: ${loadLine(after)}`);
const summary = summaryRows({workloads, scenarios, startup, sweeps});
console.log(`\nsummary (issue #12's targets; ratios within this invocation)\n${summaryTable(summary)}`);
for (const note of notes) console.log(`note: ${note}`);
await writeBenchFile(out, {
  format: "rcmp-bench", version: 1, stamp, node: process.version, quick, anchors: anchors?.dir ?? null, notes,
  machine: {before, after}, elementKinds: kinds, workloads, scenarios, startup, sweeps, eval: evalRows, summary
});
console.log(`wrote ${out}`);

function workloadTable(rows: WorkloadRow[]): string {
  const names = [...new Set(rows.flatMap((w) => w.anchors.map((a) => a.name)))];
  const header = ["workload", "unit", "engine", ...names, "engine / target"];
  return textTable([header, ...rows.map((w) => {
    const target = w.anchors[0];
    return [w.key, w.unit, rate(w.engine.median), ...names.map((n) => rate(w.anchors.find((a) => a.name === n)?.median ?? NaN)),
      target ? `${target.ratio.toFixed(3)} × ${target.name}` : "-"];
  })]);
}

function startupTable(s: StartupResult): string {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  return textTable([
    ["node alone (node -e \"\")", ms(s.nodeAlone), ""],
    ["rcmp --help", ms(s.help.wall), `${s.help.modules} modules`],
    ["rcmp run igc-1985: first tick", ms(s.run.firstTick), `start-up ${ms(s.run.beforeEngine)} (CPU ${ms(s.run.cpuBeforeEngine)}) + engine ${s.run.engineToFirstTick.toFixed(1)} ms (target: start-up < 300 ms); ${s.run.modulesAtFirstTick} modules loaded by then`],
    ["  engine, whole run", ms(s.run.engineWhole), "80 ticks, every metric of every group"],
    ["  writing files and figures", ms(s.run.writing), "jsdom and resvg are loaded here"],
    ["  whole command", ms(s.run.wall), `${s.run.modules} modules in all`]
  ]);
}
