/**
 * Who hears whom in averaging dialogue: attendee j is within ε of attendee b when
 *   d2 = Σ_c (y_jc − y_bc)² ≤ ε²·g,
 * the squares added over the agenda in order (y: the snapshot, a × g). Three ways to the same
 * sets, each listing b's neighbours in ascending order, so that the sums over them are the ones
 * the plain scan gives, bit for bit:
 * - `everyoneWithin`: the attendees' bounding box is within ε, so every pair is (O(a·g));
 * - `pairTable` (pairTable.ts): each pair tested once (the test is symmetric: y_j − y_b is
 *   exactly −(y_b − y_j)), the answers kept as bits, a row read back in order (a²/2 tests, not a²);
 * - `scanNeighbours`: every j tested for one b (when the table would be too large).
 * Floating-point addition of non-negative terms never decreases, so a pair whose partial sum
 * already exceeds the limit is out, whether the test stops there or adds the rest.
 */

/** Whether the squared distance between attendees b and j (rows of `snap`, g wide) is within `limit`. */
export function within(snap: Float64Array, g: number, b: number, j: number, limit: number): boolean {
  let d2 = 0;
  for (let c = 0; c < g && d2 <= limit; c++) {
    const diff = snap[j * g + c] - snap[b * g + c];
    d2 += diff * diff;
  }
  return d2 <= limit;
}

/**
 * Whether every pair of the `a` attendees is within `limit`: the squared sides of their bounding
 * box, added in agenda order, are. Each |y_jc − y_bc| as computed is at most the side as
 * computed (rounding is monotone), so each pair's d2 is at most the box's.
 */
export function everyoneWithin(snap: Float64Array, a: number, g: number, limit: number): boolean {
  let box = 0;
  for (let c = 0; c < g; c++) {
    let lo = snap[c];
    let hi = lo;
    for (let b = 1; b < a; b++) {
      const v = snap[b * g + c];
      if (v < lo) lo = v;
      else if (v > hi) hi = v;
      else if (v !== v) return false; // NaN: leave it to the pairwise tests
    }
    box += (hi - lo) * (hi - lo);
  }
  return box <= limit; // false when the first row holds a NaN: the box is then NaN
}

/** The attendees within `limit` of b into `near`, ascending; returns the count. */
export function scanNeighbours(snap: Float64Array, a: number, g: number, limit: number, b: number, near: Int32Array): number {
  let count = 0;
  for (let j = 0; j < a; j++) if (within(snap, g, b, j, limit)) near[count++] = j;
  return count;
}

/**
 * out[at + k] = Σ_c q_c·(y_{near[c],k} − y_{b,k}) for each topic k (no y_b subtracted when b is
 * −1), each sum over c in order, as `out[at + k] += …` in a loop over c would give it; four
 * topics at a time, in locals, so that the four sums run side by side. An agenda of fewer than
 * four topics (or the last topics of a longer one) takes one pass too: the lanes past the last
 * topic repeat the block's first and are not stored, so no topic's sum changes.
 *
 * With a trust matrix `trust` (N×N), each q_c is first multiplied by T_ij, j = ids[near[c]] (by 1
 * for j = self), i.e. by `trustScale` at τ = 1 from row `row` = i·N: the product is the one
 * the general path would store in the shares, made where it is used instead of stored and read
 * back (half the time of a pair in world-2004).
 */
export function neighbourSums(snap: Float64Array, g: number, b: number, near: Int32Array, count: number, q: Float64Array, out: Float64Array, at: number, trust: Float64Array | null = null, row = 0, ids: Int32Array = near, self = -1): void {
  for (let k = 0; k < g; k += 4) {
    const o1 = k + 1 < g ? 1 : 0;
    const o2 = k + 2 < g ? 2 : 0;
    const o3 = k + 3 < g ? 3 : 0;
    const mine = b * g + k;
    const y0 = b < 0 ? 0 : snap[mine];
    const y1 = b < 0 ? 0 : snap[mine + o1];
    const y2 = b < 0 ? 0 : snap[mine + o2];
    const y3 = b < 0 ? 0 : snap[mine + o3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let c = 0; c < count; c++) {
      const from = near[c] * g + k;
      const qc = trust === null ? q[c] : q[c] * (ids[near[c]] === self ? 1 : trust[row + ids[near[c]]]);
      s0 += qc * (snap[from] - y0);
      s1 += qc * (snap[from + o1] - y1);
      s2 += qc * (snap[from + o2] - y2);
      s3 += qc * (snap[from + o3] - y3);
    }
    out[at + k] = s0;
    if (o1 !== 0) out[at + k + 1] = s1;
    if (o2 !== 0) out[at + k + 2] = s2;
    if (o3 !== 0) out[at + k + 3] = s3;
  }
}

/**
 * out[at + k] = Σ_c y_{near[c],k} for each topic k, each sum over c in order: what
 * `neighbourSums` gives with b = −1 and every q_c = 1 (1·(y − 0) is y to the bit), without the
 * products; eight topics at a time, in locals, so that eight sums run side by side.
 */
export function neighbourTotals(snap: Float64Array, g: number, near: Int32Array, count: number, out: Float64Array, at: number): void {
  let k = 0;
  for (; k + 8 <= g; k += 8) {
    let [s0, s1, s2, s3, s4, s5, s6, s7] = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let c = 0; c < count; c++) {
      const from = near[c] * g + k;
      s0 += snap[from];
      s1 += snap[from + 1];
      s2 += snap[from + 2];
      s3 += snap[from + 3];
      s4 += snap[from + 4];
      s5 += snap[from + 5];
      s6 += snap[from + 6];
      s7 += snap[from + 7];
    }
    out[at + k] = s0;
    out[at + k + 1] = s1;
    out[at + k + 2] = s2;
    out[at + k + 3] = s3;
    out[at + k + 4] = s4;
    out[at + k + 5] = s5;
    out[at + k + 6] = s6;
    out[at + k + 7] = s7;
  }
  for (; k < g; k++) {
    let sum = 0;
    for (let c = 0; c < count; c++) sum += snap[near[c] * g + k];
    out[at + k] = sum;
  }
}
