/**
 * Test functions with known Sobol' indices, and their closed forms: Ishigami–Homma (1990) and
 * Sobol's g-function (Saltelli and Sobol' 1995). Inputs in unit coordinates are mapped here.
 */

/** Ishigami: sin x1 + a·sin² x2 + b·x3⁴·sin x1 over [−π, π]³. */
export function ishigami(a: number, b: number): (u: readonly number[]) => number {
  return ([u1, u2, u3]) => {
    const [x1, x2, x3] = [u1, u2, u3].map((u) => -Math.PI + 2 * Math.PI * u);
    return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
  };
}

/** The Ishigami function's first-, total- and second-order (1,3) indices. */
export function ishigamiIndices(a: number, b: number): {first: number[]; total: number[]; s13: number} {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = 0.5 + (b * pi4) / 5 + (b * b * pi8) / 50;
  const v2 = (a * a) / 8;
  const v13 = (8 * b * b * pi8) / 225;
  const v = v1 + v2 + v13;
  return {first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v], s13: v13 / v};
}

/** Sobol's g-function Π (|4u_i − 2| + a_i) / (1 + a_i) on [0, 1]^k. */
export function gFunction(a: readonly number[]): (u: readonly number[]) => number {
  return (u) => a.reduce((p, ai, i) => (p * (Math.abs(4 * u[i] - 2) + ai)) / (1 + ai), 1);
}

/** The g-function's indices: V_i = 1/(3(1+a_i)²), V = Π(1+V_i) − 1. */
export function gFunctionIndices(a: readonly number[]): {first: number[]; total: number[]; second: (i: number, j: number) => number} {
  const vi = a.map((x) => 1 / (3 * (1 + x) ** 2));
  const product = vi.reduce((p, v) => p * (1 + v), 1);
  const v = product - 1;
  return {
    first: vi.map((x) => x / v),
    total: vi.map((x) => (x * product) / (1 + x) / v),
    second: (i, j) => (vi[i] * vi[j]) / v
  };
}

/** `f` at every point of a unit design given as columns. */
export function evaluate(unit: readonly Float64Array[], f: (u: readonly number[]) => number): Float64Array {
  const n = unit[0].length;
  const y = new Float64Array(n);
  const point = new Array<number>(unit.length);
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < unit.length; i++) point[i] = unit[i][p];
    y[p] = f(point);
  }
  return y;
}
