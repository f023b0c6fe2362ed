/**
 * Reference computations for the browser tests, written apart from the engine and from the
 * notebooks: a linear solver, Hegselmann–Krause dynamics and 1-D single-linkage clusters.
 */

/** Solves A x = b by Gaussian elimination with partial pivoting (A is n×n, not modified). */
export function solveLinear(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/**
 * Hegselmann–Krause in one dimension: every agent moves at once to the mean of all agents within
 * ε of it; stops after `ticks` steps or when no agent moves more than `stable` (0: never).
 */
export function hegselmannKrause(start: ArrayLike<number>, epsilon: number, ticks: number, stable: number): number[] {
  let x = Array.from(start);
  for (let t = 0; t < ticks; t++) {
    const next = x.map((xi) => {
      let sum = 0;
      let count = 0;
      for (const xj of x) {
        if (Math.abs(xj - xi) <= epsilon) {
          sum += xj;
          count++;
        }
      }
      return sum / count;
    });
    const moved = Math.max(...next.map((v, i) => Math.abs(v - x[i])));
    x = next;
    if (moved < stable) break;
  }
  return x;
}

/** Number of 1-D single-linkage clusters (links at most `gap`) and of those holding ≥ `share` of the agents. */
export function majorClusters(x: readonly number[], gap: number, share: number): {all: number; major: number} {
  const v = [...x].sort((p, q) => p - q);
  const sizes = [1];
  for (let k = 1; k < v.length; k++) {
    if (v[k] - v[k - 1] > gap) sizes.push(1);
    else sizes[sizes.length - 1]++;
  }
  return {all: sizes.length, major: sizes.filter((s) => s >= share * v.length).length};
}
