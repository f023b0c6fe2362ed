/**
 * Prior distributions of calibrated parameters (`rcmp calibrate`), looked up by name: `uniform` on [min, max],
 * `log-uniform` on [min, max] (uniform in log θ, min > 0), and `normal` with mean and sd,
 * optionally bounded to [min, max] (truncated). ABC-SMC perturbs particles in each prior's
 * working space: log θ for `log-uniform`, θ itself for the others.
 */
import {normalQuantile} from "./stats.js";
import {normalCdf} from "./priors.js";

/** log φ(z), the standard normal log density. */
export function normalLogPdf(z: number): number {
  return -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
}

/** A prior as a calibration file writes it. */
export type PriorSpec =
  | {prior: "uniform"; min: number; max: number}
  | {prior: "log-uniform"; min: number; max: number}
  | {prior: "normal"; mean: number; sd: number; min?: number; max?: number};

/** A calibrated parameter: its name (for a scenario, a `--set` path) and its prior. */
export interface Parameter {
  name: string;
  prior: PriorSpec;
}

/** What a kind of prior does; every function works on one value. */
export interface PriorKind<S extends PriorSpec = PriorSpec> {
  /** The value at probability p in [0, 1] (inverse distribution function), natural units. */
  quantile(spec: S, p: number): number;
  /** Natural value → working-space value. */
  toWorking(spec: S, x: number): number;
  /** Working-space value → natural value. */
  fromWorking(spec: S, w: number): number;
  /** Log density in working space, up to a constant; −Infinity outside the support. */
  logDensity(spec: S, w: number): number;
  /** What is wrong with the spec, or undefined. */
  problem(spec: S): string | undefined;
}

const inside = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

const uniform: PriorKind<Extract<PriorSpec, {prior: "uniform"}>> = {
  quantile: (s, p) => s.min + p * (s.max - s.min),
  toWorking: (_, x) => x,
  fromWorking: (_, w) => w,
  logDensity: (s, w) => (inside(w, s.min, s.max) ? 0 : -Infinity),
  problem: (s) => (s.max > s.min ? undefined : `max must be greater than min (got min ${s.min}, max ${s.max})`)
};

const logUniform: PriorKind<Extract<PriorSpec, {prior: "log-uniform"}>> = {
  quantile: (s, p) => Math.exp(Math.log(s.min) + p * (Math.log(s.max) - Math.log(s.min))),
  toWorking: (_, x) => Math.log(x),
  fromWorking: (_, w) => Math.exp(w),
  logDensity: (s, w) => (inside(w, Math.log(s.min), Math.log(s.max)) ? 0 : -Infinity),
  problem: (s) => (s.min <= 0 ? `a log-uniform prior needs min > 0 (got ${s.min})` : uniform.problem({prior: "uniform", min: s.min, max: s.max}))
};

/** Φ at the bounds of a normal prior. */
function normalMass(s: Extract<PriorSpec, {prior: "normal"}>): [number, number] {
  return [normalCdf(((s.min ?? -Infinity) - s.mean) / s.sd), normalCdf(((s.max ?? Infinity) - s.mean) / s.sd)];
}

const normal: PriorKind<Extract<PriorSpec, {prior: "normal"}>> = {
  quantile: (s, p) => {
    const [lo, hi] = normalMass(s);
    const q = Math.min(1 - 1e-16, Math.max(1e-300, lo + p * (hi - lo)));
    const x = s.mean + s.sd * normalQuantile(q);
    return Math.min(s.max ?? Infinity, Math.max(s.min ?? -Infinity, x));
  },
  toWorking: (_, x) => x,
  fromWorking: (_, w) => w,
  logDensity: (s, w) => (inside(w, s.min ?? -Infinity, s.max ?? Infinity) ? normalLogPdf((w - s.mean) / s.sd) : -Infinity),
  problem: (s) => {
    if (!(s.sd > 0)) return `sd must be greater than 0 (got ${s.sd})`;
    if (s.min !== undefined && s.max !== undefined && !(s.max > s.min)) return `max must be greater than min (got min ${s.min}, max ${s.max})`;
    const [lo, hi] = normalMass(s);
    return hi - lo < 1e-6 ? `the normal prior has almost no mass between min and max (${hi - lo})` : undefined;
  }
};

/** The kinds of prior, by name. */
export const priorKinds: Record<PriorSpec["prior"], PriorKind> = {uniform, "log-uniform": logUniform, normal} as Record<PriorSpec["prior"], PriorKind>;

/** The kind of a prior; throws `unknown prior: <name> (expected one of ...)`. */
export function priorKind(spec: PriorSpec): PriorKind {
  const kind = (priorKinds as Record<string, PriorKind | undefined>)[spec.prior];
  if (kind === undefined) throw new Error(`unknown prior: ${spec.prior} (expected one of ${Object.keys(priorKinds).join(", ")})`);
  return kind;
}

/** A draw from the prior by inversion of one uniform number u in [0, 1). */
export function priorDraw(spec: PriorSpec, u: number): number {
  return priorKind(spec).quantile(spec, u);
}

/** The interval between the prior's p and 1 − p quantiles (e.g. p = 0.05: the central 90%). */
export function priorInterval(spec: PriorSpec, p: number): [number, number] {
  const kind = priorKind(spec);
  return [kind.quantile(spec, p), kind.quantile(spec, 1 - p)];
}

/** The values a prior can take: [min, max]; an unbounded side of a normal prior ends 6 sd from the mean. */
export function priorRange(spec: PriorSpec): [number, number] {
  if (spec.prior !== "normal") return [spec.min, spec.max];
  return [spec.min ?? spec.mean - 6 * spec.sd, spec.max ?? spec.mean + 6 * spec.sd];
}
