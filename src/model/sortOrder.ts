/**
 * Attendees in order of a value: `order[0..count)` a permutation sorted by (value, index), which
 * is a total order, so that every way of sorting gives the same permutation, and `sorted[k]` =
 * `values[order[k]]`. `sortByValue` starts from the order the last call left (positions keep
 * their order from one tick to the next) and repairs it by insertion sort, or sorts from scratch
 * (merge sort) when the count changed or the repair moves too much. Both sort by value alone,
 * keeping ties in the order they had, then put each run of equal values in index order: states
 * that meet at one position (a cluster of Hegselmann–Krause) cost one pass, not a re-sort.
 */

/** The buffers of an order (each of length ≥ count): kept between calls in the world's scratch. */
export interface OrderBuffers {
  order: Int32Array;
  sorted: Float64Array;
  /** The count `order` is a permutation of (0 before any). */
  ordered: number;
  spare: Int32Array;
  spareSorted: Float64Array;
}

/**
 * Fills `o.order` and `o.sorted` with the first `count` values in (value, index) order; with
 * `ties` false, equal values may stay in the order they had instead (for a caller whose result
 * does not depend on the order of equal values).
 */
export function sortByValue(o: OrderBuffers, values: Float64Array, count: number, ties = true): void {
  if (o.ordered !== count || !repair(o, values, count, 4 * count)) {
    if (o.ordered !== count) for (let k = 0; k < count; k++) o.order[k] = k;
    o.ordered = count;
    for (let k = 0; k < count; k++) o.sorted[k] = values[o.order[k]];
    mergeSort(o, count);
  }
  if (ties) tiesByIndex(o, count);
}

/**
 * Takes the values in the last order and sorts them by insertion (stable), giving up once
 * entries have moved more than `budget` places in all (the order is then still a permutation).
 * Returns whether it finished.
 */
function repair(o: OrderBuffers, values: Float64Array, count: number, budget: number): boolean {
  const {order, sorted} = o;
  let moved = 0;
  for (let k = 0; k < count; k++) {
    const p = order[k];
    const v = values[p];
    let at = k;
    while (at > 0 && v < sorted[at - 1]) {
      sorted[at] = sorted[at - 1];
      order[at] = order[at - 1];
      at--;
    }
    sorted[at] = v;
    order[at] = p;
    moved += k - at;
    if (moved > budget) return false;
  }
  return true;
}

/** Sorts the pairs (sorted[k], order[k]), k < count, by value, stably: insertion sort of runs of 16, then bottom-up merges through the spare buffers. */
function mergeSort(o: OrderBuffers, count: number): void {
  const run = 16;
  for (let lo = 0; lo < count; lo += run) insertionSort(o.sorted, o.order, lo, Math.min(count, lo + run));
  let [fromV, fromP, toV, toP] = [o.sorted, o.order, o.spareSorted, o.spare];
  for (let width = run; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let p = lo;
      let q = mid;
      for (let k = lo; k < hi; k++) {
        const from = q >= hi || (p < mid && !(fromV[q] < fromV[p])) ? p++ : q++;
        toV[k] = fromV[from];
        toP[k] = fromP[from];
      }
    }
    [fromV, fromP, toV, toP] = [toV, toP, fromV, fromP];
  }
  if (fromV !== o.sorted) {
    o.sorted.set(fromV.subarray(0, count));
    o.order.set(fromP.subarray(0, count));
  }
}

function insertionSort(sorted: Float64Array, order: Int32Array, lo: number, hi: number): void {
  for (let k = lo + 1; k < hi; k++) {
    const v = sorted[k];
    const p = order[k];
    let at = k;
    while (at > lo && v < sorted[at - 1]) {
      sorted[at] = sorted[at - 1];
      order[at] = order[at - 1];
      at--;
    }
    sorted[at] = v;
    order[at] = p;
  }
}

/** Puts each run of equal values in index order (a numeric sort of that stretch of `order`). */
function tiesByIndex(o: OrderBuffers, count: number): void {
  const {order, sorted} = o;
  let start = 0;
  let inOrder = true;
  for (let k = 1; k <= count; k++) {
    if (k < count && sorted[k] === sorted[k - 1]) {
      if (order[k] < order[k - 1]) inOrder = false;
      continue;
    }
    if (!inOrder) order.subarray(start, k).sort();
    start = k;
    inOrder = true;
  }
}
