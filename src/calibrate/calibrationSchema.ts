/**
 * The calibration file schema (YAML): which scenario to calibrate, against which targets, which
 * parameters with which priors, what to fit, and how long ABC-SMC runs. Defaults live here.
 */
import {z} from "zod";

const finite = z.number().finite();

/** A prior: `uniform` or `log-uniform` on [min, max], or `normal` with mean and sd, optionally bounded. */
export const priorSchema = z.discriminatedUnion("prior", [
  z.strictObject({
    /** Uniform on [min, max]. */
    prior: z.literal("uniform"), min: finite, max: finite
  }),
  z.strictObject({
    /** Uniform in log θ on [min, max], min > 0: for rates spanning orders of magnitude. */
    prior: z.literal("log-uniform"), min: finite.gt(0), max: finite
  }),
  z.strictObject({
    /** Normal with this mean and sd, cut to [min, max] when they are given. */
    prior: z.literal("normal"), mean: finite, sd: finite.gt(0), min: finite.optional(), max: finite.optional()
  })
]);

const weight = finite.min(0);

export const calibrationSchema = z.strictObject({
  /** The scenario to calibrate: a path relative to the calibration file. */
  base: z.string().min(1),
  /** The targets file (CSV: state,year,dimension,value[,sd]), relative to the calibration file; `rcmp calibrate --targets` overrides it. */
  targets: z.string().min(1),
  /** Fit only the targets of these years (inclusive). Default: every target within the run. */
  years: z.strictObject({from: finite.optional(), to: finite.optional()}).optional(),
  /**
   * Set the starting positions from the targets' first year (which must be the scenario's first
   * year), on the dimensions the targets cover there; states or dimensions without a target keep
   * the scenario's. That year is then not fitted. Default false.
   */
  startFromTargets: z.boolean().default(false),
  /** With startFromTargets, keep the scenario's ideals (set only the starting positions). Default false: ideals = starting positions. */
  keepIdeals: z.boolean().default(false),
  /** Scenario path (as `rcmp run --set` takes it, e.g. dynamics.hegemonBias) → its prior. At least one. */
  parameters: z.record(z.string().min(1), priorSchema).refine((p) => Object.keys(p).length > 0, "expected at least one parameter"),
  /** Weights of the three kinds of error in the distance; 0 leaves one out. Defaults: 1 each. */
  fit: z.strictObject({
    /** Per-state positions, each error divided by the target's sd (else 1). */
    positions: weight.default(1),
    /** The cross-state mean per year and dimension. */
    mean: weight.default(1),
    /** The cross-state spread (population sd) per year and dimension. */
    spread: weight.default(1)
  }).default({positions: 1, mean: 1, spread: 1}).refine((f) => f.positions + f.mean + f.spread > 0, "at least one weight must be above 0"),
  /** Particles accepted per generation. Default 1000. */
  particles: z.number().int().min(2).max(1_000_000).default(1000),
  /** Most generations, generation 0 (the prior) included. Default 10. */
  generations: z.number().int().min(1).max(1000).default(10),
  /** Tolerance of each generation: this quantile of the previous generation's distances. Default 0.5. */
  alpha: finite.gt(0).lt(1).default(0.5),
  /** Perturbation kernel: `normal` (twice the weighted covariance, Beaumont et al. 2009) or `olcm` (Filippi et al. 2013). Default normal. */
  kernel: z.enum(["normal", "olcm"]).default("normal"),
  /** Stopping rules besides `generations`. */
  stop: z.strictObject({
    /** Stop after a generation accepting fewer than this share of its proposals. Default 0.01. */
    minAcceptance: finite.min(0).max(1).default(0.01),
    /** Stop once the tolerance is at most this. Default 0 (never). */
    tolerance: finite.min(0).default(0),
    /** Most simulations in all; a generation that cannot finish within them is dropped. Default: no limit. */
    maxRuns: z.number().int().min(2).optional()
  }).default({minAcceptance: 0.01, tolerance: 0}),
  /** The calibration seed: every proposal and run seed derives from (seed, generation, proposal). Default 1. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  /** The posterior predictive: runs of the whole scenario at parameter values drawn from the posterior. */
  predictive: z.strictObject({
    /** Number of draws. Default 500. */
    draws: z.number().int().min(2).max(100_000).default(500)
  }).default({draws: 500})
});

/** A calibration file after validation, defaults filled in. */
export type CalibrationSpec = z.output<typeof calibrationSchema>;
/** A calibration file as written. */
export type CalibrationInput = z.input<typeof calibrationSchema>;
/** A prior as written. */
export type PriorInput = z.output<typeof priorSchema>;
