/**
 * Attendees in order of a value: `order[0..count)` a permutation sorted by (value, index), which
 * is a total order, so that every way of sorting gives the same permutation, and `sorted[k]` =
 * `values[order[k]]`. `sortByValue` starts from the order the last call left (positions keep
 * their order from one tick to the next) and repairs it by insertion sort, or sorts from scratch
 * when the count changed or the repair moves too much: into buckets by value, then the same
 * repair, or, for values too unevenly spread for that, a merge sort. Both sort by value alone,
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
    const fresh = o.ordered !== count;
    if (fresh) for (let k = 0; k < count; k++) o.order[k] = k;
    o.ordered = count;
    if (!buckets(o, values, count, fresh) || !repair(o, values, count, 8 * count)) {
      for (let k = 0; k < count; k++) o.sorted[k] = values[o.order[k]];
      mergeSort(o, count);
    }
  }
  if (ties) tiesByIndex(o, values, count);
}

/**
 * Puts `o.order` in order of buckets of equal width between the least and the greatest value
 * (a counting sort, stable), which leaves values spread evenly nearly sorted for `repair`: a
 * bucket's index never decreases as the value grows (each operation below rounds monotonically).
 * Returns false, changing nothing, when the values have no finite spread. `identity`: the order
 * is 0, 1, 2, … (else it is copied first).
 */
function buckets(o: OrderBuffers, values: Float64Array, count: number, identity: boolean): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < count; k++) {
    const v = values[k];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v !== v) return false;
  }
  const scale = (count - 1) / (hi - lo);
  if (!(scale > 0 && scale < Infinity) || count < 32) return false;
  const {order, spare: starts} = o;
  const bucket = (v: number) => Math.min(count - 1, Math.floor((v - lo) * scale));
  starts.fill(0, 0, count);
  for (let k = 0; k < count; k++) starts[bucket(values[k])]++;
  for (let b = 0, at = 0; b < count; b++) {
    const size = starts[b];
    starts[b] = at;
    at += size;
  }
  const from = identity ? null : order.slice(0, count);
  for (let k = 0; k < count; k++) {
    const p = from === null ? k : from[k];
    order[starts[bucket(values[p])]++] = p;
  }
  return true;
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

/** Puts each run of equal values in index order (a numeric sort of that stretch of `order`; −0 and +0 are equal). */
function tiesByIndex(o: OrderBuffers, values: Float64Array, count: number): void {
  const {order, sorted} = o;
  let start = 0;
  let inOrder = true;
  for (let k = 1; k <= count; k++) {
    if (k < count && sorted[k] === sorted[k - 1]) {
      if (order[k] < order[k - 1]) inOrder = false;
      continue;
    }
    if (!inOrder) {
      order.subarray(start, k).sort();
      for (let q = start; q < k; q++) sorted[q] = values[order[q]];
    }
    start = k;
    inOrder = true;
  }
}
