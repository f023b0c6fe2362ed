/**
 * One estimated sensitivity measure, as `rcmp sensitivity` prints, writes (sensitivity.csv) and
 * draws it.
 */

/** The measures: Sobol' first (S1), total (ST) and second (S2) order; Morris μ*, μ, σ; the seed's share of variance. */
export type SensitivityIndex = "S1" | "ST" | "S2" | "mu_star" | "mu" | "sigma" | "seed_share";

/** One measure of one parameter (or pair, or none for `seed_share`) for one metric at one tick. */
export interface SensitivityRow {
  /** The column of runs.csv (or the recorded metric of curves.csv) analysed. */
  metric: string;
  /** The tick of curves.csv it was read at; null for runs.csv (the run's end). */
  tick: number | null;
  year: number | null;
  index: SensitivityIndex;
  /** The parameter's path ("" for `seed_share`). */
  parameter: string;
  /** The second parameter of an S2 pair; "" otherwise. */
  with: string;
  estimate: number;
  /** Bounds of the bootstrap interval (NaN when there is none). */
  lo: number;
  hi: number;
}
