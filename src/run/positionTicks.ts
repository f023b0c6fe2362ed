/**
 * When to record the states' positions for a run's positions figure: a thinned list of the
 * ticks the metrics are recorded at, so that a long or large run keeps little.
 */
import type {Scenario} from "../scenario/schema.js";

/** Most positions a run keeps for its figure (states × dimensions × times): 32 MB. */
const maxPositionValues = 4_000_000;

/**
 * The ticks to record positions at for the positions figure: every recorded tick (tick 0, every
 * `metrics.every`, the last), thinned evenly to at most 200 times and to {@link maxPositionValues}
 * over all `replicates` (each replicate records them).
 */
export function positionTicks(s: Scenario, ticks: number, replicates = 1): number[] {
  const every = s.metrics.every;
  const count = Math.floor(ticks / every) + 1 + (ticks % every === 0 ? 0 : 1);
  const at = (k: number) => Math.min(ticks, k * every);
  const states = s.states?.length ?? s.generate?.count ?? 1;
  const most = Math.max(2, Math.min(200, Math.floor(maxPositionValues / (states * s.dimensions.length * replicates))));
  if (count <= most) return Array.from({length: count}, (_, k) => at(k));
  const step = (count - 1) / (most - 1);
  return [...new Set(Array.from({length: most}, (_, k) => at(Math.round(k * step))))];
}
