/**
 * Shapley values against closed forms: for v(S) = Σ_{i∈S} a_i + Σ_{pairs in S} b_ij +
 * Σ_{triples in S} c_ijk, each player gets φ_i = a_i + Σ_j b_ij / 2 + Σ c_ijk / 3 (an interaction
 * is shared equally by its members). Exact values match it; sampled orders match it within their
 * stated Monte Carlo error; both add up to v(all) − v(none).
 */
import {describe, expect, it} from "vitest";
import {shapleyPlan, shapleyValues} from "../../src/analysis/shapley.js";

/** A game with additive parts a, pairwise interactions b (upper triangle) and a few triples. */
function game(a: number[], b: number[][], triples: [number, number, number, number][] = []) {
  const n = a.length;
  const value = (s: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (!(s & (1 << i))) continue;
      v += a[i];
      for (let j = i + 1; j < n; j++) if (s & (1 << j)) v += b[i][j];
    }
    for (const [i, j, k, c] of triples) if (s & (1 << i) && s & (1 << j) && s & (1 << k)) v += c;
    return v;
  };
  const phi = a.map((ai, i) => ai + b.reduce((s, row, k) => s + (k < i ? row[i] : k > i ? b[i][k] : 0), 0) / 2 +
    triples.reduce((s, [x, y, z, c]) => s + (x === i || y === i || z === i ? c / 3 : 0), 0));
  return {value, phi};
}

const a = [0.3, -0.2, 0.05, 0.1, -0.4, 0.25, 0.0, 0.15, -0.05, 0.2, 0.12, -0.3];
const b = a.map((_, i) => a.map((__, j) => (j > i ? Math.sin(7 * i + 3 * j) / 5 : 0)));

describe("Shapley values", () => {
  it("are exact for up to exactUpTo players", () => {
    const n = 6;
    const g = game(a.slice(0, n), b.slice(0, n).map((row) => row.slice(0, n)));
    const plan = shapleyPlan(n);
    expect(plan.method).toBe("exact");
    expect(plan.coalitions).toHaveLength(64);
    const {phi, se} = shapleyValues(plan, g.value);
    phi.forEach((p, i) => expect(p).toBeCloseTo(g.phi[i], 12));
    expect([...se]).toEqual(new Array(n).fill(0));
  });

  it("gives an additive game's parts and a symmetric game equal shares", () => {
    const plan = shapleyPlan(4);
    const additive = shapleyValues(plan, (s) => [1, 2, 4, 8].reduce((v, w, i) => v + (s & (1 << i) ? w : 0), 0));
    expect([...additive.phi].map((v) => Number(v.toFixed(12)))).toEqual([1, 2, 4, 8]);
    const squared = shapleyValues(plan, (s) => {
      let k = 0;
      for (let x = s; x; x &= x - 1) k++;
      return k * k;
    });
    for (const v of squared.phi) expect(v).toBeCloseTo(4, 12); // v(N) = 16 shared by 4
  });

  it("samples orders beyond exactUpTo, within the stated error, adding up exactly", () => {
    const g = game(a, b, [[0, 3, 7, 0.3], [1, 2, 5, -0.25], [4, 8, 11, 0.2], [2, 6, 9, 0.15]]);
    const plan = shapleyPlan(12, {exactUpTo: 8, permutations: 400, seed: 3});
    expect(plan.method).toBe("permutations");
    expect(plan.permutations).toHaveLength(400);
    expect(plan.coalitions.length).toBeLessThan(4096);
    const {phi, se} = shapleyValues(plan, g.value);
    phi.forEach((p, i) => {
      // antithetic pairs are exact for parts of order 1 and 2; the triples leave an error
      const inTriple = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11].includes(i);
      if (inTriple) expect(se[i]).toBeGreaterThan(0);
      expect(Math.abs(p - g.phi[i])).toBeLessThan(4 * se[i] + 1e-12);
    });
    const sum = phi.reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(g.value(4095) - g.value(0), 10);
  });

  it("antithetic pairs are exact for a game of pairwise interactions", () => {
    const g = game(a, b);
    const {phi, se} = shapleyValues(shapleyPlan(12, {exactUpTo: 8, permutations: 10}), g.value);
    phi.forEach((p, i) => expect(p).toBeCloseTo(g.phi[i], 12));
    expect(Math.max(...se)).toBeLessThan(1e-6); // rounding in the variance only
  });

  it("refuses too many players", () => {
    expect(() => shapleyPlan(31)).toThrow(/invalid players: 31/);
  });
});
