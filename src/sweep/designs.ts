/**
 * Experimental designs: which combinations of parameter values a sweep runs.
 *
 * - `grid`: the cartesian product of every parameter's values, the first parameter varying
 *   slowest (like nested loops written in file order).
 * - `lhs`: a Latin hypercube of n points: each parameter's range is cut into n equal strata and
 *   every stratum holds exactly one point; the pairing of strata across parameters is random,
 *   from an alea stream seeded by the sweep seed alone.
 * - `sobol`: the first n points of a digitally shifted Sobol' sequence (see `sobol.ts`): more even
 *   in several dimensions at once than a Latin hypercube.
 * - `saltelli`: the A, B and AB_i matrices of Sobol' indices (`saltelliDesign.ts`).
 * - `morris`: r one-at-a-time trajectories for elementary effects (`morrisDesign.ts`).
 *
 * Each is looked up by name in `designs`.
 */
import seedrandom from "seedrandom";
import type {DesignName, ParameterSpec, ParameterValue} from "./sweepSchema.js";
import {sobolUnit} from "./sobol.js";
import {saltelliUnit} from "./saltelliDesign.js";
import {morrisUnit} from "./morrisDesign.js";

/** One swept parameter: discrete values, or a continuous range (lhs only). */
export type Axis =
  | {path: string; values: ParameterValue[]}
  | {path: string; from: number; to: number; integer: boolean};

/** The design matrix: `points[i][j]` is the value of `parameters[j]` at design point i. */
export interface Design {
  parameters: string[];
  points: ParameterValue[][];
}

/** `x` rounded to 12 significant digits, so that 0.1 + 0.2 steps read as 0.3. */
export function tidyNumber(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/**
 * `steps` evenly spaced values from `from` to `to` (both included; one step gives `from`),
 * rounded to 12 significant digits, or to integers (repeats dropped) when `integer`.
 */
export function steppedValues(from: number, to: number, steps: number, integer: boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    const x = steps === 1 ? from : k === steps - 1 ? to : from + ((to - from) * k) / (steps - 1);
    const v = integer ? Math.round(x) : tidyNumber(x);
    if (!integer || !out.includes(v)) out.push(v);
  }
  return out;
}

/** Turns a parameter as written into an axis; `integer` when the scenario field takes integers. */
export function axisFromSpec(path: string, spec: ParameterSpec, integer: boolean): Axis {
  if (Array.isArray(spec)) return {path, values: spec};
  if ("steps" in spec) return {path, values: steppedValues(spec.from, spec.to, spec.steps, integer)};
  return {path, from: spec.from, to: spec.to, integer};
}

/** Number of points of a grid over `axes` (ranges count as invalid: NaN). */
export function gridSize(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * ("values" in a ? a.values.length : NaN), 1);
}

/** Every combination of the axes' values, first axis slowest. Throws for a range axis. */
export function gridDesign(axes: readonly Axis[]): Design {
  const lists = axes.map((a) => {
    if (!("values" in a)) throw new Error(`grid design: parameter ${a.path} needs a list of values or steps`);
    return a.values;
  });
  const total = gridSize(axes);
  const points: ParameterValue[][] = [];
  for (let i = 0; i < total; i++) {
    const point: ParameterValue[] = new Array(lists.length);
    let rest = i;
    for (let j = lists.length - 1; j >= 0; j--) {
      point[j] = lists[j][rest % lists[j].length];
      rest = Math.floor(rest / lists[j].length);
    }
    points.push(point);
  }
  return {parameters: axes.map((a) => a.path), points};
}

/**
 * The unit Latin hypercube: `u[j][i]` in [stratum/n, (stratum+1)/n) for parameter j at point i,
 * each stratum used once per parameter. Draws, in order: per parameter a Fisher–Yates shuffle
 * of the strata, then one jitter per point.
 */
export function lhsUnit(samples: number, dimensions: number, seed: number): Float64Array[] {
  const random = seedrandom.alea(`rcmp-lhs:${seed}`);
  const out: Float64Array[] = [];
  for (let j = 0; j < dimensions; j++) {
    const strata = Int32Array.from({length: samples}, (_, i) => i);
    for (let i = samples - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [strata[i], strata[k]] = [strata[k], strata[i]];
    }
    const u = new Float64Array(samples);
    for (let i = 0; i < samples; i++) u[i] = (strata[i] + random()) / samples;
    out.push(u);
  }
  return out;
}

/** The value of an axis at unit position u in [0,1): a list picks `values[floor(u·len)]`. */
export function axisValue(axis: Axis, u: number): ParameterValue {
  if ("values" in axis) return axis.values[Math.min(axis.values.length - 1, Math.floor(u * axis.values.length))];
  const x = axis.from + u * (axis.to - axis.from);
  return axis.integer ? Math.round(x) : x;
}

/** A Latin hypercube of `samples` points over the axes, deterministic from `seed`. */
export function lhsDesign(axes: readonly Axis[], samples: number, seed: number): Design {
  return unitDesign(axes, lhsUnit(samples, axes.length, seed), samples);
}

/** The first `samples` points of a shifted Sobol' sequence over the axes, deterministic from `seed`. */
export function sobolDesign(axes: readonly Axis[], samples: number, seed: number): Design {
  return unitDesign(axes, sobolUnit(samples, axes.length, seed), samples);
}

/** A saltelli design of `samples` base rows over the axes (see `saltelliUnit`). */
export function saltelliDesign(axes: readonly Axis[], samples: number, seed: number, secondOrder = false): Design {
  const unit = saltelliUnit(samples, axes.length, seed, secondOrder);
  return unitDesign(axes, unit, unit[0]?.length ?? 0);
}

/** A morris design of `trajectories` trajectories over the axes (see `morrisUnit`). */
export function morrisDesign(axes: readonly Axis[], trajectories: number, seed: number, o: {levels?: number; candidates?: number} = {}): Design {
  return unitDesign(axes, morrisUnit(trajectories, axes.length, seed, o).u, trajectories * (axes.length + 1));
}

/** What a design takes from the sweep file besides the axes. */
export interface DesignOptions {
  /** lhs, sobol: points; saltelli: base rows N; morris: trajectories r. */
  samples: number;
  seed: number;
  /** saltelli: also the BA matrices, for second-order indices. Default false. */
  secondOrder?: boolean;
  /** morris: grid levels. Default 4. */
  levels?: number;
  /** morris: candidate trajectories for Campolongo's selection. Default none. */
  candidates?: number;
}

/** A design strategy: what it is for, and how it makes its points. */
export interface DesignStrategy {
  description: string;
  /** Whether it takes `{from, to}` ranges (every design but grid). */
  sampled: boolean;
  build(axes: readonly Axis[], o: DesignOptions): Design;
}

/** The designs, by the name a sweep file gives in `design:`. */
export const designs: Record<DesignName, DesignStrategy> = {
  grid: {description: "every combination of the listed values", sampled: false, build: (axes) => gridDesign(axes)},
  lhs: {description: "a Latin hypercube of `samples` points", sampled: true, build: (axes, o) => lhsDesign(axes, o.samples, o.seed)},
  sobol: {description: "the first `samples` points of a shifted Sobol' sequence", sampled: true, build: (axes, o) => sobolDesign(axes, o.samples, o.seed)},
  saltelli: {
    description: "Sobol' indices: N = `samples` base rows, N·(k+2) points (N·(2k+2) with secondOrder)", sampled: true,
    build: (axes, o) => saltelliDesign(axes, o.samples, o.seed, o.secondOrder ?? false)
  },
  morris: {
    description: "elementary effects: r = `samples` trajectories of k+1 points on a `levels`-level grid", sampled: true,
    build: (axes, o) => morrisDesign(axes, o.samples, o.seed, {levels: o.levels, candidates: o.candidates})
  }
};

/** The design named `name`; throws `unknown design: <name> (expected one of ...)`. */
export function designNamed(name: string): DesignStrategy {
  const found = (designs as Record<string, DesignStrategy>)[name];
  if (found === undefined || !Object.hasOwn(designs, name)) throw new Error(`unknown design: ${name} (expected one of ${Object.keys(designs).join(", ")})`);
  return found;
}

function unitDesign(axes: readonly Axis[], unit: Float64Array[], samples: number): Design {
  const points: ParameterValue[][] = [];
  for (let i = 0; i < samples; i++) points.push(axes.map((a, j) => axisValue(a, unit[j][i])));
  return {parameters: axes.map((a) => a.path), points};
}
