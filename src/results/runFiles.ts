/**
 * The contents of a run's result files, as text: `timeseries.csv` (tidy rows; a group with no
 * states has no rows), `states.csv` (one row per state, in the scenario's order), `summary.json`, `scenario.yaml`
 * (the resolved scenario: rerunning it reproduces the run).
 */
import {stringify} from "yaml";
import {csvLine} from "./csv.js";
import {tidyRows, type Series} from "../metrics/series.js";
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";

export function timeseriesCsv(series: Series): string {
  const lines = [csvLine(["tick", "year", "group", "metric", "value"])];
  for (const r of tidyRows(series)) {
    if (Number.isNaN(r.value)) continue;
    lines.push(csvLine([r.tick, r.year, r.group, r.metric, r.value]));
  }
  return lines.join("");
}

export function statesCsv(result: RunResult): string {
  const w = result.world;
  const dimCols = (prefix: string) => w.dims.map((dim) => `${prefix}.${dim}`);
  const header = ["id", "name", "region", "power", "stubbornness", "openness", ...dimCols("ideal"), ...dimCols("initial"), ...dimCols("final")];
  const lines = [csvLine(header)];
  for (const i of w.fileOrder) {
    const row = (a: Float64Array) => Array.from(a.subarray(i * w.d, (i + 1) * w.d));
    lines.push(csvLine([w.stateIds[i], w.names[i], w.regions[w.regionOf[i]], w.power[i], w.stubbornness[i], w.openness[i], ...row(result.ideal0), ...row(w.x0), ...row(w.x)]));
  }
  return lines.join("");
}

export function summaryJson(result: RunResult): string {
  return `${JSON.stringify(result.summary, null, 2)}\n`;
}

/** The scenario as run, with the seed and ticks used and every default written out. */
export function resolvedScenarioYaml(s: Scenario, seed: number, ticks: number, header: string[]): string {
  const resolved = {...s, seed, ticks};
  const comments = header.map((h) => `# ${h}\n`).join("");
  return comments + stringify(resolved, {lineWidth: 0, aliasDuplicateObjects: false});
}
