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
 * in order, in a local, as a loop over the states adding into it gives them; four dimensions at
 * a time (`sumsOf`, `squaresOf`), so that four chains of additions run side by side: the same
 * additions in the same order per dimension, so the same bits, in about a quarter of the time
 * (one chain waits on each of its additions).
 */
export function moments(world: World, states: Int32Array): {mean: Float64Array; sd: Float64Array} {
  const {d, x} = world;
  const m = states.length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  sumsOf(x, d, states, null, mean);
  for (let k = 0; k < d; k++) mean[k] /= m;
  sumsOf(x, d, states, mean, sd);
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k] / m);
  return {mean, sd};
}

/**
 * out[k] = Σ_a x_{states[a],k} (`centre` null) or Σ_a (x_{states[a],k} − centre_k)², each over
 * a in order; four dimensions per pass over the states.
 */
function sumsOf(x: Float64Array, d: number, states: Int32Array, centre: Float64Array | null, out: Float64Array): void {
  if (d === 1) return oneSum(x, states, centre === null ? 0 : centre[0], centre !== null, out);
  for (let k = 0; k < d; k += 4) {
    // Lanes past the last dimension repeat lane 0 and are not stored: ⌈d/4⌉ passes, no remainder loop.
    const o1 = k + 1 < d ? 1 : 0;
    const o2 = k + 2 < d ? 2 : 0;
    const o3 = k + 3 < d ? 3 : 0;
    const c0 = centre === null ? 0 : centre[k];
    const c1 = centre === null ? 0 : centre[k + o1];
    const c2 = centre === null ? 0 : centre[k + o2];
    const c3 = centre === null ? 0 : centre[k + o3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let a = 0; a < states.length; a++) {
      const at = states[a] * d + k;
      const e0 = x[at] - c0; // x − 0 is x to the bit (−0 included)
      const e1 = x[at + o1] - c1;
      const e2 = x[at + o2] - c2;
      const e3 = x[at + o3] - c3;
      s0 += centre === null ? e0 : e0 * e0;
      s1 += centre === null ? e1 : e1 * e1;
      s2 += centre === null ? e2 : e2 * e2;
      s3 += centre === null ? e3 : e3 * e3;
    }
    out[k] = s0;
    if (o1 !== 0) out[k + 1] = s1;
    if (o2 !== 0) out[k + 2] = s2;
    if (o3 !== 0) out[k + 3] = s3;
  }
}

/** `sumsOf` in one dimension: one chain of additions, no lanes to fill. */
function oneSum(x: Float64Array, states: Int32Array, centre: number, squares: boolean, out: Float64Array): void {
  let s = 0;
  for (let a = 0; a < states.length; a++) {
    const e = x[states[a]] - centre;
    s += squares ? e * e : e;
  }
  out[0] = s;
}

/** δ-convergence: the mean over the group of each state's RMS distance to the standards, over the dimensions that have one (NaN for an empty group). */
export function toStandard(world: World, states: Int32Array): number {
  if (states.length === 0) return NaN;
  const {d, x, standard, hasStandard} = world;
  const withStandard = new Int32Array(d); // the dimensions that have one, ascending: the order of the sum
  let count = 0;
  for (let k = 0; k < d; k++) if (hasStandard[k]) withStandard[count++] = k;
  let total = 0;
  for (let a = 0; a < states.length; a++) {
    const at = states[a] * d;
    let d2 = 0;
    for (let c = 0; c < count; c++) {
      const e = x[at + withStandard[c]] - standard[withStandard[c]];
      d2 += e * e; // e ** 2, as it was: V8's pow returns e·e for an exponent of 2
    }
    total += Math.sqrt(d2 / count);
  }
  return total / states.length;
}

/**
 * The mean over the group's other states of their RMS distance to the hegemon's current position
 * (0 when the hegemon is alone, NaN for an empty group). Two states at a time, their squared
 * distances summed side by side (two chains of additions, not one), each over the dimensions in
 * order, and added to the total in the group's order: the same numbers as one state at a time.
 */
export function toHegemon(world: World, states: Int32Array): number {
  const {d, x, hegemon} = world;
  const h = hegemon * d;
  let total = 0;
  let count = 0;
  let a = 0;
  for (; a + 1 < states.length; a += 2) {
    const i = states[a] * d;
    const j = states[a + 1] * d;
    let di = 0;
    let dj = 0;
    for (let k = 0; k < d; k++) {
      const ei = x[i + k] - x[h + k];
      const ej = x[j + k] - x[h + k];
      di += ei * ei; // e ** 2, as it was: V8's pow returns e·e for an exponent of 2
      dj += ej * ej;
    }
    if (i !== h) total += Math.sqrt(di / d);
    if (j !== h) total += Math.sqrt(dj / d);
    count += +(i !== h) + +(j !== h);
  }
  if (a < states.length && states[a] !== hegemon) {
    let di = 0;
    for (let k = 0; k < d; k++) {
      const ei = x[states[a] * d + k] - x[h + k];
      di += ei * ei;
    }
    total += Math.sqrt(di / d);
    count++;
  }
  return count === 0 ? (states.length > 0 ? 0 : NaN) : total / count;
}
