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

/** The metrics kept as curves when a sweep file names none. */
export const defaultRecord = ["dispersion", "toStandard", "toHegemon"];

export const sweepSchema = z.strictObject({
  /** The scenario to vary: a path relative to the sweep file. */
  base: z.string().min(1),
  /** Runs per design point, each with its own seed. Default 1. */
  replicates: z.number().int().min(1).max(1_000_000).default(1),
  /** The sweep seed, from which every run's seed and the lhs sample derive. Default 1. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  /** `grid` (every combination, the default), `lhs` (Latin hypercube) or `sobol` (Sobol' points), of `samples` points. */
  design: z.enum(["grid", "lhs", "sobol"]).default("grid"),
  /** Design points of an `lhs` or `sobol` design. */
  samples: z.number().int().min(1).max(10_000_000).optional(),
  /** Scenario path (as for `--set`) → values. Empty: one point, the base scenario itself. */
  parameters: z.record(z.string().min(1), parameterSpec).default({}),
  /** Metric names (group `all`) kept per tick and summarised in `curves.csv`. */
  record: z.array(z.string().min(1)).min(1).default(defaultRecord)
});

/** A sweep file after validation, defaults filled in. */
export type SweepSpec = z.output<typeof sweepSchema>;
/** A sweep file as written. */
export type SweepInput = z.input<typeof sweepSchema>;
/** One parameter's values as written. */
export type ParameterSpec = z.output<typeof parameterSpec>;
/** A value a parameter takes. */
export type ParameterValue = z.output<typeof parameterValue>;
