/**
 * The candidate pairs of a single-linkage clustering in D > 1, from a grid instead of all pairs.
 *
 * Two states can be linked only if they differ by at most `reach` (= gap·√D) on every
 * dimension. The grid has cells a little wider than `reach` on up to three dimensions (those on
 * which the group is widest); states whose cells are two or more apart on any of them differ by
 * more than `reach` there and cannot be linked, so only pairs in the same or neighbouring cells
 * are candidates. The states are sorted by their cell on the first grid dimension and each is
 * paired with those at most one cell further on, then filtered by the cells on the others.
 *
 * Cost: O(m log m) plus the pairs in neighbouring cells, against m²/2 pairs. With no dimension
 * wide enough to cut anything (a group inside one cell), every pair is a candidate, as before.
 * The buffers are kept between calls (a tick's groups would otherwise allocate a few each).
 */

/** Cells are this much wider than `reach`, so that rounding in the cell arithmetic never drops a pair within reach. */
const margin = 1 + 1e-6;
/** The most grid dimensions used. */
const maxAxes = 3;

/** What receives the candidate pairs. */
export interface PairVisitor {
  visit(a: number, b: number): void;
}

let cells = new Float64Array(0);
let keys = new Float64Array(0);
let order = new Int32Array(0);
const axes = new Int32Array(maxAxes);
const mins = new Float64Array(maxAxes);
const widths = new Float64Array(maxAxes);

/**
 * Calls `to.visit(a, b)` for every pair of places in `states` (a ≠ b, each pair once) that may
 * be within `reach` on every dimension.
 */
export function candidatePairs(x: Float64Array, d: number, states: Int32Array, reach: number, to: PairVisitor): void {
  const m = states.length;
  const cell = reach * margin;
  const g = gridAxes(x, d, states, cell);
  if (g === 0) {
    for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) to.visit(a, b);
    return;
  }
  if (cells.length < m * g) cells = new Float64Array(2 * m * g);
  if (keys.length < m) {
    keys = new Float64Array(2 * m);
    order = new Int32Array(2 * m);
  }
  for (let a = 0; a < m; a++) {
    for (let j = 0; j < g; j++) cells[a * g + j] = Math.floor((x[states[a] * d + axes[j]] - mins[j]) / cell);
    keys[a] = cells[a * g] * m + a;
  }
  const sorted = keys.subarray(0, m).sort();
  for (let p = 0; p < m; p++) order[p] = sorted[p] % m;
  for (let p = 0; p < m; p++) {
    const a = order[p];
    const last = cells[a * g] + 1;
    for (let q = p + 1; q < m; q++) {
      const b = order[q];
      if (cells[b * g] > last) break;
      let near = true;
      for (let j = 1; j < g && near; j++) near = Math.abs(cells[a * g + j] - cells[b * g + j]) <= 1;
      if (near) to.visit(a, b);
    }
  }
}

/**
 * Chooses the grid's dimensions into `axes` and their minima into `mins`: up to three, widest
 * first, each spanning more than two cells (a narrower one cuts nothing). Returns how many; 0
 * when none does, when the grid would be too fine for exact cell numbers, or when a position is
 * not finite (then every pair is a candidate, as in the definition).
 */
function gridAxes(x: Float64Array, d: number, states: Int32Array, cell: number): number {
  if (!(cell > 0)) return 0;
  const m = states.length;
  let g = 0;
  for (let k = 0; k < d; k++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let a = 0; a < m; a++) {
      const v = x[states[a] * d + k];
      if (v !== v) return 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const width = hi - lo;
    // cell numbers times m must stay exact integers in a double (the sort keys)
    if (!((width / cell + 2) * (m + 1) < 2 ** 52)) return 0;
    if (!(width > 2 * cell)) continue;
    // insert into the list of the widest, kept in decreasing order
    let j = Math.min(g, maxAxes - 1);
    if (g === maxAxes && width <= widths[j]) continue;
    for (; j > 0 && widths[j - 1] < width; j--) {
      widths[j] = widths[j - 1];
      axes[j] = axes[j - 1];
      mins[j] = mins[j - 1];
    }
    widths[j] = width;
    axes[j] = k;
    mins[j] = lo;
    g = Math.min(g + 1, maxAxes);
  }
  return g;
}
