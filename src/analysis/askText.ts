/**
 * A question's answer as text: the report `rcmp ask` prints and `ask.csv` (one row per draw).
 */
import {csvLine} from "../results/csv.js";
import type {AskPlan} from "./ask.js";
import type {AskSummary} from "./askSummary.js";

const signed = (v: number, digits = 4) => {
  if (!Number.isFinite(v)) return "–";
  const text = v.toFixed(digits);
  return /^-?0\.?0*$/.test(text) ? text.replace("-", "") : (v > 0 ? "+" : "") + text;
};
const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(100 * v)}%` : "–");
const shown = (v: unknown) => (typeof v === "number" ? String(Number(v.toPrecision(4))) : String(v));

/** `ask.csv`: draw, each assumption's value, the two variants' means, the effect, its s.e., whether the claim holds and the verdict beyond noise. */
export function askCsv(plan: AskPlan, s: AskSummary): string {
  const [a, b] = plan.compare;
  const lines = [csvLine(["draw", ...plan.assumptions, `${plan.target.metric}.${a}`, `${plan.target.metric}.${b}`, "effect", "se", "holds", "verdict"])];
  const cell = (v: number) => (Number.isFinite(v) ? v : null);
  for (const d of s.draws) {
    lines.push(csvLine([d.draw, ...plan.values[d.draw].map((v) => (typeof v === "boolean" ? String(v) : v)), cell(d.a), cell(d.b), cell(d.effect), cell(d.se), d.holds ? 1 : 0, d.verdict]));
  }
  return lines.join("");
}

/** The one-line verdict: holds in every draw, fails in every draw, or depends (on what most). */
export function askVerdict(s: AskSummary): string {
  if (s.holds === 1) return `the claim holds in every draw${s.clearlyHolds === 1 ? ", each beyond the replicates' noise" : ""}`;
  if (s.holds === 0) return `the claim fails in every draw${s.clearlyFails === 1 ? ", each beyond the replicates' noise" : ""}`;
  const top = s.influence[0];
  return `the claim holds for part of the plausible range (${pct(s.holds)} of draws)${top && Number.isFinite(top.rho) ? `; its sign depends most on ${top.path}` : ""}`;
}

/** The report: the question, how it was asked, the effect, the share of draws, the assumptions that matter, the verdict. */
export function askText(plan: AskPlan, s: AskSummary, title: string, seconds: number): string {
  const q = plan.question;
  const [a, b] = plan.compare;
  const when = q.at === "final" ? "at the last tick" : `at tick ${plan.target.tick}`;
  const direction = q.expect === "greater" ? `> ${q.margin}` : `< ${-q.margin}`;
  const lines = [
    `${title}`,
    `Claim: ${q.claim}`,
    `Test: effect = ${q.metric} (group ${q.group}, ${when}) with "${a}" minus with "${b}"; the claim holds when the effect is ${direction}.`,
    `${s.draws.length} draw${s.draws.length === 1 ? "" : "s"} of ${plan.assumptions.length} assumption${plan.assumptions.length === 1 ? "" : "s"} (Sobol' points), ${plan.replicates} replicate${plan.replicates === 1 ? "" : "s"} each; both variants of a draw and replicate share its seed: ${plan.runs.length} runs, ${seconds.toFixed(1)} s.`,
    "",
    `Effect: mean ${signed(s.meanEffect)}, 90% interval ${signed(s.low)} to ${signed(s.high)} over draws.`,
    `The claim holds in ${pct(s.holds)} of draws (beyond the replicates' noise: holds in ${pct(s.clearlyHolds)}, fails in ${pct(s.clearlyFails)}, unsure in ${pct(1 - s.clearlyHolds - s.clearlyFails)}).`
  ];
  if (s.influence.length > 0) {
    lines.push("", "What the effect depends on (Spearman's ρ of each draw's effect with the assumption; share of draws where the claim holds at or below | above the median):");
    const width = Math.max(...s.influence.map((i) => i.path.length));
    for (const i of s.influence) {
      const choices = q.assumptions[i.path].choice;
      const split = choices === undefined ? `median ${shown(i.median)}` : `${choices.filter((_, k) => k <= i.median).join(", ")} | ${choices.filter((_, k) => k > i.median).join(", ")}`;
      lines.push(`  ${i.path.padEnd(width)}  ρ ${signed(i.rho, 2).padStart(6)}   holds ${pct(i.holdsBelow).padStart(4)} | ${pct(i.holdsAbove).padStart(4)}   (${split})`);
    }
  }
  lines.push("", `Verdict: ${askVerdict(s)}.`);
  return `${lines.join("\n")}\n`;
}
