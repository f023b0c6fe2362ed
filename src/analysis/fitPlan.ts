/**
 * What a calibration compares: the targets that fall on the scenario's states, dimensions and
 * run, the ticks to record positions at, and the distance between a run's positions and the
 * targets. The distance is a weighted root mean square over three groups of errors:
 * - `positions`: each target's state position, error divided by the target's `sd` (else 1);
 * - `mean`: per year and dimension, the mean position of the states that have a target there;
 * - `spread`: the same states' population standard deviation (years with two or more states);
 * D = sqrt(Σ_g W_g · mean of the squared errors of group g / Σ_g W_g), over the groups with a
 * weight above 0. Without sds it is in the positions' own units.
 */
import {toTick} from "../scenario/resolve.js";
import type {Scenario} from "../scenario/schema.js";
import type {Target} from "../results/targetsCsv.js";

/** Weights of the three groups of errors (0 leaves a group out). */
export interface FitWeights {
  positions: number;
  mean: number;
  spread: number;
}

/** What the plan is built from. */
export interface FitInput {
  /** State ids in the world's order and dimension ids in order (the layout of recorded positions). */
  states: readonly string[];
  dims: readonly string[];
  calendar: Scenario["calendar"];
  /** Ticks the run lasts. */
  ticks: number;
  targets: readonly Target[];
  /** Fit only targets of these years (inclusive; default all). */
  years?: {from?: number; to?: number};
  /** Leave out targets of this year (the year the starting positions were taken from). */
  exclude?: number;
  weights: FitWeights;
}

/** One cross-state summary: the flat offsets of its states' positions and the observed values. */
export interface SummaryTarget {
  year: number;
  dimension: string;
  offsets: Int32Array;
  mean: number;
  /** Population sd, or NaN with fewer than two states. */
  spread: number;
}

/** A calibration's comparison, ready to score runs. */
export interface FitPlan {
  /** Ticks to record positions at (ascending), and the target year of each. */
  ticks: number[];
  years: number[];
  /** Values per recorded tick: states × dims. */
  size: number;
  /** Per fitted target: flat offset k·size + i·D + j, observed value, and the scale its error is divided by. */
  offsets: Int32Array;
  values: Float64Array;
  scales: Float64Array;
  summaries: SummaryTarget[];
  weights: FitWeights;
  /** The targets fitted, in the file's order. */
  used: Target[];
  /** What was left out, and why, one line each. */
  notes: string[];
}

/** Builds the plan; `used` is empty when nothing fits (the caller reports it). */
export function fitPlan(input: FitInput): FitPlan {
  const d = input.dims.length;
  const size = input.states.length * d;
  const left = {state: new Set<string>(), dimension: new Set<string>(), window: 0, outside: 0, start: 0};
  const used: Target[] = [];
  for (const t of input.targets) {
    const tick = toTick(t.year, input.calendar);
    if (!input.states.includes(t.state)) left.state.add(t.state);
    else if (!input.dims.includes(t.dimension)) left.dimension.add(t.dimension);
    else if (t.year < (input.years?.from ?? -Infinity) || t.year > (input.years?.to ?? Infinity)) left.window += 1;
    else if (tick < 0 || tick > input.ticks) left.outside += 1;
    else if (t.year === input.exclude) left.start += 1;
    else used.push(t);
  }
  const ticks = [...new Set(used.map((t) => toTick(t.year, input.calendar)))].sort((a, b) => a - b);
  const offsetOf = (t: Target) => ticks.indexOf(toTick(t.year, input.calendar)) * size + input.states.indexOf(t.state) * d + input.dims.indexOf(t.dimension);
  const yearOfTick = new Map(used.map((t) => [toTick(t.year, input.calendar), t.year]));
  return {
    ticks, years: ticks.map((k) => yearOfTick.get(k) as number), size,
    offsets: Int32Array.from(used, offsetOf),
    values: Float64Array.from(used, (t) => t.value),
    scales: Float64Array.from(used, (t) => t.sd ?? 1),
    summaries: summaryTargets(used, offsetOf, input.dims),
    weights: input.weights, used,
    notes: notesOf(left)
  };
}

function summaryTargets(used: readonly Target[], offsetOf: (t: Target) => number, dims: readonly string[]): SummaryTarget[] {
  const groups = new Map<string, Target[]>();
  for (const t of used) {
    const key = `${t.year}\u0000${t.dimension}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()]
    .map((ts) => {
      const values = Float64Array.from(ts, (t) => t.value);
      return {year: ts[0].year, dimension: ts[0].dimension, offsets: Int32Array.from(ts, offsetOf), mean: meanOf(values), spread: spreadOf(values)};
    })
    .sort((a, b) => a.year - b.year || dims.indexOf(a.dimension) - dims.indexOf(b.dimension));
}

function notesOf(left: {state: Set<string>; dimension: Set<string>; window: number; outside: number; start: number}): string[] {
  const notes: string[] = [];
  if (left.state.size > 0) notes.push(`targets of states not in the scenario left out: ${[...left.state].sort().join(", ")}`);
  if (left.dimension.size > 0) notes.push(`targets of dimensions not in the scenario left out: ${[...left.dimension].sort().join(", ")}`);
  if (left.window > 0) notes.push(`${left.window} targets outside the years to fit left out`);
  if (left.outside > 0) notes.push(`${left.outside} targets outside the run's years left out`);
  if (left.start > 0) notes.push(`${left.start} targets of the starting year left out (they set the starting positions)`);
  return notes;
}

/** Mean of values. */
export function meanOf(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}

/** Population standard deviation of values; NaN for fewer than two. */
export function spreadOf(values: ArrayLike<number>): number {
  if (values.length < 2) return NaN;
  const m = meanOf(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - m) ** 2;
  return Math.sqrt(s / values.length);
}

/** The distance between a run's positions (`x`: the plan's ticks × size, flat) and the targets. */
export function fitDistance(plan: FitPlan, x: Float64Array): number {
  const groups: [number, number][] = [];
  const w = plan.weights;
  if (w.positions > 0 && plan.offsets.length > 0) {
    let s = 0;
    plan.offsets.forEach((o, k) => (s += ((x[o] - plan.values[k]) / plan.scales[k]) ** 2));
    groups.push([w.positions, s / plan.offsets.length]);
  }
  const buffer = new Float64Array(Math.max(0, ...plan.summaries.map((g) => g.offsets.length)));
  const errors = {mean: [0, 0], spread: [0, 0]};
  for (const g of plan.summaries) {
    const values = buffer.subarray(0, g.offsets.length);
    g.offsets.forEach((o, k) => (values[k] = x[o]));
    errors.mean[0] += (meanOf(values) - g.mean) ** 2;
    errors.mean[1] += 1;
    if (!Number.isNaN(g.spread)) {
      errors.spread[0] += (spreadOf(values) - g.spread) ** 2;
      errors.spread[1] += 1;
    }
  }
  if (w.mean > 0 && errors.mean[1] > 0) groups.push([w.mean, errors.mean[0] / errors.mean[1]]);
  if (w.spread > 0 && errors.spread[1] > 0) groups.push([w.spread, errors.spread[0] / errors.spread[1]]);
  const total = groups.reduce((a, [weight]) => a + weight, 0);
  return Math.sqrt(groups.reduce((a, [weight, mse]) => a + weight * mse, 0) / total);
}

/**
 * The states (world indices) a cross-state summary of `dimension` at `year` is taken over: those
 * with a fitted target there; for a year without one, those of the nearest fitted year before
 * it (else after it); for a dimension without targets, `fallback`.
 */
export function summaryMembers(plan: FitPlan, dims: readonly string[], fallback: readonly number[]): (year: number, dimension: string) => readonly number[] {
  const d = dims.length;
  return (year, dimension) => {
    const mine = plan.summaries.filter((g) => g.dimension === dimension);
    if (mine.length === 0) return fallback;
    const before = mine.filter((g) => g.year <= year);
    const g = before.length > 0 ? before[before.length - 1] : mine[0];
    return Array.from(g.offsets, (o) => Math.floor((o % plan.size) / d));
  };
}
