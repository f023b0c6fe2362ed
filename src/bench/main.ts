/**
 * `npm run bench`: engine throughput (classic models, built-in scenarios), printed as a table.
 * `--quick` repeats each case once.
 */
import {engineBenchmarks, type BenchRow} from "./engine.js";

const quick = process.argv.includes("--quick");

function table(rows: BenchRow[]): string {
  const fmt = (v: number) => (v >= 1e5 ? v.toExponential(2) : v.toFixed(v >= 100 ? 0 : 2));
  const lines = rows.map((r) => [r.name, `${r.seconds.toFixed(3)} s`, `${fmt(r.rate)} ${r.unit}`, r.detail]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => l[c].length)));
  return lines.map((l) => l.map((cell, c) => cell.padEnd(widths[c])).join("  ")).join("\n");
}

console.log(`rcmp-sim engine benchmark (Node ${process.version}, median of ${quick ? 1 : 3})`);
console.log(table(engineBenchmarks(quick ? 1 : 3)));
