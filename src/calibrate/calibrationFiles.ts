/**
 * The text of a calibration folder's files, and readers for the ones resuming and scoring need:
 * - `posterior.csv` and `populations/<g>.csv`: `particle,weight,<parameter paths...>,distance`;
 * - `generations.csv`: `generation,tolerance,particles,runs,acceptance,ess` (the wall time of
 *   each generation is in manifest.json, so that every other file depends on the inputs alone);
 * - `predictive.csv`: `year,state,dimension,mean,p05,p25,p50,p75,p95` (state `mean` or `spread`
 *   for the cross-state summaries, in `predictive-summaries.csv`);
 * - `predictive-sample.csv`: `draw,particle,year,state,<dimension ids...>`: every draw's
 *   positions, rounded to 6 decimals.
 * Numbers are written in their shortest round-trip form, so a population read back is exact.
 */
import {csvLine} from "../results/csv.js";
import {csvTable, numberCell} from "../results/csvTable.js";
import {InputError} from "../scenario/problems.js";
import type {Population} from "../analysis/abcSmc.js";
import {predictiveLevels, type PredictiveRow, type PredictiveSample} from "../analysis/predictive.js";

/** Columns of generations.csv. */
export const generationColumns = ["generation", "tolerance", "particles", "runs", "acceptance", "ess"];

/** One row of generations.csv. */
export interface GenerationRow {
  generation: number;
  /** Infinity (written empty) for generation 0. */
  tolerance: number;
  particles: number;
  runs: number;
  acceptance: number;
  ess: number;
  /** Wall seconds it took (kept in manifest.json's `generationSeconds`, not in generations.csv); NaN when not known. */
  seconds: number;
}

/** Header of a population file. */
export const populationColumns = (paths: readonly string[]): string[] => ["particle", "weight", ...paths, "distance"];

/** A population's text: one row per particle. */
export function populationCsv(p: Population, paths: readonly string[]): string {
  const lines = [csvLine(populationColumns(paths))];
  p.particles.forEach((theta, i) => lines.push(csvLine([i, p.weights[i], ...theta, p.distances[i]])));
  return lines.join("");
}

/** Reads a population file back, with tolerance and runs from its generations.csv row. */
export function parsePopulation(text: string, file: string, paths: readonly string[], g: GenerationRow): Population {
  const table = csvTable(text, file, populationColumns(paths));
  const particles: Float64Array[] = [];
  const weights: number[] = [];
  const distances: number[] = [];
  table.forEach((cell) => {
    particles.push(Float64Array.from(paths, (p) => numberCell(cell(p))));
    weights.push(numberCell(cell("weight")));
    distances.push(numberCell(cell("distance")));
  });
  if (particles.length !== g.particles || [...weights, ...distances].some((v) => !Number.isFinite(v)) || particles.some((x) => x.some((v) => !Number.isFinite(v)))) {
    throw new InputError(`${file}: expected ${g.particles} complete particles`);
  }
  return {generation: g.generation, tolerance: g.tolerance, particles, weights: Float64Array.from(weights), distances: Float64Array.from(distances), runs: g.runs};
}

/** generations.csv. */
export function generationsCsv(rows: readonly GenerationRow[]): string {
  const cell = (v: number) => (Number.isFinite(v) ? v : null);
  return [csvLine(generationColumns), ...rows.map((r) => csvLine(generationColumns.map((c) => cell(r[c as keyof GenerationRow]))))].join("");
}

/** Reads generations.csv (empty tolerance: Infinity); `seconds` from its `seconds` column where an older folder has one, else NaN. */
export function parseGenerations(text: string, file: string): GenerationRow[] {
  const rows: GenerationRow[] = [];
  csvTable(text, file, generationColumns).forEach((cell) => {
    const row = Object.fromEntries(generationColumns.map((c) => [c, cell(c) === "" ? Infinity : Number(cell(c))])) as unknown as GenerationRow;
    rows.push({...row, seconds: numberCell(cell("seconds"))});
  });
  return rows;
}

/** Columns of predictive.csv. */
export const predictiveColumns = ["year", "state", "dimension", "mean", ...predictiveLevels.map(levelName)];

/** `p05` for 0.05. */
export function levelName(p: number): string {
  return `p${String(Math.round(p * 100)).padStart(2, "0")}`;
}

/** predictive.csv (or predictive-summaries.csv). */
export function predictiveCsv(rows: readonly PredictiveRow[]): string {
  return [csvLine(predictiveColumns), ...rows.map((r) => csvLine([r.year, r.state, r.dimension, r.mean, ...r.quantiles]))].join("");
}

/** predictive-sample.csv: one row per draw, year and state (file order), a column per dimension. */
export function* predictiveSampleLines(sample: PredictiveSample, particles: readonly number[]): Generator<string> {
  yield csvLine(["draw", "particle", "year", "state", ...sample.dims]);
  const d = sample.dims.length;
  const size = sample.states.length * d;
  const round = (v: number) => Number(v.toFixed(6));
  for (let m = 0; m < sample.draws.length; m++) {
    const x = sample.draws[m];
    const lines: string[] = [];
    sample.years.forEach((year, k) => {
      for (const i of sample.fileOrder) lines.push(csvLine([m, particles[m], year, sample.states[i], ...Array.from(x.subarray(k * size + i * d, k * size + (i + 1) * d), round)]));
    });
    yield lines.join("");
  }
}

/** Reads predictive-sample.csv into a sample (states in the file's order, which becomes `fileOrder` 0..n−1). */
export function parsePredictiveSample(text: string, file: string): PredictiveSample {
  const table = csvTable(text, file, ["draw", "particle", "year", "state"]);
  const dims = table.columns.slice(4);
  const years: number[] = [];
  const states: string[] = [];
  const cells = new Map<string, number[]>();
  let draws = 0;
  table.forEach((cell) => {
    const year = Number(cell("year"));
    const state = cell("state");
    if (!years.includes(year)) years.push(year);
    if (!states.includes(state)) states.push(state);
    draws = Math.max(draws, Number(cell("draw")) + 1);
    cells.set(`${cell("draw")}\u0000${year}\u0000${state}`, dims.map((dim) => numberCell(cell(dim))));
  });
  const size = states.length * dims.length;
  const out = Array.from({length: draws}, () => new Float64Array(years.length * size).fill(NaN));
  for (const [key, values] of cells) {
    const [m, year, state] = key.split("\u0000");
    out[Number(m)].set(values, years.indexOf(Number(year)) * size + states.indexOf(state) * dims.length);
  }
  if (out.some((x) => x.some(Number.isNaN))) throw new InputError(`${file}: incomplete: every draw needs every year and state`);
  return {years, states, fileOrder: states.map((_, i) => i), dims, draws: out};
}
