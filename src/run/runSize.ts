/**
 * How big a run is before it runs: the memory its arrays take, the size of its timeseries.csv,
 * and its work (elementary steps: one distance term or update of one state on one dimension),
 * estimated from the scenario alone, so that a run too big for a laptop is refused before it
 * starts and a big one is announced. Upper bounds where the model's paths differ (bounded
 * confidence may skip pairs). Pure: no `node:` imports.
 */
import type {Scenario} from "../scenario/schema.js";

/** The estimate of one run. */
export interface RunSize {
  states: number;
  dimensions: number;
  /** Ticks recorded: tick 0, every `metrics.every`-th, the last. */
  recorded: number;
  /** Values recorded per recorded tick (each group's metrics). */
  valuesPerTick: number;
  /** Bytes of memory: the state arrays, the trust matrix (N² when trust can change), the recorded series. */
  memoryBytes: number;
  /** Bytes of `timeseries.csv`. */
  timeseriesBytes: number;
  /** Elementary steps of the whole run: mechanisms per tick and metrics per recorded tick. */
  work: number;
}

/** Options of {@link runSize}: what the run records (as `simulate`'s options). */
export interface RunSizeOptions {
  ticks?: number;
  /** false: group `all` only (sweeps, replicates after the first). Default: the scenario's `metrics.groups`. */
  groups?: boolean;
  /** Metrics kept (default: all of them). */
  metrics?: readonly string[];
}

/** Bytes of one line of timeseries.csv, about (tick, year, group, metric, value). */
export const timeseriesLineBytes = 64;

/** Metrics that compare every pair of a group's states (spread and clusters: O(m²·D) per recorded tick). */
const pairwiseMetrics = ["spread", "clusters", "majorClusters"];

/** Estimates the run of `s` (see {@link RunSize}). */
export function runSize(s: Scenario, o: RunSizeOptions = {}): RunSize {
  const ticks = o.ticks ?? s.ticks;
  const n = s.states?.length ?? s.generate?.count ?? 0;
  const d = s.dimensions.length;
  const recorded = Math.floor(ticks / s.metrics.every) + 2;
  const sizes = groupSizes(s, n, o.groups ?? s.metrics.groups);
  const hasStandard = s.dimensions.some((dim) => dim.standard !== undefined);
  const perGroup = 5 + (hasStandard ? 1 : 0) + 2 * d;
  const kept = (count: number) => (o.metrics === undefined ? count : Math.min(count, o.metrics.length + 1));
  const valuesPerTick = sizes.reduce((sum, _, g) => sum + kept(perGroup + (g === 0 ? 5 : 0)), 0);
  const trust = trustMatrix(s);
  const pairwise = o.metrics === undefined || o.metrics.some((m) => pairwiseMetrics.includes(m));
  const metricWork = sizes.reduce((sum, m) => sum + m * d + (pairwise ? 2 * m * m * d : 0), 0);
  const tickWork = n * d + (trust ? n * n : 0) + meetingWork(s, n, d, trust);
  return {
    states: n, dimensions: d, recorded, valuesPerTick,
    memoryBytes: 8 * (12 * n * d + (trust ? n * n : 0) + recorded * valuesPerTick),
    timeseriesBytes: recorded * valuesPerTick * timeseriesLineBytes,
    work: ticks * tickWork + recorded * metricWork
  };
}

/** Whether the run keeps an N×N trust matrix (trust can grow, or differs by region). */
function trustMatrix(s: Scenario): boolean {
  const t = s.dynamics.trust;
  return t.gain > 0 || (t.sameRegion ?? t.initial) !== (t.otherRegion ?? t.initial);
}

/** States in each recorded group: all, each region (when more than one), each process. */
function groupSizes(s: Scenario, n: number, byGroup: boolean): number[] {
  if (!byGroup) return [n];
  const regions = new Map<string, number>();
  if (s.states) for (const st of s.states) regions.set(st.region, (regions.get(st.region) ?? 0) + 1);
  else if (s.generate) for (const r of s.generate.regions) regions.set(r, Math.ceil(n / s.generate.regions.length));
  const regional = regions.size > 1 ? [...regions.values()] : [];
  return [n, ...regional, ...s.processes.map((p) => count(p.members, n))];
}

/** Per tick, the meetings' work: each process meets every `meetEvery` ticks, its attendees heard pairwise or in pairs drawn. */
function meetingWork(s: Scenario, n: number, d: number, trust: boolean): number {
  const dialogue = s.dynamics.dialogue;
  let work = 0;
  for (const p of s.processes) {
    const a = Math.min(n, count(p.members, n) + count(p.observers, n));
    const heard = dialogue.mode === "pairwise" ? dialogue.encounters * a * d : a * a * d;
    work += (heard + (trust ? a * a : 0) + n * d) / p.meetEvery;
  }
  return work;
}

/** States a membership list names (`*`: all of them). */
function count(list: readonly string[], n: number): number {
  return list.includes("*") ? n : list.length;
}
