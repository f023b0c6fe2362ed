/**
 * `npm run bench`: engine throughput (classic models, built-in scenarios), then sweep throughput,
 * pool overhead and a 20,000-run sweep's memory, then `rcmp eval` against `rcmp sweep` on the same
 * points, printed as tables. `--quick` for a short version.
 */
import {engineBenchmarks, type BenchRow} from "./engine.js";
import {sweepBenchmarks, sweepTable} from "./sweep.js";
import {elementKindsCheck} from "./tiers.js";
import {evalBenchmarks} from "./evalThroughput.js";

const quick = process.argv.includes("--quick");

function table(rows: BenchRow[]): string {
  const fmt = (v: number) => (v >= 1e5 ? v.toExponential(2) : v.toFixed(v >= 100 ? 0 : 2));
  const lines = rows.map((r) => [r.name, `${r.seconds.toFixed(3)} s`, `${fmt(r.rate)} ${r.unit}`, r.detail]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => l[c].length)));
  return lines.map((l) => l.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

console.log(`rcmp-sim benchmark (Node ${process.version}${quick ? ", quick" : ""})`);
const kinds = elementKindsCheck();
console.log(`\nV8 elements kinds of per-run arrays: ${kinds.ok ? "ok" : "CHANGED"} (${kinds.detail})`);
console.log(`\nengine (median of ${quick ? 1 : 3} runs after a warm-up)`);
console.log(table(engineBenchmarks(quick ? 1 : 3)));
console.log("\nsweeps (scenarios/igc-1985.yaml)");
console.log(sweepTable(await sweepBenchmarks(quick)));
console.log("\nrcmp eval against rcmp sweep (scenarios/igc-1985.yaml, whole processes)");
console.log(sweepTable(evalBenchmarks(quick)));
