/**
 * The calibration file schema (YAML): which scenario to calibrate, against which targets, which
 * parameters with which priors, what to fit, and how long ABC-SMC runs. Defaults live here; each
 * field's description (which `rcmp schema --calibration` writes for editors) states its default.
 */
import {z} from "zod";

const finite = z.number().finite();

/** A prior: `uniform` or `log-uniform` on [min, max], or `normal` with mean and sd, optionally bounded. */
export const priorSchema = z.discriminatedUnion("prior", [
  z.strictObject({prior: z.literal("uniform"), min: finite, max: finite}).describe("uniform on [min, max]"),
  z.strictObject({prior: z.literal("log-uniform"), min: finite.gt(0), max: finite})
    .describe("uniform in log θ on [min, max], min > 0: for rates spanning orders of magnitude (ABC-SMC moves it on the log scale)"),
  z.strictObject({
    prior: z.literal("normal"), mean: finite, sd: finite.gt(0),
    min: finite.optional().describe("lower bound (the normal is cut there); default none"),
    max: finite.optional().describe("upper bound; default none")
  }).describe("normal with this mean and sd, cut to [min, max] when they are given")
]).describe("the parameter's prior");

const weight = finite.min(0);

export const calibrationSchema = z.strictObject({
  base: z.string().min(1).describe("the scenario to calibrate: a path relative to the calibration file"),
  targets: z.string().min(1).describe("the targets file (CSV: state,year,dimension,value[,sd]), relative to the calibration file; rcmp calibrate --targets overrides it"),
  years: z.strictObject({
    from: finite.optional().describe("first year fitted (inclusive); default: the first target's"),
    to: finite.optional().describe("last year fitted (inclusive); default: the last target's")
  }).optional().describe("fit only the targets of these years; default: every target within the run"),
  startFromTargets: z.boolean().default(false).describe(
    "set the starting positions from the targets of the first year fitted, which must be the scenario's first year, on the dimensions the targets " +
    "cover there (states or dimensions without a target keep the scenario's); that year is then not fitted. Default false"),
  keepIdeals: z.boolean().default(false).describe("with startFromTargets, keep the scenario's ideals and set only the starting positions; default false (the ideals move to the starting positions)"),
  parameters: z.record(z.string().min(1), priorSchema).refine((p) => Object.keys(p).length > 0, "expected at least one parameter")
    .describe("scenario path, as rcmp run --set takes it (e.g. dynamics.hegemonBias, states.*.stubbornness), → its prior; at least one"),
  fit: z.strictObject({
    positions: weight.default(1).describe("weight of the per-state positions, each error divided by the target's sd (else 1); default 1"),
    mean: weight.default(1).describe("weight of the cross-state mean per year and dimension; default 1"),
    spread: weight.default(1).describe("weight of the cross-state spread (population sd) per year and dimension; default 1")
  }).default({positions: 1, mean: 1, spread: 1}).refine((f) => f.positions + f.mean + f.spread > 0, "at least one weight must be above 0")
    .describe("weights of the three kinds of error in the distance (a weighted root mean square); 0 leaves one out"),
  particles: z.number().int().min(2).max(1_000_000).default(1000).describe("particles accepted per generation; default 1000"),
  generations: z.number().int().min(1).max(1000).default(10).describe("most generations, generation 0 (the prior) included; default 10"),
  alpha: finite.gt(0).lt(1).default(0.5).describe("tolerance of each generation: this quantile of the previous generation's distances; default 0.5"),
  kernel: z.enum(["normal", "olcm"]).default("normal").describe("perturbation kernel: normal (twice the weighted covariance, Beaumont et al. 2009) or olcm (Filippi et al. 2013); default normal"),
  stop: z.strictObject({
    minAcceptance: finite.min(0).max(1).default(0.01).describe("stop after a generation accepting fewer than this share of its proposals; default 0.01"),
    tolerance: finite.min(0).default(0).describe("stop once the tolerance is at most this; default 0 (never)"),
    maxRuns: z.number().int().min(2).optional().describe("most simulations in all; a generation that cannot finish within them is dropped; default no limit")
  }).default({minAcceptance: 0.01, tolerance: 0}).describe("stopping rules besides generations"),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).describe("the calibration seed: every proposal and run seed derives from (seed, generation, proposal); default 1"),
  predictive: z.strictObject({
    draws: z.number().int().min(2).max(100_000).default(500).describe("number of draws; default 500")
  }).default({draws: 500}).describe("the posterior predictive: runs of the whole scenario at parameter values drawn from the posterior by weight")
});

/** A calibration file after validation, defaults filled in. */
export type CalibrationSpec = z.output<typeof calibrationSchema>;
/** A calibration file as written. */
export type CalibrationInput = z.input<typeof calibrationSchema>;
