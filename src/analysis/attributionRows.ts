/**
 * The table of an attribution: per metric, one row per player, one for the hegemon's channels
 * together (when any is a player), the sum of the players' values and the total effect
 * v(all) − v(none), with the mean over replicates, the 90% interval of that mean, the 5–95% range
 * over replicates, the Monte Carlo standard error of the mean (sampled orders only) and the share
 * of the total.
 */
import type {Player} from "./attributionPlayers.js";
import {halfWidth90, mean, quantile} from "./stats.js";

/** One row of the table. */
export interface AttributionRow {
  metric: string;
  /** A player's name, `hegemonic channels`, `sum of players` or `total effect`. */
  name: string;
  kind: "mechanism" | "channel" | "channels" | "sum" | "total";
  /** Mean over replicates. */
  mean: number;
  /** Half the width of the 90% interval of the mean over replicates (t interval). */
  ci90: number;
  /** 5th and 95th percentiles over replicates. */
  p05: number;
  p95: number;
  /** Monte Carlo standard error of the mean from sampling orders (0 when exact). */
  mcSe: number;
  /** mean / the mean total effect (NaN when the total is 0). */
  share: number;
}

/** What the rows are computed from (see `Attribution`). */
export interface AttributionParts {
  players: readonly Player[];
  metrics: readonly string[];
  phi: Float64Array[][];
  se: Float64Array[][];
  all: number[][];
  none: number[][];
}

/** The rows of every metric, in metric order. */
export function attributionRows(a: AttributionParts): AttributionRow[] {
  const replicates = a.phi.length;
  const channels = a.players.map((p, i) => (p.kind === "channel" ? i : -1)).filter((i) => i >= 0);
  return a.metrics.flatMap((metric, m) => {
    const total = Array.from({length: replicates}, (_, r) => a.all[r][m] - a.none[r][m]);
    const totalMean = mean(total);
    const row = (name: string, kind: AttributionRow["kind"], values: number[], ses: number[]): AttributionRow => {
      const mu = mean(values);
      return {
        metric, name, kind, mean: mu, ci90: halfWidth90(values), p05: quantile(values, 0.05), p95: quantile(values, 0.95),
        mcSe: Math.sqrt(ses.reduce((s, v) => s + v * v, 0)) / replicates, share: totalMean === 0 ? NaN : mu / totalMean
      };
    };
    const of = (indices: number[], what: Float64Array[][]) => Array.from({length: replicates}, (_, r) => indices.reduce((s, i) => s + what[r][m][i], 0));
    const rows = a.players.map((p, i) => row(p.name, p.kind, of([i], a.phi), of([i], a.se)));
    // the channels' (and all players') MC errors are not independent across players: their sum is bounded by adding the SEs
    const seSum = (indices: number[]) => Array.from({length: replicates}, (_, r) => indices.reduce((s, i) => s + a.se[r][m][i], 0));
    if (channels.length > 0) rows.push(row("hegemonic channels", "channels", of(channels, a.phi), seSum(channels)));
    const everyone = a.players.map((_, i) => i);
    rows.push(row("sum of players", "sum", of(everyone, a.phi), new Array<number>(replicates).fill(0)));
    rows.push(row("total effect", "total", total, new Array<number>(replicates).fill(0)));
    return rows;
  });
}

/** The largest gap over replicates and metrics between Σφ and v(all) − v(none) (efficiency: 0 up to rounding). */
export function efficiencyGap(a: AttributionParts): number {
  let gap = 0;
  a.phi.forEach((perMetric, r) =>
    perMetric.forEach((phi, m) => {
      gap = Math.max(gap, Math.abs(phi.reduce((s, v) => s + v, 0) - (a.all[r][m] - a.none[r][m])));
    })
  );
  return gap;
}
