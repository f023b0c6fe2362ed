/**
 * Single-linkage clusters: states are in one cluster when a chain of states joins them with
 * every link at most `gap` apart (distance: RMS over all dimensions). One dimension is sorted
 * and cut at gaps; more use union–find over all pairs.
 */

/** Sizes of the clusters of the given states (positions x, D per state). */
export function clusterSizes(x: Float64Array, d: number, states: ArrayLike<number>, gap: number): number[] {
  const m = states.length;
  if (m === 0) return [];
  if (d === 1) return sortedRuns(x, states, gap);
  const parent = Int32Array.from({length: m}, (_, a) => a);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const limit = gap * gap * d;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      let d2 = 0;
      for (let k = 0; k < d && d2 <= limit; k++) {
        const diff = x[states[a] * d + k] - x[states[b] * d + k];
        d2 += diff * diff;
      }
      if (d2 <= limit) {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[ra] = rb;
      }
    }
  }
  const sizes = new Map<number, number>();
  for (let a = 0; a < m; a++) sizes.set(find(a), (sizes.get(find(a)) ?? 0) + 1);
  return [...sizes.values()];
}

function sortedRuns(x: Float64Array, states: ArrayLike<number>, gap: number): number[] {
  const v = Float64Array.from(states, (i) => x[i]).sort();
  const sizes: number[] = [];
  let size = 1;
  for (let a = 1; a < v.length; a++) {
    if (v[a] - v[a - 1] > gap) {
      sizes.push(size);
      size = 1;
    } else size++;
  }
  sizes.push(size);
  return sizes;
}
