/**
 * The layout of every results folder rcmp writes, in one place: the file names of each kind of
 * folder, what kind a folder is, which files a reader needs of each kind, and the metrics drawn
 * or kept when none are asked for. `rcmp run`, `rcmp sweep`, `rcmp merge`, `rcmp compare`, the
 * sweep figures and `notebooks/compare.html` all read these names from here.
 */

/** Every results folder's manifest: written last, listing every other file with its sha256. */
export const manifestName = "manifest.json";

/** A run's files (`rcmp run`): the resolved scenario, the tidy series, the states, the summary, the figure. */
export const runFiles = {
  scenario: "scenario.yaml",
  timeseries: "timeseries.csv",
  states: "states.csv",
  summary: "summary.json",
  /** Every state's position per recorded tick (`--positions`). */
  positions: "positions.csv",
  /** The convergence figure, as `convergence.svg` and `convergence.png`. */
  figure: "convergence",
  /** The states over time on the headline dimension, as `positions.svg` and `.png`. */
  positionsFigure: "positions",
  /** One panel per region, when the regions are too many to colour apart: `regions.svg` and `.png`. */
  regionsFigure: "regions"
} as const;

/** Columns of `timeseries.csv` (a run's, and a sweep's `series/<run>.csv`). */
export const timeseriesColumns = ["tick", "year", "group", "metric", "value"];

/** What a replicated run (`rcmp run --replicates N`) adds to a run's files. */
export const replicateFiles = {
  /** One summary row per replicate. */
  replicates: "replicates.csv",
  /** Replicate statistics of group `all` per metric and tick. */
  curves: "curves.csv"
} as const;

/** A sweep's files (`rcmp sweep`, `rcmp merge`). */
export const sweepFiles = {
  design: "design.csv",
  runs: "runs.csv",
  curves: "curves.csv",
  failures: "failures.csv",
  /** Folder of each run's series (`--keep-series`). */
  series: "series",
  /** Folder of each run's positions (`positions` in the sweep file). */
  positions: "positions",
  /** Folder of the figures. */
  plots: "plots",
  /** Scratch: the curve spool, removed once every run has succeeded. */
  spool: ".spool",
  /** Held while a sweep writes into the folder, so that two never write into one. */
  lock: ".lock"
} as const;

/** A comparison's files (`rcmp compare`): its table, and its figure as `compare.svg` and `compare.png`. */
export const compareFiles = {csv: "compare.csv", figure: "compare"} as const;

/** A calibration's files (`rcmp calibrate`, src/calibrate/). */
export const calibrationFiles = {
  manifest: "manifest.json",
  calibration: "calibration.yaml",
  /** The targets the calibration saw (fitted, or the starting positions' year). */
  targets: "targets.csv",
  generations: "generations.csv",
  populations: "populations",
  posterior: "posterior.csv",
  summary: "posterior-summary.csv",
  scenario: "scenario.yaml",
  predictive: "predictive.csv",
  summaries: "predictive-summaries.csv",
  /** Every predictive draw: what `rcmp score` scores. */
  sample: "predictive-sample.csv",
  plots: "plots",
  /** The shard files of a split calibration (`rcmp calibrate --shard`), removed as the collector uses them. */
  shards: "shards"
} as const;

/** A score's files (`rcmp score`). */
export const scoreFiles = {csv: "score.csv", cells: "score-cells.csv", figure: "score"} as const;

/** The kinds of results folder, as each manifest's `kind` names them. */
export const folderKinds = ["run", "replicated", "sweep", "compare", "sensitivity", "calibration", "score"] as const;

/**
 * `run` (a run: timeseries.csv), `replicated` (a run with replicates: curves.csv too), `sweep`
 * (design.csv, runs.csv, curves.csv), `compare` (compare.csv), `sensitivity` (`rcmp
 * sensitivity`: sensitivity.csv or sensitivity-over-time.csv), `calibration` (`rcmp calibrate`:
 * posterior.csv, generations.csv, the predictive), `score` (`rcmp score`: score.csv).
 */
export type FolderKind = (typeof folderKinds)[number];

/** The files each kind of folder must hold for a reader to use it. */
export const requiredFiles: Record<FolderKind, readonly string[]> = {
  run: [runFiles.timeseries],
  replicated: [runFiles.timeseries, replicateFiles.curves],
  sweep: [sweepFiles.design, sweepFiles.runs, sweepFiles.curves],
  compare: [compareFiles.csv],
  sensitivity: [],
  calibration: [calibrationFiles.posterior, calibrationFiles.generations, calibrationFiles.targets, calibrationFiles.sample],
  score: [scoreFiles.csv]
};

/** Metrics `rcmp compare` (and compare.html) draws when none are asked for: those the folders have. */
export const defaultCompareMetrics = ["dispersion", "toStandard"];

/** Metrics of a replicated run's convergence figure (those the run has). */
export const replicatePlotMetrics = ["dispersion", "toStandard"];

/** Metrics a sweep keeps as curves when its file names none. */
export const defaultRecord = ["dispersion", "toStandard", "toHegemon"];

/** The folder's last path segment, with its parent's when it is a time stamp (`hegemon/20261127T141502Z`). */
export function folderName(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  const last = parts.at(-1) ?? path;
  return /^\d{8}T\d{6}Z(-\d+)?$/.test(last) && parts.length > 1 ? `${parts.at(-2)}/${last}` : last;
}
