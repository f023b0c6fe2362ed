/**
 * The sweep file schema: which scenario to vary, how (a design), how often (replicates) and
 * what to keep of each run (recorded metrics as curves). Defaults live here.
 */
import {z} from "zod";

/** A value a parameter takes: what `rcmp run --set path=value` accepts. */
export const parameterValue = z.union([z.number().finite(), z.string(), z.boolean()]);

/** `{from, to, steps}`: `steps` evenly spaced values from `from` to `to` inclusive. */
export const steppedRange = z.strictObject({
  from: z.number().finite(),
  to: z.number().finite(),
  steps: z.number().int().min(1).max(100_000)
});

/** `{from, to}`: a continuous interval, for sampled designs (lhs). */
export const openRange = z.strictObject({from: z.number().finite(), to: z.number().finite()});

/** One swept parameter: a list of values, `{from, to, steps}`, or `{from, to}` (lhs only). */
export const parameterSpec = z.union([z.array(parameterValue).min(1, "expected at least one value"), steppedRange, openRange]);

/** The designs a sweep file may name (`designs.ts` holds each one's strategy). */
export const designNames = ["grid", "lhs", "sobol", "saltelli", "morris"] as const;
/** The name of a design. */
export type DesignName = (typeof designNames)[number];

/** Times to record positions at: calendar years and/or ticks. */
export const positionTimes = z.strictObject({
  /** Calendar years (a whole year is its first tick); without a calendar, ticks. */
  years: z.array(z.number().finite()).min(1).optional(),
  /** Ticks. */
  ticks: z.array(z.number().int().min(0)).min(1).optional()
});

/** The metrics kept as curves when a sweep file names none. */
export const defaultRecord = ["dispersion", "toStandard", "toHegemon"];

export const sweepSchema = z.strictObject({
  /** The scenario to vary: a path relative to the sweep file. */
  base: z.string().min(1),
  /** Runs per design point, each with its own seed. Default 1. */
  replicates: z.number().int().min(1).max(1_000_000).default(1),
  /** The sweep seed, from which every run's seed and the lhs sample derive. Default 1. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  /**
   * `grid` (every combination, the default), `lhs` (Latin hypercube) or `sobol` (Sobol' points) of
   * `samples` points; `saltelli` (for Sobol' indices, `rcmp sensitivity`) of `samples` base rows;
   * `morris` (elementary effects, `rcmp sensitivity`) of `samples` trajectories.
   */
  design: z.enum(designNames).default("grid").describe("grid (every combination, the default); lhs or sobol: `samples` points; saltelli: Sobol' indices from N = `samples` base rows, N·(k+2) points, N·(2k+2) with secondOrder (N a power of 2 is best); morris: elementary effects from r = `samples` trajectories of k+1 points"),
  /** lhs, sobol: design points; saltelli: base rows N; morris: trajectories r. */
  samples: z.number().int().min(1).max(10_000_000).optional().describe("lhs, sobol: design points; saltelli: base rows N (points N·(k+2)); morris: trajectories r (points r·(k+1))"),
  /** saltelli only: add the BA matrices for second-order indices (N·(2k+2) points). Default false. */
  secondOrder: z.boolean().optional().describe("saltelli only: also the BA matrices, for second-order indices (N·(2k+2) points). Default false"),
  /** morris only: levels p of the grid, even. Default 4. */
  levels: z.number().int().min(2).max(100).optional().describe("morris only: levels p of the unit grid, even (step Δ = p/(2(p−1))). Default 4"),
  /** morris only: candidate trajectories from which Campolongo's selection picks `samples`. Default none. */
  candidates: z.number().int().min(2).max(10_000).optional().describe("morris only: draw this many candidate trajectories and keep the `samples` most spread out (Campolongo et al. 2007). Default: no selection"),
  /** Scenario path (as for `--set`) → values. Empty: one point, the base scenario itself. */
  parameters: z.record(z.string().min(1), parameterSpec).default({}),
  /** Metric names (group `all`) kept per tick and summarised in `curves.csv`. */
  record: z.array(z.string().min(1)).min(1).default(defaultRecord),
  /**
   * Also write every state's position per run to `positions/<run>.csv`: `true` at every recorded
   * tick, or `{years: [...]}` / `{ticks: [...]}` for only those (keep it small on large sweeps).
   * Default false.
   */
  positions: z.union([z.boolean(), positionTimes]).default(false)
    .describe("also write every state's position per run to positions/<run>.csv: true at every recorded tick, or {years: [...]} / {ticks: [...]} for only those. Default false")
});

/** A sweep file after validation, defaults filled in. */
export type SweepSpec = z.output<typeof sweepSchema>;
/** A sweep file as written. */
export type SweepInput = z.input<typeof sweepSchema>;
/** One parameter's values as written. */
export type ParameterSpec = z.output<typeof parameterSpec>;
/** A value a parameter takes. */
export type ParameterValue = z.output<typeof parameterValue>;
