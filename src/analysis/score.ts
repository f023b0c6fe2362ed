/**
 * Scoring a predictive against observations it never saw: the error of the predictive median
 * against the error of persistence (each state keeps its last observed value), the coverage of
 * the central 50% and 90% intervals, and the continuous ranked probability score (CRPS) of the
 * predictive sample, CRPS = E|X − y| − ½ E|X − X′| (Gneiting and Raftery 2007), computed exactly
 * for the sample. Lower is better for errors and CRPS; coverage should be near 0.5 and 0.9.
 */
import {quantile7} from "../run/curveStats.js";

/** One observation with its predictive sample (ascending) and the persistence forecast, if any. */
export interface ScoredCell {
  state: string;
  year: number;
  dimension: string;
  observed: number;
  sorted: Float64Array;
  /** The state's last observed value before `year` in the calibration's targets. */
  persistence?: number;
}

/** The scores of one cell. */
export interface CellScore {
  median: number;
  errorMedian: number;
  errorPersistence: number | undefined;
  in50: boolean;
  in90: boolean;
  crps: number;
}

/** Aggregate scores over a set of cells. */
export interface ScoreRow {
  /** `all`, `dimension` or `year`. */
  scope: string;
  /** The dimension or year (empty for `all`). */
  key: string;
  n: number;
  /** Mean absolute error of the predictive median, and of persistence (over the `nPersistence` cells that have it). */
  maeMedian: number;
  nPersistence: number;
  maePersistence: number;
  /** Mean absolute error of the median over the cells with persistence. */
  maeMedianPaired: number;
  /** 1 − maeMedianPaired / maePersistence: above 0, the model beats persistence. */
  skill: number;
  coverage50: number;
  coverage90: number;
  crps: number;
}

/** The CRPS of an ascending sample against the observation y. */
export function crps(sorted: Float64Array, y: number): number {
  const m = sorted.length;
  let toObservation = 0;
  let pairs = 0;
  for (let i = 0; i < m; i++) {
    toObservation += Math.abs(sorted[i] - y);
    pairs += (2 * i - m + 1) * sorted[i];
  }
  // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − m + 1) x₍ᵢ₎ for 0-based ranks i
  return toObservation / m - pairs / (m * m);
}

/** Scores one cell. */
export function scoreCell(c: ScoredCell): CellScore {
  const median = quantile7(c.sorted, 0.5);
  const y = c.observed;
  return {
    median,
    errorMedian: Math.abs(median - y),
    errorPersistence: c.persistence === undefined ? undefined : Math.abs(c.persistence - y),
    in50: quantile7(c.sorted, 0.25) <= y && y <= quantile7(c.sorted, 0.75),
    in90: quantile7(c.sorted, 0.05) <= y && y <= quantile7(c.sorted, 0.95),
    crps: crps(c.sorted, y)
  };
}

/** Aggregates cell scores: all cells, then per dimension (in first-seen order), then per year (ascending). */
export function scoreRows(cells: readonly ScoredCell[], scores: readonly CellScore[]): ScoreRow[] {
  const rows = [aggregate("all", "", scores)];
  const dims = [...new Set(cells.map((c) => c.dimension))];
  for (const dim of dims) rows.push(aggregate("dimension", dim, scores.filter((_, k) => cells[k].dimension === dim)));
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  for (const year of years) rows.push(aggregate("year", String(year), scores.filter((_, k) => cells[k].year === year)));
  return rows;
}

function aggregate(scope: string, key: string, s: readonly CellScore[]): ScoreRow {
  const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
  const paired = s.filter((c) => c.errorPersistence !== undefined);
  const maePersistence = mean(paired.map((c) => c.errorPersistence as number));
  const maeMedianPaired = mean(paired.map((c) => c.errorMedian));
  return {
    scope, key, n: s.length,
    maeMedian: mean(s.map((c) => c.errorMedian)),
    nPersistence: paired.length, maePersistence, maeMedianPaired,
    skill: maePersistence > 0 ? 1 - maeMedianPaired / maePersistence : NaN,
    coverage50: mean(s.map((c) => (c.in50 ? 1 : 0))),
    coverage90: mean(s.map((c) => (c.in90 ? 1 : 0))),
    crps: mean(s.map((c) => c.crps))
  };
}
