/**
 * Records the metrics of every group at chosen ticks into a column-wise Series.
 */
import type {World} from "../model/world.js";
import {yearOf} from "../scenario/resolve.js";
import type {Scenario} from "../scenario/schema.js";
import {groupsOf, type Group} from "./groups.js";
import {GroupTick, metricsFor, type Metric} from "./metricNames.js";
import type {Series} from "./series.js";

export interface RecordOptions {
  /** Keep only these metric names (all when absent); `dispersion` is always kept, for `convergedAt`. */
  metrics?: readonly string[];
  /** false: only the group `all`. */
  groups?: boolean;
}

export class Recorder {
  readonly series: Series;
  private readonly groups: Group[];
  private readonly metrics: Metric[][];
  private readonly calendar: Scenario["calendar"];
  private readonly options: Scenario["metrics"];

  /** Whether the options ask for `hegemonPull` (every metric is asked for when `metrics` is absent). */
  static wantsHegemonPull(o: RecordOptions): boolean {
    return o.metrics === undefined || o.metrics.includes("hegemonPull");
  }

  /** `twin`: the run with the hegemon's channels off, stepped by the caller in lockstep, for `hegemonPull`. */
  constructor(world: World, scenario: Scenario, capacity: number, o: RecordOptions = {}, private readonly twin?: World) {
    this.calendar = scenario.calendar;
    this.options = scenario.metrics;
    this.groups = groupsOf(world, o.groups ?? scenario.metrics.groups);
    const keep = o.metrics === undefined ? undefined : new Set(["dispersion", ...o.metrics]);
    this.metrics = Array.from(this.groups, (g) => metricsFor(world, g.name).filter((m) => keep === undefined || keep.has(m.name)));
    this.series = {
      ticks: [],
      years: [],
      groups: Array.from(this.groups, (g) => g.name),
      metrics: Array.from(this.metrics, (ms) => Array.from(ms, (m) => m.name)),
      values: Array.from(this.metrics, (ms) => Array.from(ms, () => new Float64Array(capacity)))
    };
  }

  /** Records the world's current tick. */
  record(world: World): void {
    const k = this.series.ticks.length;
    this.series.ticks.push(world.tick);
    this.series.years.push(yearOf(world.tick, this.calendar));
    this.groups.forEach((g, gi) => {
      const t = new GroupTick(world, g.states(world), this.options, this.twin);
      this.metrics[gi].forEach((m, mi) => {
        this.series.values[gi][mi][k] = m.value(t);
      });
    });
  }
}
