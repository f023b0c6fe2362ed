/**
 * Attribution (`rcmp attribute`): the Shapley value of each player (attributionPlayers.ts) on the
 * change of each metric from tick 0 to the end, v(S) = m_T(S) − m_0, with the players of S on
 * and the others off. Tick 0 is the same for every coalition, so the values are those of the final
 * value itself; the change is reported so that v(none), the change with no player at all, reads
 * as what the frame alone does (about 0 when every mechanism that moves positions is a player).
 * Every coalition of a replicate runs with that replicate's seed: each mechanism draws from its
 * own stream, so coalitions differ by their players, not by luck (common random numbers).
 * Replicates (seeds as `rcmp run --replicates`) give the intervals.
 */
import type {Scenario} from "../scenario/schema.js";
import {simulate} from "../run/simulate.js";
import {replicateSeed} from "../run/replicates.js";
import {metricNames, scenarioMetricShape} from "../metrics/names.js";
import {shapleyPlan, shapleyValues, type ShapleyPlan} from "./shapley.js";
import {attributionPlayers, coalitionSetup, playerOf, type Player} from "./attributionPlayers.js";
import {attributionRows, type AttributionRow} from "./attributionRows.js";

/** One run of an attribution: a coalition of players with a replicate's seed. */
export interface CoalitionRun {
  coalition: number;
  replicate: number;
  seed: number;
}

/** What every run of an attribution records. */
export interface AttributionTarget {
  metrics: string[];
  group: string;
  ticks: number;
}

/** Computes the final value of each metric (in `target.metrics` order) of each run. */
export type AttributionEvaluator = (scenario: Scenario, players: readonly Player[], runs: readonly CoalitionRun[], target: AttributionTarget) => Promise<Float64Array[]>;

/** Options of {@link attribute}. */
export interface AttributionOptions {
  /** Metrics to attribute (group `group`); default dispersion, toStandard (when there are standards) and toHegemon. */
  metrics?: string[];
  /** The group the metrics are read for; default `all`. */
  group?: string;
  /** Replicates, each with its own seed; default 10. */
  replicates?: number;
  /** Player names (mechanisms or hegemonic channels); default those the scenario has on. */
  players?: string[];
  /** Exact up to this many players; default 10. */
  exactUpTo?: number;
  /** Orders sampled per replicate beyond that; default 200. */
  permutations?: number;
  /** Seed of replicate 0; default the scenario's. */
  seed?: number;
  /** Ticks per run; default the scenario's. */
  ticks?: number;
  /** Where the runs happen; default in this thread, one after another. */
  evaluate?: AttributionEvaluator;
}

/** What an attribution found. */
export interface Attribution {
  scenario: string;
  players: Player[];
  metrics: string[];
  group: string;
  plan: ShapleyPlan;
  seeds: number[];
  /** Mean over replicates of each metric at tick 0. */
  start: number[];
  /** Per replicate r and metric m: φ[r][m][player], its Monte Carlo SE, v(all) and v(none). */
  phi: Float64Array[][];
  se: Float64Array[][];
  all: number[][];
  none: number[][];
  /** The table: per metric, each player, the hegemonic channels together, their sum and the total effect. */
  rows: AttributionRow[];
}

/** The default metrics of a scenario. */
export function defaultAttributionMetrics(s: Scenario): string[] {
  const known = metricNames(scenarioMetricShape(s), "all");
  return ["dispersion", "toStandard", "toHegemon"].filter((m) => known.includes(m));
}

/** Runs every coalition in this thread. */
export const evaluateInProcess: AttributionEvaluator = async (scenario, players, runs, target) =>
  runs.map((run) => {
    const setup = coalitionSetup(scenario, players, run.coalition);
    const {summary} = simulate(setup.scenario, {seed: run.seed, ticks: target.ticks, skip: setup.skip, metrics: target.metrics, groups: target.group !== "all"});
    return Float64Array.from(target.metrics, (m) => summary.final[target.group]?.[m] ?? NaN);
  });

/** Attributes the change of each metric to the players (see the file's comment). */
export async function attribute(scenario: Scenario, o: AttributionOptions = {}): Promise<Attribution> {
  const players = o.players === undefined ? attributionPlayers(scenario) : o.players.map(playerOf);
  if (players.length === 0) throw new Error("nothing to attribute: no mechanism of this scenario changes its run");
  const target = {metrics: o.metrics ?? defaultAttributionMetrics(scenario), group: o.group ?? "all", ticks: o.ticks ?? scenario.ticks};
  const plan = shapleyPlan(players.length, {exactUpTo: o.exactUpTo, permutations: o.permutations, seed: o.seed ?? scenario.seed});
  const seeds = Array.from({length: o.replicates ?? 10}, (_, r) => replicateSeed(o.seed ?? scenario.seed, r));
  const starts = seeds.map((seed) => startValues(scenario, seed, target));
  const runs = seeds.flatMap((seed, replicate) => plan.coalitions.map((coalition) => ({coalition, replicate, seed})));
  const values = await (o.evaluate ?? evaluateInProcess)(scenario, players, runs, target);
  const at = new Map(runs.map((run, k) => [`${run.replicate}:${run.coalition}`, values[k]]));
  const phi: Float64Array[][] = [];
  const se: Float64Array[][] = [];
  const all: number[][] = [];
  const none: number[][] = [];
  seeds.forEach((_, r) => {
    const change = (m: number) => (s: number) => at.get(`${r}:${s}`)![m] - starts[r][m];
    const shares = target.metrics.map((_, m) => shapleyValues(plan, change(m)));
    phi.push(shares.map((v) => v.phi));
    se.push(shares.map((v) => v.se));
    all.push(target.metrics.map((_, m) => change(m)(2 ** players.length - 1)));
    none.push(target.metrics.map((_, m) => change(m)(0)));
  });
  const start = target.metrics.map((_, m) => starts.reduce((s, v) => s + v[m], 0) / starts.length);
  const result = {scenario: scenario.id, players, metrics: target.metrics, group: target.group, plan, seeds, start, phi, se, all, none};
  return {...result, rows: attributionRows(result)};
}

/** Each metric at tick 0 of a replicate (the same for every coalition). */
function startValues(scenario: Scenario, seed: number, target: AttributionTarget): number[] {
  const {series} = simulate(scenario, {seed, ticks: 0, metrics: target.metrics, groups: target.group !== "all"});
  const g = series.groups.indexOf(target.group);
  if (g < 0) throw new Error(`unknown group: ${target.group} (expected one of ${series.groups.join(", ")})`);
  return target.metrics.map((m) => {
    const k = series.metrics[g].indexOf(m);
    if (k < 0) throw new Error(`unknown metric: ${m} (expected one of ${series.metrics[g].join(", ")})`);
    return series.values[g][k][0];
  });
}
