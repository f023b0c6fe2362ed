/**
 * Checks a question block (question.ts) against its scenario, beyond what the schema can: that
 * `compare` names two variants, that `at` falls within the run, that each variant's overrides and
 * each assumption's path apply to the scenario, and that every variant, and every assumption at
 * both ends of its range, gives a valid scenario. Each problem has the path of the question entry
 * it is about, so that it is reported at that line. (The metric and group are checked by
 * `questionMetricProblems` in src/analysis, which knows the metric names.)
 */
import type {Scenario} from "./schema.js";
import type {Prior} from "./question.js";
import type {RawProblem} from "./zodProblems.js";
import type {Override} from "./overrides.js";
import {formatPath, suggestion} from "./problems.js";
import {toTick} from "./resolve.js";

/** Validates the scenario with overrides; returns the problems' messages (none: valid). */
export type Validate = (overrides: Override[]) => string[];

/** The overrides of a variant (path → value, in the file's order). */
export function variantOverrides(variant: Record<string, unknown>): Override[] {
  return Object.entries(variant).map(([path, value]) => ({path, value}));
}

/**
 * Values to check a prior with: the ends of its range (a normal's cut, else mean ± 3 SD) and, for
 * a continuous prior, a value 37% of the way between them (a whole-number field refuses it, so
 * that such a field is found to need an `integer` prior before any run); every choice.
 */
export function priorEnds(p: Prior): unknown[] {
  if (p.integer) return p.integer;
  if (p.choice) return p.choice;
  const [lo, hi] = p.uniform ?? p.loguniform ?? (p.triangular ? [p.triangular[0], p.triangular[2]] : [p.min ?? p.normal![0] - 3 * p.normal![1], p.max ?? p.normal![0] + 3 * p.normal![1]]);
  return [lo, hi, lo + 0.37 * (hi - lo)];
}

/** The problems of the scenario's question block (none without one). */
export function checkQuestion(s: Scenario, validate: Validate): RawProblem[] {
  const q = s.question;
  if (q === undefined) return [];
  const problems: RawProblem[] = [];
  const at = ["question"];
  const names = Object.keys(q.variants);
  (q.compare ?? []).forEach((name, k) => {
    if (!names.includes(name)) problems.push({path: [...at, "compare", k], message: `no variant is named "${name}"${suggestion(name, names)}; variants: ${names.join(", ")}`});
  });
  if (q.compare !== undefined && q.compare[0] === q.compare[1]) problems.push({path: [...at, "compare"], message: "expected two different variants"});
  if (q.at !== "final") {
    const tick = toTick(q.at, s.calendar);
    if (tick < 0 || tick > s.ticks) problems.push({path: [...at, "at"], message: `expected a time within the run (ticks 0 to ${s.ticks}${s.calendar ? `, years ${s.calendar.start} to ${s.calendar.start + s.ticks / s.calendar.perYear}` : ""}), got ${JSON.stringify(q.at)}`});
  }
  for (const [name, variant] of Object.entries(q.variants)) {
    for (const message of validate(variantOverrides(variant))) problems.push({path: [...at, "variants", name], message: unprefixed(message)});
  }
  for (const [path, p] of Object.entries(q.assumptions)) {
    const seen = new Set<string>();
    for (const value of priorEnds(p)) {
      for (const message of validate([{path, value}])) {
        const text = `value ${JSON.stringify(value)}: ${unprefixed(message)}`;
        if (!seen.has(text)) problems.push({path: [...at, "assumptions", path], message: text});
        seen.add(text);
      }
    }
  }
  return problems;
}

/** A validation message without the `--set ...: ` prefix that overrides give their problems. */
function unprefixed(message: string): string {
  return message.replace(/^--set /, "");
}

/** A problem's message with its path, for a message moved to another place. */
export function withPath(p: {path: (string | number)[]; message: string}): string {
  return p.path.length > 0 ? `${formatPath(p.path)}: ${p.message}` : p.message;
}
