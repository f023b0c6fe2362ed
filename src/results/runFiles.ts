/**
 * The contents of a run's result files, as text: `timeseries.csv` (tidy rows; a group with no
 * states has no rows), `states.csv` (one row per state, in the scenario's order), `summary.json`, `scenario.yaml`
 * (the resolved scenario: rerunning it reproduces the run).
 */
import {stringify} from "yaml";
import {csvCell, csvLine} from "./csv.js";
import {timeseriesColumns} from "./layout.js";
import type {Series} from "../metrics/series.js";
import type {RunResult} from "../run/simulate.js";
import type {Scenario} from "../scenario/schema.js";

/**
 * The text of `timeseries.csv` in pieces (the header, then the lines of each recorded tick,
 * each line ending in a line break), so that a long run's file is written without building one
 * string of it.
 */
export function* timeseriesLines(series: Series): Generator<string> {
  yield csvLine(timeseriesColumns);
  // The rows of `tidyRows`, written as `csvLine` writes them, with the cells shared by many rows made once.
  const names = series.groups.map((group, g) => series.metrics[g].map((metric) => `${csvCell(group)},${csvCell(metric)},`));
  for (let k = 0; k < series.ticks.length; k++) {
    const lead = `${csvCell(series.ticks[k])},${csvCell(series.years[k])},`;
    let chunk = "";
    for (let g = 0; g < names.length; g++) {
      const values = series.values[g];
      for (let m = 0; m < names[g].length; m++) {
        const value = values[m][k];
        if (!Number.isNaN(value)) chunk += `${lead}${names[g][m]}${csvCell(value)}\n`;
      }
    }
    yield chunk;
  }
}

/** `timeseries.csv` as one string (see {@link timeseriesLines} for long runs). */
export function timeseriesCsv(series: Series): string {
  return [...timeseriesLines(series)].join("");
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
