/**
 * Sobol' sensitivity indices from the model values of a Saltelli design (see saltelliLayout):
 * first order by Saltelli et al. (2010), S_i = mean(f_B·(f_ABi − f_A)) / V; total order by
 * Jansen (1999), ST_i = mean((f_A − f_ABi)²) / (2V); second order by Saltelli (2002),
 * S_ij = mean(f_BAi·f_ABj − f_A·f_B) / V − S_i − S_j; V the variance of the 2N values of A and
 * B. Values are centred on the mean of A and B first. Intervals: percentile bootstrap over the
 * N base rows.
 */
import {bootstrapIntervals, type BootstrapOptions, type Estimate} from "./bootstrap.js";
import {saltelliBlock, saltelliOffsets, type SaltelliOffsets} from "./saltelliLayout.js";

/** Sobol' indices of k parameters. */
export interface SobolIndices {
  /** First-order indices, one per parameter. */
  first: Estimate[];
  /** Total-order indices, one per parameter. */
  total: Estimate[];
  /** Second-order indices `second[i][j]` for i < j (undefined elsewhere), when asked for. */
  second?: (Estimate | undefined)[][];
  /** Base rows used. */
  rows: number;
}

/** Options of {@link sobolIndices}. */
export interface SobolIndicesOptions extends BootstrapOptions {
  /** Number of parameters k. */
  parameters: number;
  /** Whether the design holds the BA matrices (N·(2k+2) values); default false. */
  secondOrder?: boolean;
}

/**
 * Sobol' indices from `y`, the model values in the run order of a Saltelli design of N base
 * rows (length N·(k+2), or N·(2k+2) with second order). A base row with a non-finite value is
 * left out. Throws when fewer than 2 rows remain.
 */
export function sobolIndices(y: ArrayLike<number>, o: SobolIndicesOptions): SobolIndices {
  const k = o.parameters;
  const second = o.secondOrder ?? false;
  const block = saltelliBlock(k, second);
  if (k < 1 || y.length % block !== 0) throw new Error(`sobol indices: ${y.length} values are not a whole number of blocks of ${block} (k = ${k}${second ? ", second order" : ""})`);
  const rows = completeRows(y, block);
  if (rows.length < 2) throw new Error(`sobol indices: ${rows.length} complete base row${rows.length === 1 ? "" : "s"} of ${y.length / block}; at least 2 are needed`);
  const at = saltelliOffsets(k, second);
  const pairs: [number, number][] = [];
  if (second) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const statistic = (pick: Int32Array | null) => estimatesOf(y, rows, pick, {k, block, at, pairs});
  const estimates = bootstrapIntervals(rows.length, statistic, o);
  const result: SobolIndices = {first: estimates.slice(0, k), total: estimates.slice(k, 2 * k), rows: rows.length};
  if (second) {
    result.second = Array.from({length: k}, () => new Array<Estimate | undefined>(k).fill(undefined));
    pairs.forEach(([i, j], p) => (result.second![i][j] = estimates[2 * k + p]));
  }
  return result;
}

/**
 * S1 (k values), ST (k values) and S2 (one per pair) from the base rows `rows` (all of them, or
 * those `pick` draws), values centred on the mean of A and B.
 */
function estimatesOf(y: ArrayLike<number>, rows: Int32Array, pick: Int32Array | null, layout: {k: number; block: number; at: SaltelliOffsets; pairs: [number, number][]}): Float64Array {
  const {k, block, at, pairs} = layout;
  const n = rows.length;
  const row = (r: number) => rows[pick === null ? r : pick[r]] * block;
  let mean = 0;
  for (let r = 0; r < n; r++) mean += y[row(r) + at.a] + y[row(r) + at.b];
  mean /= 2 * n;
  const v = (r: number, offset: number) => y[row(r) + offset] - mean;
  let variance = 0;
  for (let r = 0; r < n; r++) variance += v(r, at.a) ** 2 + v(r, at.b) ** 2;
  variance /= 2 * n;
  const out = new Float64Array(2 * k + pairs.length);
  for (let i = 0; i < k; i++) {
    let s1 = 0;
    let st = 0;
    for (let r = 0; r < n; r++) {
      const a = v(r, at.a);
      const ab = v(r, at.ab(i));
      s1 += v(r, at.b) * (ab - a);
      st += (a - ab) ** 2;
    }
    out[i] = s1 / n / variance;
    out[k + i] = st / (2 * n) / variance;
  }
  pairs.forEach(([i, j], p) => {
    let vij = 0;
    for (let r = 0; r < n; r++) vij += v(r, at.ba(i)) * v(r, at.ab(j)) - v(r, at.a) * v(r, at.b);
    out[2 * k + p] = vij / n / variance - out[i] - out[j];
  });
  return out;
}

/** Indices of the base rows whose values are all finite. */
function completeRows(y: ArrayLike<number>, block: number): Int32Array {
  const out: number[] = [];
  for (let r = 0; r < y.length / block; r++) {
    let ok = true;
    for (let c = 0; c < block && ok; c++) ok = Number.isFinite(y[r * block + c]);
    if (ok) out.push(r);
  }
  return Int32Array.from(out);
}
