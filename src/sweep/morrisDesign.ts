/**
 * The `morris` design (Morris 1991), for elementary effects: r trajectories on a p-level grid
 * {0, 1/(p−1), ..., 1} of the unit cube, each of k + 1 points where one parameter at a time moves
 * by ±Δ, Δ = p / (2(p−1)). A trajectory starts at a random grid point x* with every coordinate
 * at most 1 − Δ, takes a random direction per parameter (start at x*_i and step up, or at
 * x*_i + Δ and step down) and a random order of the parameters. With `candidates`, that many
 * trajectories are drawn and r chosen by Campolongo et al.'s (2007) spread criterion, greedily:
 * the farthest pair first, then each time the candidate that adds most to the sum of squared
 * trajectory distances. Draws come from an alea stream seeded by the sweep seed alone.
 */
import {alea, type Random} from "../model/random.js";
import type {MorrisSteps} from "../analysis/morrisIndices.js";

/** The unit design and its steps. */
export interface MorrisPlan extends MorrisSteps {
  /** `u[i][p]`: parameter i at design point p (trajectory t holds points t·(k+1) .. t·(k+1)+k). */
  u: Float64Array[];
}

/** Options of {@link morrisUnit}. */
export interface MorrisOptions {
  /** Grid levels p, even, at least 2. Default 4. */
  levels?: number;
  /** Candidate trajectories for Campolongo's selection (more than r); default none. */
  candidates?: number;
}

/** r Morris trajectories over k parameters, deterministic from `seed`. */
export function morrisUnit(trajectories: number, parameters: number, seed: number, o: MorrisOptions = {}): MorrisPlan {
  const p = o.levels ?? 4;
  if (!Number.isInteger(p) || p < 2 || p % 2 !== 0) throw new Error(`morris design: levels must be an even whole number ≥ 2, got ${p}`);
  const k = parameters;
  const random = alea(`rcmp-morris:${seed}`);
  const drawn = Array.from({length: Math.max(trajectories, o.candidates ?? 0)}, () => trajectory(k, p, random));
  const chosen = o.candidates !== undefined && o.candidates > trajectories ? spreadSelection(drawn, trajectories) : drawn.map((_, t) => t);
  const u = Array.from({length: k}, () => new Float64Array(trajectories * (k + 1)));
  const factor = new Int32Array(trajectories * k);
  const delta = new Float64Array(trajectories * k);
  chosen.forEach((c, t) => {
    const tr = drawn[c];
    for (let s = 0; s <= k; s++) for (let i = 0; i < k; i++) u[i][t * (k + 1) + s] = tr.points[s * k + i];
    factor.set(tr.factor, t * k);
    delta.set(tr.delta, t * k);
  });
  return {parameters: k, u, factor, delta};
}

interface Trajectory {
  /** (k+1)·k coordinates, point-major. */
  points: Float64Array;
  factor: Int32Array;
  delta: Float64Array;
}

/** One trajectory: draws k start levels, k directions, then a shuffle of the k parameters. */
function trajectory(k: number, p: number, random: Random): Trajectory {
  const step = p / (2 * (p - 1));
  const startLevels = p / 2; // levels 0 .. p/2 − 1 leave room for a step of Δ = (p/2) grid steps
  const x = new Float64Array(k);
  const up = new Uint8Array(k);
  for (let i = 0; i < k; i++) x[i] = Math.floor(random() * startLevels) / (p - 1);
  for (let i = 0; i < k; i++) up[i] = random() < 0.5 ? 1 : 0;
  const order = Int32Array.from({length: k}, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const points = new Float64Array((k + 1) * k);
  const current = x.map((v, i) => (up[i] ? v : gridValue(v + step, p)));
  points.set(current, 0);
  const factor = new Int32Array(k);
  const delta = new Float64Array(k);
  for (let s = 0; s < k; s++) {
    const i = order[s];
    current[i] = up[i] ? gridValue(x[i] + step, p) : x[i];
    factor[s] = i;
    delta[s] = up[i] ? step : -step;
    points.set(current, (s + 1) * k);
  }
  return {points, factor, delta};
}

/** `v` snapped to the nearest level m/(p−1), so that grid values are exact fractions. */
function gridValue(v: number, p: number): number {
  return Math.round(v * (p - 1)) / (p - 1);
}

/** Campolongo's distance between two trajectories: the sum of Euclidean distances between their points. */
function distance(a: Trajectory, b: Trajectory, k: number): number {
  let sum = 0;
  for (let s = 0; s <= k; s++) {
    for (let q = 0; q <= k; q++) {
      let d2 = 0;
      for (let i = 0; i < k; i++) d2 += (a.points[s * k + i] - b.points[q * k + i]) ** 2;
      sum += Math.sqrt(d2);
    }
  }
  return sum;
}

/** Indices of r of the candidates, chosen greedily for spread (lowest index wins ties), in the order chosen. */
function spreadSelection(candidates: readonly Trajectory[], r: number): number[] {
  const m = candidates.length;
  const k = candidates[0].factor.length;
  const d = Array.from({length: m}, (_, a) => Float64Array.from({length: m}, (_, b) => (a === b ? 0 : distance(candidates[a], candidates[b], k))));
  let best: [number, number] = [0, 1];
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (d[a][b] > d[best[0]][best[1]]) best = [a, b];
  const chosen = r === 1 ? [best[0]] : [...best];
  const gain = Float64Array.from({length: m}, (_, c) => chosen.reduce((s, x) => s + d[c][x] ** 2, 0));
  while (chosen.length < r) {
    let next = -1;
    for (let c = 0; c < m; c++) if (!chosen.includes(c) && (next < 0 || gain[c] > gain[next])) next = c;
    chosen.push(next);
    for (let c = 0; c < m; c++) gain[c] += d[c][next] ** 2;
  }
  return chosen;
}
