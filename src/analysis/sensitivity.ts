/**
 * Sensitivity measures of one output over a saltelli or morris design, from the values of each
 * design point's replicates: the point means feed the estimators (Sobol' indices or Morris
 * elementary effects, `sobolIndices`, `morrisIndices`), and the spread within points gives the
 * seed's share of the variance (`seedShare`). Pure: the caller reads the files.
 */
import type {SensitivityRow} from "../plot/sensitivityRow.js";
import type {BootstrapOptions} from "./bootstrap.js";
import {morrisIndices, type MorrisSteps} from "./morrisIndices.js";
import {seedShare} from "./seedShare.js";
import {sobolIndices} from "./sobolIndices.js";

/** What the estimators need of a design: the method its points serve and their structure. */
export type SensitivityDesign =
  | {method: "sobol"; parameters: readonly string[]; secondOrder: boolean}
  | {method: "morris"; parameters: readonly string[]; steps: MorrisSteps};

/** The measures of one output, and how much of the design they rest on. */
export interface SensitivityResult {
  rows: SensitivityRow[];
  /** Base rows (sobol) or trajectories (morris) used, and in the design. */
  used: number;
  units: number;
  /** The seed's share of variance (NaN without replicates). */
  seedShare: number;
}

/** Where the values came from: the metric's name and, for curves, the tick and year. */
export interface ValueSource {
  metric: string;
  tick?: number | null;
  year?: number | null;
}

/**
 * The measures of `values[p]`, the finite replicate values at design point p (run order).
 * Points without a value leave their base row (or trajectory) out. Throws Error when too little
 * remains (the caller names the file).
 */
export function sensitivity(values: readonly (readonly number[])[], design: SensitivityDesign, source: ValueSource, o: BootstrapOptions = {}): SensitivityResult {
  const y = values.map((v) => (v.length === 0 ? NaN : v.reduce((s, x) => s + x, 0) / v.length));
  const base = {metric: source.metric, tick: source.tick ?? null, year: source.year ?? null};
  const row = (index: SensitivityRow["index"], parameter: string, e: {estimate: number; lo: number; hi: number}, other = ""): SensitivityRow =>
    ({...base, index, parameter, with: other, estimate: e.estimate, lo: e.lo, hi: e.hi});
  const share = seedShare(values);
  const rows: SensitivityRow[] = [];
  let used: number;
  let units: number;
  const names = design.parameters;
  if (design.method === "sobol") {
    const r = sobolIndices(y, {...o, parameters: names.length, secondOrder: design.secondOrder});
    names.forEach((p, i) => rows.push(row("S1", p, r.first[i]), row("ST", p, r.total[i])));
    r.second?.forEach((line, i) => line.forEach((e, j) => e && rows.push(row("S2", names[i], e, names[j]))));
    used = r.rows;
    units = y.length / (design.secondOrder ? 2 * names.length + 2 : names.length + 2);
  } else {
    const r = morrisIndices(y, design.steps, o);
    const plain = (estimate: number) => ({estimate, lo: NaN, hi: NaN});
    names.forEach((p, i) => rows.push(row("mu_star", p, r.muStar[i]), row("mu", p, plain(r.mu[i])), row("sigma", p, plain(r.sigma[i]))));
    used = r.trajectories;
    units = y.length / (names.length + 1);
  }
  rows.push(row("seed_share", "", {estimate: share, lo: NaN, hi: NaN}));
  return {rows, used, units, seedShare: share};
}
