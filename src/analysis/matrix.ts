/**
 * Small dense symmetric matrices (p×p, row-major Float64Array) for ABC-SMC's perturbation
 * kernels: Cholesky factors, with a ridge for matrices that are only semi-definite, and the
 * Gaussian log density they give.
 */

/** The lower Cholesky factor L (A = L·Lᵀ) of a p×p matrix, or undefined when A is not positive definite. */
export function cholesky(A: Float64Array, p: number): Float64Array | undefined {
  const L = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * p + j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      if (i === j) {
        if (!(s > 0)) return undefined;
        L[i * p + i] = Math.sqrt(s);
      } else L[i * p + j] = s / L[j * p + j];
    }
  }
  return L;
}

/**
 * The Cholesky factor of A, adding to its diagonal a ridge that starts at 1e-10 of its mean
 * diagonal (or 1e-12 for a zero matrix) and grows tenfold until A is positive definite: a
 * population whose particles agree on a parameter still gives a usable kernel.
 */
export function choleskyWithRidge(A: Float64Array, p: number): Float64Array {
  const exact = cholesky(A, p);
  if (exact !== undefined) return exact;
  let trace = 0;
  for (let i = 0; i < p; i++) trace += Math.abs(A[i * p + i]);
  let ridge = trace > 0 ? (1e-10 * trace) / p : 1e-12;
  for (;;) {
    const B = A.slice();
    for (let i = 0; i < p; i++) B[i * p + i] += ridge;
    const L = cholesky(B, p);
    if (L !== undefined) return L;
    ridge *= 10;
  }
}

/** x = L·z for lower-triangular L, added to `mean` into `out`. */
export function addLowerTimes(mean: Float64Array, L: Float64Array, z: Float64Array, out: Float64Array): void {
  const p = z.length;
  for (let i = 0; i < p; i++) {
    let s = mean[i];
    for (let k = 0; k <= i; k++) s += L[i * p + k] * z[k];
    out[i] = s;
  }
}

/** y = L⁻¹·x for lower-triangular L (forward substitution). */
export function lowerSolve(L: Float64Array, x: Float64Array): Float64Array {
  const p = x.length;
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = x[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * y[k];
    y[i] = s / L[i * p + i];
  }
  return y;
}

const scratch = {y: new Float64Array(0)};

/** ‖L⁻¹(x − m)‖², the squared Mahalanobis distance for covariance L·Lᵀ. */
export function mahalanobis2(x: Float64Array, m: Float64Array, L: Float64Array): number {
  const p = x.length;
  if (scratch.y.length !== p) scratch.y = new Float64Array(p);
  const y = scratch.y;
  let quad = 0;
  for (let i = 0; i < p; i++) {
    let s = x[i] - m[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * y[k];
    y[i] = s / L[i * p + i];
    quad += y[i] * y[i];
  }
  return quad;
}

/** The normalising term of log N(·; m, L·Lᵀ): −log|L| − (p/2) log 2π. */
export function gaussianLogConstant(L: Float64Array, p: number): number {
  let logDet = 0;
  for (let i = 0; i < p; i++) logDet += Math.log(L[i * p + i]);
  return -logDet - 0.5 * p * Math.log(2 * Math.PI);
}
