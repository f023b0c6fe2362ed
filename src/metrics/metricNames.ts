/**
 * The metrics recorded for a group, by name, each computed from a per-tick context that
 * computes means, SDs and clusters once and shares them. In one dimension the group's values
 * are sorted once per tick, for both `spread` and the clusters.
 */
import type {World} from "../model/world.js";
import {meanTrust} from "../model/trust.js";
import {clusterSizes, sortedRuns} from "./clusters.js";
import {moments, toHegemon, toStandard, type MetricOptions} from "./groupMetrics.js";
import {pairwiseSpread, sortedSpread, sortedValues} from "./spread.js";
import {regionSpread} from "./regionSpread.js";
import {majorClusterCount} from "./clusterRule.js";
import {metricNames, type MetricShape} from "./names.js";

/** What one group's metrics see at one tick; computed parts are cached. */
export class GroupTick {
  private cachedMoments?: {mean: Float64Array; sd: Float64Array};
  private cachedSizes?: number[];
  private cachedRegions?: {within: number; between: number};
  private cachedSorted?: Float64Array;
  constructor(
    readonly world: World,
    readonly states: Int32Array,
    readonly options: MetricOptions,
    /** The twin run with the hegemon's channels off, stepped in lockstep (only when `hegemonPull` is recorded and a channel is on). */
    readonly twin?: World
  ) {}
  get moments() {
    return (this.cachedMoments ??= moments(this.world, this.states));
  }
  get regions() {
    return (this.cachedRegions ??= regionSpread(this.world));
  }
  /** The group's values sorted ascending (one dimension only). */
  get sorted() {
    return (this.cachedSorted ??= sortedValues(this.world.x, this.states));
  }
  get sizes() {
    const {x, d} = this.world;
    return (this.cachedSizes ??= d === 1 ? sortedRuns(this.sorted, this.options.clusterGap) : clusterSizes(x, d, this.states, this.options.clusterGap));
  }
  get spread() {
    const large = this.world.d === 1 && this.states.length > sortedSpreadFrom;
    return large ? sortedSpread(this.sorted) : pairwiseSpread(this.world.x, this.world.d, this.states);
  }
}

/**
 * Groups of one dimension larger than this take `spread` from sorted values (O(m log m)); smaller
 * ones pair by pair, as they always have, so that results of a given size never change in their
 * last bits (the two agree to a relative 1e-13; every built-in scenario has at most 1,000 states).
 */
export const sortedSpreadFrom = 2048;

export type Metric = {name: string; value: (t: GroupTick) => number};

const empty = (t: GroupTick) => t.states.length === 0;

function sum(xs: Float64Array): number {
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += xs[k];
  return s;
}

/** How each metric is computed, by name; `mean.<dim>` and `sd.<dim>` by the dimension's index. */
const definitions: Record<string, (t: GroupTick) => number> = {
  dispersion: (t) => (empty(t) ? NaN : sum(t.moments.sd) / t.world.d),
  spread: (t) => t.spread,
  toStandard: (t) => toStandard(t.world, t.states),
  toHegemon: (t) => toHegemon(t.world, t.states),
  clusters: (t) => (empty(t) ? NaN : t.sizes.length),
  majorClusters: (t) => (empty(t) ? NaN : majorClusterCount(t.sizes, t.states.length, t.options.majorShare)),
  hegemonPull: (t) => (empty(t) ? NaN : t.twin === undefined ? 0 : toHegemon(t.twin, t.states) - toHegemon(t.world, t.states)),
  withinRegion: (t) => t.regions.within,
  betweenRegion: (t) => t.regions.between,
  meanTrust: (t) => meanTrust(t.world, t.states),
  meetings: (t) => t.world.counts.meetings,
  withheld: (t) => t.world.counts.withheld
};

function definitionOf(world: World, name: string): (t: GroupTick) => number {
  const dim = name.match(/^(mean|sd)\.(.+)$/);
  if (dim !== null) {
    const k = world.dims.indexOf(dim[2]);
    return dim[1] === "mean" ? (t) => (empty(t) ? NaN : t.moments.mean[k]) : (t) => (empty(t) ? NaN : t.moments.sd[k]);
  }
  return definitions[name];
}

/** The shape of a world that its metric names depend on. */
export function metricShape(world: World): MetricShape {
  return {dims: world.dims, hasStandard: world.hasStandard.some((h) => h === 1)};
}

/** Every metric of a group, in output order (`metricNames`), each with how it is computed. */
export function metricsFor(world: World, group: string): Metric[] {
  return Array.from(metricNames(metricShape(world), group), (name) => ({name, value: definitionOf(world, name)}));
}
