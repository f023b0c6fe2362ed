/**
 * The table `rcmp sensitivity` prints: per metric, one line per parameter with each measure and
 * its interval, parameters in order of their largest measure, then second-order pairs and the
 * seed's share of variance.
 */
import type {SensitivityIndex, SensitivityRow} from "../plot/sensitivityRow.js";

const columns: Partial<Record<SensitivityIndex, string>> = {S1: "S1", ST: "ST", mu_star: "mu*", mu: "mu", sigma: "sigma"};

const number = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–");
const withInterval = (r: SensitivityRow | undefined): string =>
  r === undefined ? "" : Number.isFinite(r.lo) ? `${number(r.estimate)} [${number(r.lo)}, ${number(r.hi)}]` : number(r.estimate);

/** Text lines for the measures of one metric (rows of one metric and tick), parameters shown by `label`. */
export function sensitivityTable(rows: readonly SensitivityRow[], label: (parameter: string) => string = (p) => p): string[] {
  const indexes = (Object.keys(columns) as SensitivityIndex[]).filter((i) => rows.some((r) => r.index === i));
  const parameters = [...new Set(rows.filter((r) => r.parameter !== "" && r.index !== "S2").map((r) => r.parameter))];
  const top = (p: string) => Math.max(...rows.filter((r) => r.parameter === p && (r.index === "ST" || r.index === "mu_star")).map((r) => r.estimate).filter(Number.isFinite), -Infinity);
  parameters.sort((a, b) => top(b) - top(a));
  const cells = [["parameter", ...indexes.map((i) => `${columns[i]}${rows.some((r) => r.index === i && Number.isFinite(r.lo)) ? " [95% interval]" : ""}`)]];
  for (const p of parameters) cells.push([label(p), ...indexes.map((i) => withInterval(rows.find((r) => r.parameter === p && r.index === i)))]);
  const widths = cells[0].map((_, c) => Math.max(...cells.map((line) => line[c].length)));
  const lines = cells.map((line) => `  ${line.map((text, c) => text.padEnd(widths[c])).join("  ").trimEnd()}`);
  for (const r of rows.filter((x) => x.index === "S2")) lines.push(`  S2 ${label(r.parameter)} × ${label(r.with)}: ${withInterval(r)}`);
  const share = rows.find((r) => r.index === "seed_share");
  if (share && Number.isFinite(share.estimate)) lines.push(`  seed's share of variance (mean within-point variance / total): ${number(share.estimate)}`);
  return lines;
}
