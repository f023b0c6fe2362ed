/**
 * The per-run summary: final values, when dispersion fell below the bar for good (and first),
 * β-convergence and the pull toward the hegemon. See `Summary` for each field.
 */
import type {World} from "../model/world.js";
import type {Scenario} from "../scenario/schema.js";
import type {Series} from "./series.js";
import type {Summary} from "./summary.js";

/** `stable`: the tick the run stopped at because nothing moved (`metrics.stopWhenStable`), else null. */
export function summarize(world: World, scenario: Scenario, series: Series, seed: number, stable: number | null = null): Summary {
  const final: Summary["final"] = {};
  const last = series.ticks.length - 1;
  series.groups.forEach((g, gi) => {
    final[g] = {};
    series.metrics[gi].forEach((m, mi) => {
      const v = series.values[gi][mi][last];
      if (Number.isFinite(v)) final[g][m] = v;
    });
  });
  return {
    scenario: scenario.id,
    seed,
    ticks: world.tick,
    final,
    convergedAt: belowFrom(series, scenario.metrics.convergedBelow, "stays"),
    firstBelow: belowFrom(series, scenario.metrics.convergedBelow, "first"),
    stoppedStable: stable,
    beta: betaConvergence(world),
    hegemonPull: final.all?.hegemonPull ?? null,
    towardHegemonStart: towardHegemonStart(world),
    hegemon: world.stateIds[world.hegemon] ?? null,
    totals: {meetings: world.counts.totalMeetings, withheld: world.counts.totalWithheld},
    stages: Object.fromEntries(Array.from(world.processes, (p) => [p.id, p.stage]))
  };
}

/**
 * The first recorded tick at which dispersion (group all) is at or below `bar`: the first of
 * the ticks from which it stays there to the end (`stays`), or the first dip (`first`); null when
 * there is none (with `stays`: when the last recorded tick is above the bar).
 */
export function belowFrom(series: Series, bar: number, which: "stays" | "first"): number | null {
  const m = series.metrics[0].indexOf("dispersion");
  if (m < 0) return null;
  const v = series.values[0][m];
  const n = series.ticks.length;
  if (which === "first") {
    for (let k = 0; k < n; k++) if (v[k] <= bar) return series.ticks[k];
    return null;
  }
  let from: number | null = null;
  for (let k = n - 1; k >= 0 && v[k] <= bar; k--) from = series.ticks[k];
  return from;
}

/** OLS slope of x_T − x_0 on x_0 across states, per dimension (null where x_0 does not vary). */
export function betaConvergence(world: World): Summary["beta"] {
  const perDimension: Record<string, number | null> = {};
  let sum = 0;
  let count = 0;
  for (let k = 0; k < world.d; k++) {
    const slope = slopeOf(world, k);
    perDimension[world.dims[k]] = slope;
    if (slope !== null) {
      sum += slope;
      count++;
    }
  }
  return {perDimension, mean: count > 0 ? sum / count : null};
}

/** The OLS slope on dimension k (a plain loop: as a forEach callback V8 deoptimised it on every run). */
function slopeOf(world: World, k: number): number | null {
  const {n, d, x, x0} = world;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x0[i * d + k] / n;
    my += (x[i * d + k] - x0[i * d + k]) / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x0[i * d + k] - mx;
    sxy += dx * (x[i * d + k] - x0[i * d + k] - my);
    sxx += dx * dx;
  }
  return sxx > 1e-12 ? sxy / sxx : null;
}

/**
 * The projection of the mean's movement onto the line from the starting mean to the
 * hegemon's start, as a fraction of that distance: 0 = no move that way, 1 = the mean ended where
 * the hegemon began. Null when the hegemon started at the mean. It counts every mechanism's move
 * toward the hegemon's start (the facilitator's too); `hegemonPull` isolates the hegemon's channels.
 */
export function towardHegemonStart(world: World): number | null {
  const {n, d, x, x0, hegemon} = world;
  let dot = 0;
  let norm = 0;
  for (let k = 0; k < d; k++) {
    let m0 = 0;
    let m1 = 0;
    for (let i = 0; i < n; i++) {
      m0 += x0[i * d + k] / n;
      m1 += x[i * d + k] / n;
    }
    const toward = x0[hegemon * d + k] - m0;
    dot += (m1 - m0) * toward;
    norm += toward * toward;
  }
  return norm > 1e-12 ? dot / norm : null;
}
