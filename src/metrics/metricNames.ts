/**
 * The metrics recorded for a group, by name, each computed from a per-tick context that
 * computes means, SDs and clusters once and shares them.
 */
import type {World} from "../model/world.js";
import {meanTrust} from "../model/trust.js";
import {clusterSizes} from "./clusters.js";
import {moments, spread, toHegemon, toStandard, type MetricOptions} from "./groupMetrics.js";
import {regionSpread} from "./regionSpread.js";

/** What one group's metrics see at one tick; computed parts are cached. */
export class GroupTick {
  private cachedMoments?: {mean: Float64Array; sd: Float64Array};
  private cachedSizes?: number[];
  private cachedRegions?: {within: number; between: number};
  constructor(
    readonly world: World,
    readonly states: Int32Array,
    readonly options: MetricOptions
  ) {}
  get moments() {
    return (this.cachedMoments ??= moments(this.world, this.states));
  }
  get regions() {
    return (this.cachedRegions ??= regionSpread(this.world));
  }
  get sizes() {
    return (this.cachedSizes ??= clusterSizes(this.world.x, this.world.d, this.states, this.options.clusterGap));
  }
}

export type Metric = {name: string; value: (t: GroupTick) => number};

const empty = (t: GroupTick) => t.states.length === 0;

function sum(xs: Float64Array): number {
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += xs[k];
  return s;
}

/** Every metric of a group, in output order. `all` gets the whole-population extras. */
export function metricsFor(world: World, group: string): Metric[] {
  const list: Metric[] = [
    {name: "dispersion", value: (t) => (empty(t) ? NaN : sum(t.moments.sd) / world.d)},
    {name: "spread", value: (t) => spread(t.world, t.states)}
  ];
  if (world.hasStandard.some((h) => h === 1)) list.push({name: "toStandard", value: (t) => toStandard(t.world, t.states)});
  list.push(
    {name: "toHegemon", value: (t) => toHegemon(t.world, t.states)},
    {name: "clusters", value: (t) => (empty(t) ? NaN : t.sizes.length)},
    {name: "majorClusters", value: (t) => (empty(t) ? NaN : t.sizes.filter((s) => s >= t.options.majorShare * t.states.length).length)}
  );
  world.dims.forEach((dim, k) => list.push({name: `mean.${dim}`, value: (t) => (empty(t) ? NaN : t.moments.mean[k])}));
  world.dims.forEach((dim, k) => list.push({name: `sd.${dim}`, value: (t) => (empty(t) ? NaN : t.moments.sd[k])}));
  if (group === "all") {
    list.push(
      {name: "withinRegion", value: (t) => t.regions.within},
      {name: "betweenRegion", value: (t) => t.regions.between},
      {name: "meanTrust", value: (t) => meanTrust(t.world, t.states)},
      {name: "meetings", value: (t) => t.world.counts.meetings},
      {name: "withheld", value: (t) => t.world.counts.withheld}
    );
  }
  return list;
}
