/**
 * Single-linkage clusters: states are in one cluster when a chain of states joins them with
 * every link at most `gap` apart (distance: RMS over all dimensions, so a link needs
 * Σ_k (x_k − y_k)² ≤ gap²·D). Sizes are listed in the order each cluster first appears in the
 * group.
 *
 * - One dimension: the values sorted and cut where consecutive ones are more than `gap` apart
 *   (`sortedRuns`).
 * - More: union–find over candidate pairs, skipping a pair whose states are already joined.
 *   `allPairsClusterSizes` tries every pair (the definition); `clusterSizes` does the same for a
 *   small group and, from `gridFrom` states, tries only pairs in neighbouring cells of a grid
 *   (see clusterGrid.ts). Both decide a link by the same sum in the same order, so they give the
 *   same clusters exactly.
 */
import {candidatePairs, type PairVisitor} from "./clusterGrid.js";
import {sortedValues} from "./spread.js";

/** Groups smaller than this try all pairs: below it, building the grid costs more than it saves (measured at D = 7). */
export const gridFrom = 40;

/** Sizes of the clusters of the given states (positions x, D = d per state). */
export function clusterSizes(x: Float64Array, d: number, states: Int32Array, gap: number): number[] {
  if (states.length === 0) return [];
  if (d === 1) return sortedRuns(sortedValues(x, states), gap);
  if (states.length < gridFrom) return allPairsClusterSizes(x, d, states, gap);
  linker.reset(x, d, states, gap);
  candidatePairs(x, d, states, Math.sqrt(gap * gap * d), linker);
  return linker.sizes();
}

/** The same sizes, trying every pair of states: the definition, kept as the reference for tests. */
export function allPairsClusterSizes(x: Float64Array, d: number, states: Int32Array, gap: number): number[] {
  const m = states.length;
  if (m === 0) return [];
  linker.reset(x, d, states, gap);
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) linker.visit(a, b);
  return linker.sizes();
}

/** Cluster sizes of one-dimensional values sorted ascending. */
export function sortedRuns(sorted: Float64Array, gap: number): number[] {
  if (sorted.length === 0) return [];
  const sizes: number[] = [];
  let size = 1;
  for (let a = 1; a < sorted.length; a++) {
    if (sorted[a] - sorted[a - 1] > gap) {
      sizes.push(size);
      size = 1;
    } else size++;
  }
  sizes.push(size);
  return sizes;
}

/**
 * Union–find over one group's states (by their place in `states`), linking the pairs it is
 * shown that are within the gap. One instance serves every call, its buffers kept between them.
 */
class Linker implements PairVisitor {
  private parent = new Int32Array(0);
  private index = new Int32Array(0);
  private x: Float64Array = new Float64Array(0);
  private d = 1;
  private states: Int32Array = new Int32Array(0);
  private limit = 0;

  reset(x: Float64Array, d: number, states: Int32Array, gap: number): void {
    const m = states.length;
    if (this.parent.length < m) {
      this.parent = new Int32Array(2 * m);
      this.index = new Int32Array(2 * m);
    }
    for (let a = 0; a < m; a++) this.parent[a] = a;
    this.x = x;
    this.d = d;
    this.states = states;
    this.limit = gap * gap * d;
  }

  private find(a: number): number {
    const parent = this.parent;
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /** Joins a and b if they are not joined yet and Σ_k (x_ak − x_bk)² ≤ gap²·D. */
  visit(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const {x, d, limit} = this;
    const ia = this.states[a] * d;
    const ib = this.states[b] * d;
    let d2 = 0;
    for (let k = 0; k < d && d2 <= limit; k++) {
      const diff = x[ia + k] - x[ib + k];
      d2 += diff * diff;
    }
    if (d2 <= limit) this.parent[ra] = rb;
  }

  /** The sizes of the clusters, in the order each first appears. */
  sizes(): number[] {
    const m = this.states.length;
    const index = this.index.fill(-1, 0, m);
    const out: number[] = [];
    for (let a = 0; a < m; a++) {
      const r = this.find(a);
      if (index[r] < 0) {
        index[r] = out.length;
        out.push(0);
      }
      out[index[r]]++;
    }
    return out;
  }
}

const linker = new Linker();
