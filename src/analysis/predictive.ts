/**
 * The posterior predictive: runs of the scenario at parameter values drawn from the posterior,
 * summarised per year, state and dimension (and for the cross-state mean and spread) by their
 * mean and quantiles (type 7) over the draws.
 */
import {quantile7} from "../run/curveStats.js";
import {fmix32, runSeed} from "../run/seeds.js";
import {alea} from "../model/random.js";
import {meanOf, spreadOf} from "./fitPlan.js";

/** Probabilities of the quantiles reported: the 50% and 90% central intervals and the median. */
export const predictiveLevels = [0.05, 0.25, 0.5, 0.75, 0.95];

/** Draws of every state's position at each year. */
export interface PredictiveSample {
  years: number[];
  /** State ids in the world's order, and the indices of the states in the scenario file's order. */
  states: string[];
  fileOrder: number[];
  dims: string[];
  /** draws[m]: years × states × dims, flat. */
  draws: Float64Array[];
}

/** The mean and quantiles (at {@link predictiveLevels}) of one quantity over the draws. */
export interface PredictiveRow {
  year: number;
  /** A state id, or `mean` / `spread` for a cross-state summary. */
  state: string;
  dimension: string;
  mean: number;
  quantiles: number[];
}

/** Sorted values of one flat offset over the draws. */
export function drawsAt(sample: PredictiveSample, offset: number): Float64Array {
  return Float64Array.from(sample.draws, (x) => x[offset]).sort();
}

function row(year: number, state: string, dimension: string, sorted: Float64Array): PredictiveRow {
  return {year, state, dimension, mean: meanOf(sorted), quantiles: predictiveLevels.map((p) => quantile7(sorted, p))};
}

/** One row per year, state (file order) and dimension. */
export function predictiveRows(sample: PredictiveSample): PredictiveRow[] {
  const d = sample.dims.length;
  const size = sample.states.length * d;
  const rows: PredictiveRow[] = [];
  sample.years.forEach((year, k) => {
    for (const i of sample.fileOrder) {
      sample.dims.forEach((dim, j) => rows.push(row(year, sample.states[i], dim, drawsAt(sample, k * size + i * d + j))));
    }
  });
  return rows;
}

/** The cross-state mean and spread (population sd), per year and dimension, of the states `members(year, dimension)` (indices). */
export function summaryRows(sample: PredictiveSample, membersOf: (year: number, dimension: string) => readonly number[]): PredictiveRow[] {
  const d = sample.dims.length;
  const size = sample.states.length * d;
  const rows: PredictiveRow[] = [];
  sample.years.forEach((year, k) => {
    sample.dims.forEach((dim, j) => {
      const members = membersOf(year, dim);
      const values = new Float64Array(members.length);
      const means = new Float64Array(sample.draws.length);
      const spreads = new Float64Array(sample.draws.length);
      sample.draws.forEach((x, m) => {
        members.forEach((i, n) => (values[n] = x[k * size + i * d + j]));
        means[m] = meanOf(values);
        spreads[m] = spreadOf(values);
      });
      rows.push(row(year, "mean", dim, means.sort()));
      if (members.length > 1) rows.push(row(year, "spread", dim, spreads.sort()));
    });
  });
  return rows;
}

/**
 * Which posterior particle each predictive draw takes: `draws` indices drawn with probability
 * equal to the weights (multinomial), from a stream seeded by the calibration seed alone.
 */
export function predictiveParticles(weights: Float64Array, draws: number, seed: number): number[] {
  const random = alea(`rcmp-abc-predictive:${seed >>> 0}`);
  const cumulative = new Float64Array(weights.length);
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  return Array.from({length: draws}, () => {
    const u = random() * cumulative[cumulative.length - 1];
    const i = cumulative.findIndex((c) => c > u);
    return i < 0 ? weights.length - 1 : i;
  });
}

/** The simulation seed of predictive draw m: a murmur3 mix of (calibration seed, m), apart from every proposal's. */
export function predictiveSeed(seed: number, m: number): number {
  return runSeed(fmix32((seed ^ 0x6a09e667) >>> 0), 0, m);
}
