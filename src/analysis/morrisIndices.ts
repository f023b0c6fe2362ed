/**
 * Morris elementary effects (Morris 1991) with Campolongo et al.'s (2007) μ*: along each
 * trajectory one parameter moves at a time by ±Δ on the unit grid, and its elementary effect is
 * EE = (f(after) − f(before)) / (±Δ), the change in f per unit of the parameter's range. Per
 * parameter: μ* = mean |EE|, μ = mean EE, σ = standard deviation of EE (n − 1 in the
 * denominator). So a linear f = Σ a_i·x_i with x_i over a range of width w_i gives μ*_i = |a_i|·w_i
 * and σ_i = 0. Interval of μ*: percentile bootstrap over trajectories.
 */
import {bootstrapIntervals, type BootstrapOptions, type Estimate} from "./bootstrap.js";

/** The steps of a Morris design: trajectory t's step s moves `factor[t·k + s]` by `delta[t·k + s]`. */
export interface MorrisSteps {
  /** Number of parameters k (each trajectory has k + 1 points and k steps). */
  parameters: number;
  /** The parameter moved at each step, r·k entries. */
  factor: ArrayLike<number>;
  /** The signed step in unit (range-scaled) coordinates, r·k entries. */
  delta: ArrayLike<number>;
}

/** Morris measures of k parameters. */
export interface MorrisIndices {
  /** μ*: mean absolute elementary effect, with its bootstrap interval. */
  muStar: Estimate[];
  /** μ: mean elementary effect (its sign says the direction of the effect). */
  mu: number[];
  /** σ: standard deviation of the elementary effects (interactions or non-linearity). */
  sigma: number[];
  /** Trajectories used. */
  trajectories: number;
}

/**
 * Morris measures from `y`, the model values in the design's run order (r trajectories of k + 1
 * points). A trajectory with a non-finite value is left out; throws when none remains.
 */
export function morrisIndices(y: ArrayLike<number>, steps: MorrisSteps, o: BootstrapOptions = {}): MorrisIndices {
  const k = steps.parameters;
  const r = y.length / (k + 1);
  if (k < 1 || !Number.isInteger(r) || steps.factor.length !== r * k || steps.delta.length !== r * k) {
    throw new Error(`morris indices: ${y.length} values do not make trajectories of ${k + 1} points matching ${steps.factor.length} steps`);
  }
  const effects = new Float64Array(r * k); // effects[t·k + i]: parameter i's effect on trajectory t
  const kept: number[] = [];
  for (let t = 0; t < r; t++) {
    let ok = true;
    for (let s = 0; s < k; s++) {
      const before = y[t * (k + 1) + s];
      const after = y[t * (k + 1) + s + 1];
      effects[t * k + steps.factor[t * k + s]] = (after - before) / steps.delta[t * k + s];
      ok &&= Number.isFinite(before) && Number.isFinite(after);
    }
    if (ok) kept.push(t);
  }
  if (kept.length === 0) throw new Error("morris indices: no trajectory has a value at every point");
  const measures = (pick: Int32Array | null, what: "abs" | "mean" | "sd"): Float64Array => {
    const n = kept.length;
    const out = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let m = 0; m < n; m++) {
        const e = effects[kept[pick === null ? m : pick[m]] * k + i];
        sum += what === "abs" ? Math.abs(e) : e;
      }
      out[i] = sum / n;
      if (what === "sd") {
        let ss = 0;
        for (let m = 0; m < n; m++) ss += (effects[kept[m] * k + i] - out[i]) ** 2;
        out[i] = n > 1 ? Math.sqrt(ss / (n - 1)) : NaN;
      }
    }
    return out;
  };
  return {
    muStar: bootstrapIntervals(kept.length, (pick) => measures(pick, "abs"), o),
    mu: Array.from(measures(null, "mean")),
    sigma: Array.from(measures(null, "sd")),
    trajectories: kept.length
  };
}
