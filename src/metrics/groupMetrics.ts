/**
 * The metrics of one group of states at one tick.
 * - dispersion (σ-convergence): mean over dimensions of the population standard deviation;
 * - spread: mean pairwise distance (RMS over all dimensions; see spread.ts);
 * - toStandard (δ-convergence): mean distance to the standards (dimensions that have one);
 * - toHegemon: mean distance of the others to the hegemon's current position;
 * - clusters, majorClusters: single-linkage groups at `clusterGap`, and those holding at
 *   least `majorShare` of the group;
 * - mean.<dim>, sd.<dim>.
 * An empty group has no values (NaN, never written). Dispersion, the means, SDs and cluster
 * counts are read off `moments` and `clusterSizes` once per group and tick (see metricNames.ts).
 */
import type {World} from "../model/world.js";

export interface MetricOptions {
  clusterGap: number;
  majorShare: number;
}

/**
 * Per-dimension means and population SDs of a group. Each dimension's sums run over the states
 * in order, in a local (dimension by dimension, not state by state into an array: the same sums,
 * without a store and a load on every addition).
 */
export function moments(world: World, states: Int32Array): {mean: Float64Array; sd: Float64Array} {
  const {d, x} = world;
  const m = states.length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let k = 0; k < d; k++) {
    let sum = 0;
    for (let a = 0; a < m; a++) sum += x[states[a] * d + k];
    mean[k] = sum / m;
  }
  for (let k = 0; k < d; k++) {
    const mk = mean[k];
    let squares = 0;
    for (let a = 0; a < m; a++) {
      const diff = x[states[a] * d + k] - mk;
      squares += diff * diff;
    }
    sd[k] = Math.sqrt(squares / m);
  }
  return {mean, sd};
}

export function toStandard(world: World, states: Int32Array): number {
  if (states.length === 0) return NaN;
  const {d, x, standard, hasStandard} = world;
  let count = 0;
  for (let k = 0; k < d; k++) count += hasStandard[k];
  let total = 0;
  for (const i of states) {
    let d2 = 0;
    for (let k = 0; k < d; k++) if (hasStandard[k]) d2 += (x[i * d + k] - standard[k]) ** 2;
    total += Math.sqrt(d2 / count);
  }
  return total / states.length;
}

export function toHegemon(world: World, states: Int32Array): number {
  const {d, x, hegemon} = world;
  let total = 0;
  let count = 0;
  for (const i of states) {
    if (i === hegemon) continue;
    let d2 = 0;
    for (let k = 0; k < d; k++) d2 += (x[i * d + k] - x[hegemon * d + k]) ** 2;
    total += Math.sqrt(d2 / d);
    count++;
  }
  return count === 0 ? (states.length > 0 ? 0 : NaN) : total / count;
}
