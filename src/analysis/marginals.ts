/**
 * What a posterior-marginal figure draws, in a prior's working space (log θ for log-uniform):
 * the weighted histogram of the particles and the prior's density, both normalised so that the
 * areas are 1 over the working axis.
 */
import {normalCdf} from "./priors.js";
import {normalLogPdf} from "./abcPriors.js";
import {priorKind, priorRange, type PriorSpec} from "./abcPriors.js";

/** A histogram bin: bounds in natural units, density per working unit. */
export interface DensityBin {
  x1: number;
  x2: number;
  density: number;
}

/** The weighted histogram of `values` (natural units) in `bins` equal bins of the prior's working range. */
export function marginalBins(spec: PriorSpec, values: ArrayLike<number>, weights: ArrayLike<number>, bins = 30): DensityBin[] {
  const kind = priorKind(spec);
  const [lo, hi] = priorRange(spec).map((x) => kind.toWorking(spec, x));
  const width = (hi - lo) / bins;
  const mass = new Float64Array(bins);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(bins - 1, Math.max(0, Math.floor((kind.toWorking(spec, values[i]) - lo) / width)));
    mass[k] += weights[i];
    total += weights[i];
  }
  return Array.from(mass, (m, k) => ({x1: kind.fromWorking(spec, lo + k * width), x2: kind.fromWorking(spec, lo + (k + 1) * width), density: m / total / width}));
}

/** The prior's density per working unit at `points` points across its range (natural x). */
export function priorDensity(spec: PriorSpec, points = 120): {x: number; density: number}[] {
  const kind = priorKind(spec);
  const [lo, hi] = priorRange(spec).map((x) => kind.toWorking(spec, x));
  const norm = spec.prior === "normal"
    ? spec.sd * (normalCdf((hi - spec.mean) / spec.sd) - normalCdf((lo - spec.mean) / spec.sd))
    : hi - lo;
  return Array.from({length: points}, (_, k) => {
    const w = lo + ((hi - lo) * k) / (points - 1);
    const density = spec.prior === "normal" ? Math.exp(normalLogPdf((w - spec.mean) / spec.sd)) / norm : 1 / norm;
    return {x: kind.fromWorking(spec, w), density};
  });
}
