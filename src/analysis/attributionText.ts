/**
 * An attribution as text: the table `rcmp attribute` prints and `attribution.csv`.
 */
import {csvLine} from "../results/csv.js";
import type {Attribution} from "./attribution.js";
import {efficiencyGap, type AttributionRow} from "./attributionRows.js";
import {hegemonicChannelNames} from "../model/hegemonicChannels.js";

const num = (v: number, digits = 4) => (Number.isFinite(v) ? (v >= 0 ? "+" : "") + v.toFixed(digits) : "–");
const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(100 * v)}%` : "–");

/** `attribution.csv`: one row per metric and table row (see `AttributionRow`), with the metric's value at tick 0. */
export function attributionCsv(a: Attribution): string {
  const lines = [csvLine(["metric", "start", "name", "kind", "mean", "ci90", "p05", "p95", "mc_se", "share"])];
  const cell = (v: number) => (Number.isFinite(v) ? v : null);
  for (const r of a.rows) {
    const start = a.start[a.metrics.indexOf(r.metric)];
    lines.push(csvLine([r.metric, cell(start), r.name, r.kind, cell(r.mean), cell(r.ci90), cell(r.p05), cell(r.p95), cell(r.mcSe), cell(r.share)]));
  }
  return lines.join("");
}

/** The table `rcmp attribute` prints, one block per metric, with what it is and the efficiency check. */
export function attributionText(a: Attribution, title: string): string {
  const {plan} = a;
  const how = plan.method === "exact"
    ? `exact over all ${plan.coalitions.length} coalitions`
    : `${plan.permutations.length} sampled orders (antithetic pairs; ${plan.coalitions.length} distinct coalitions)`;
  const absent = hegemonicChannelNames.filter((c) => !a.players.some((p) => p.name === c));
  const lines = [
    `${title}: ${a.players.length} players, ${how}, × ${a.seeds.length} replicates (seeds ${a.seeds.slice(0, 2).join(", ")}${a.seeds.length > 2 ? ", ..." : ""})`,
    `Shapley value of each player on the change of each metric (group ${a.group}) from tick 0 to the last tick, with the players`,
    "off one by one in every combination, each replicate's runs sharing its seed. ±90%: the 90% interval of the mean over replicates.",
    ...(absent.length > 0 ? [`Hegemonic channels off in this scenario (or changing nothing), so contributing 0: ${absent.join(", ")}.`] : [])
  ];
  a.metrics.forEach((metric, m) => {
    const rows = a.rows.filter((r) => r.metric === metric);
    const total = rows.find((r) => r.kind === "total")!;
    lines.push("", `${metric}: ${a.start[m].toFixed(4)} at tick 0, change ${num(total.mean)} (v(all) − v(none), mean over replicates)`);
    lines.push(`  ${"player".padEnd(20)} ${"kind".padEnd(9)} ${"φ".padStart(8)}  ${"±90%".padStart(7)}  ${"5–95% over replicates".padEnd(21)}${plan.method === "exact" ? "" : "  MC s.e."}  share`);
    for (const r of rows) lines.push(rowLine(r, plan.method === "exact"));
  });
  const gap = efficiencyGap(a);
  lines.push("", `Efficiency: Σφ equals v(all) − v(none) in every replicate and metric to within ${gap.toExponential(1)}${plan.method === "exact" ? "" : " (sampled orders add up exactly too; the MC s.e. is the error of each φ from sampling orders)"}.`);
  return `${lines.join("\n")}\n`;
}

function rowLine(r: AttributionRow, exact: boolean): string {
  const kind = r.kind === "mechanism" || r.kind === "channel" ? r.kind : "";
  const range = r.kind === "sum" ? "" : `[${num(r.p05, 3)}, ${num(r.p95, 3)}]`;
  const mc = exact ? "" : `  ${r.kind === "sum" || r.kind === "total" ? "".padStart(8) : r.mcSe.toFixed(4).padStart(8)}`;
  return `  ${r.name.padEnd(20)} ${kind.padEnd(9)} ${num(r.mean).padStart(8)}  ${(Number.isFinite(r.ci90) ? r.ci90.toFixed(4) : "–").padStart(7)}  ${range.padEnd(21)}${mc}  ${pct(r.share).padStart(5)}`;
}
