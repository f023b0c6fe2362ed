/**
 * `rcmp ask`'s algorithm: draw the question's assumptions (question.ts) at evenly spread points
 * of [0,1)^k (the caller gives them: Sobol' points), run both variants for every draw and
 * replicate with one seed (common random numbers: the variants differ by their overrides, not by
 * luck), and summarise the effect = metric(a) − metric(b) over draws (askSummary.ts).
 */
import type {Scenario} from "../scenario/schema.js";
import type {Question} from "../scenario/question.js";
import type {Override} from "../scenario/overrides.js";
import {variantOverrides} from "../scenario/checkQuestion.js";
import {toTick} from "../scenario/resolve.js";
import {groupNames, metricNames, scenarioMetricShape} from "../metrics/names.js";
import {runSeed} from "../run/seeds.js";
import {suggestion} from "../scenario/problems.js";
import type {RawProblem} from "../scenario/zodProblems.js";
import {priorValue, type Drawn} from "./priors.js";

/** One run of a question: a draw's assumptions with a variant's overrides, on a replicate's seed. */
export interface AskRun {
  draw: number;
  replicate: number;
  /** 0: compare[0] (a), 1: compare[1] (b). */
  variant: 0 | 1;
  seed: number;
  /** The assumptions' overrides, then the variant's (the variant wins where both set a path). */
  overrides: Override[];
}

/** What the runs read: the metric of the group at the tick. */
export interface AskTarget {
  metric: string;
  group: string;
  /** The tick at which the metric is read (the run stops there). */
  tick: number;
}

/** The plan of a question's runs. */
export interface AskPlan {
  question: Question;
  /** The two variants compared, [a, b]. */
  compare: [string, string];
  target: AskTarget;
  assumptions: string[];
  /** values[d][j]: assumption j at draw d. */
  values: Drawn[][];
  replicates: number;
  runs: AskRun[];
}

/** The variants compared: `compare`, else the first two. */
export function comparedVariants(q: Question): [string, string] {
  const names = Object.keys(q.variants);
  return q.compare ?? [names[0], names[1]];
}

/**
 * Problems of the metric and the group (the rest is checked with the scenario, checkQuestion.ts):
 * the group must be one the scenario records and the metric one it records for that group.
 */
export function questionMetricProblems(s: Scenario): RawProblem[] {
  const q = s.question;
  if (q === undefined) return [];
  const groups = groupNames([...new Set(s.states?.map((st) => st.region) ?? s.generate?.regions ?? ["world"])].sort(), s.processes.map((p) => p.id), true);
  if (!groups.includes(q.group)) return [{path: ["question", "group"], message: `no group "${q.group}"${suggestion(q.group, groups)}; groups: ${groups.join(", ")}`}];
  const metrics = metricNames(scenarioMetricShape(s), q.group);
  if (!metrics.includes(q.metric)) return [{path: ["question", "metric"], message: `no metric "${q.metric}" for group ${q.group}${suggestion(q.metric, metrics)}; metrics: ${metrics.join(", ")}`}];
  return [];
}

/**
 * The runs of a question: `unit[j][d]` is draw d's point on assumption j (in [0,1)); with no
 * assumptions, one draw. Seeds: runSeed(seed, draw, replicate), the same for both variants.
 */
export function askPlan(s: Scenario, unit: readonly ArrayLike<number>[], o: {replicates?: number; seed?: number} = {}): AskPlan {
  const q = s.question;
  if (q === undefined) throw new Error(`scenario ${s.id} has no question block`);
  const assumptions = Object.keys(q.assumptions);
  const draws = assumptions.length === 0 ? 1 : unit[0].length;
  const values = Array.from({length: draws}, (_, d) => assumptions.map((path, j) => priorValue(q.assumptions[path], unit[j][d])));
  const compare = comparedVariants(q);
  const replicates = o.replicates ?? q.replicates;
  const runs: AskRun[] = [];
  for (let draw = 0; draw < draws; draw++) {
    const drawn = assumptions.map((path, j) => ({path, value: values[draw][j] as unknown}));
    for (let replicate = 0; replicate < replicates; replicate++) {
      const seed = runSeed(o.seed ?? s.seed, draw, replicate);
      compare.forEach((name, variant) => runs.push({draw, replicate, variant: variant as 0 | 1, seed, overrides: [...drawn, ...variantOverrides(q.variants[name])]}));
    }
  }
  const tick = q.at === "final" ? s.ticks : toTick(q.at, s.calendar);
  return {question: q, compare, target: {metric: q.metric, group: q.group, tick}, assumptions, values, replicates, runs};
}
