/**
 * Reads a calibration file and checks all of it before anything runs: the file against its
 * schema, the base scenario, the targets, every parameter path and both ends of every prior
 * against the scenario schema, the starting positions, and which targets the run can be
 * compared with. Problems come back together as one InputError (exit code 2).
 */
import {basename, dirname, extname, isAbsolute, join} from "node:path";
import {stringify} from "yaml";
import {parseText, placeProblems, validateScenario, type ParsedText} from "../scenario/load.js";
import {InputError} from "../scenario/problems.js";
import {zodProblems, type RawProblem} from "../scenario/zodProblems.js";
import type {Scenario} from "../scenario/schema.js";
import {toTick, yearOf} from "../scenario/resolve.js";
import {simulate} from "../run/simulate.js";
import {parseTargets, type Target} from "../results/targetsCsv.js";
import {fitPlan, summaryMembers, type FitPlan} from "../analysis/fitPlan.js";
import {priorKind, priorRange, type Parameter} from "../analysis/abcPriors.js";
import {readInputText} from "../io/readScenario.js";
import {sha256} from "../io/sha256.js";
import {checkPaths, checkValues} from "../sweep/checkParameters.js";
import {isIntegerPath} from "../sweep/integerPath.js";
import {calibrationSchema, type CalibrationSpec} from "./calibrationSchema.js";
import {startValues, withStart, type StartValue} from "./startFromTargets.js";

/** Everything a calibration needs, checked. */
export interface CalibrationPlan {
  file: string;
  /** The calibration file's name without extension (names the default output folder). */
  name: string;
  text: string;
  sha: string;
  spec: CalibrationSpec;
  baseFile: string;
  baseSha: string;
  targetsFile: string;
  targetsText: string;
  targetsSha: string;
  targets: Target[];
  /** The scenario as calibrated (starting positions applied), and its YAML text for the workers. */
  scenario: Scenario;
  scenarioText: string;
  parameters: Parameter[];
  fit: FitPlan;
  /** The targets the calibration saw: those fitted and those the starting positions came from. */
  seen: Target[];
  /** Starting values set from the targets, and the (state, dimension) pairs left at the scenario's. */
  start?: {year: number; values: StartValue[]; missing: StartValue[]};
  /** State ids (world order), their file order, dimension ids. */
  states: string[];
  fileOrder: number[];
  dims: string[];
  /** Years (ticks without a calendar) the predictive covers, and their ticks. */
  years: number[];
  yearTicks: number[];
  /** The states (world indices) the predictive's cross-state summaries of a year and dimension are over (see `summaryMembers`). */
  summaryStates: (year: number, dimension: string) => readonly number[];
  notes: string[];
}

/** Reads and checks a calibration file; `targets` replaces the file's targets path. */
export async function loadCalibration(file: string, o: {targets?: string} = {}): Promise<CalibrationPlan> {
  const text = await readInputText(file);
  const parsed = parseText(text, file);
  const spec = parseCalibration(parsed);
  const near = (p: string) => (isAbsolute(p) ? p : join(dirname(file), p));
  const baseFile = near(spec.base);
  const baseText = await readAt(baseFile, parsed, ["base"]);
  const base = parseText(baseText, baseFile);
  const baseScenario = validateScenario(base);
  const targetsFile = o.targets ?? near(spec.targets);
  const targetsText = await readAt(targetsFile, parsed, ["targets"]);
  const targets = parseTargets(targetsText, targetsFile);
  const parameters = Object.entries(spec.parameters).map(([name, prior]) => ({name, prior}));
  fail(parsed, checkParameters(base, parameters));
  const {scenario, start} = startingPositions(spec, baseScenario, targets, parsed);
  const scenarioText = stringify(scenario, {lineWidth: 0, aliasDuplicateObjects: false});
  const world = simulate(scenario, {ticks: 0, groups: false}).world;
  const states = [...world.stateIds];
  const dims = [...world.dims];
  const fit = fitPlan({states, dims, calendar: scenario.calendar, ticks: scenario.ticks, targets, years: spec.years, exclude: start?.year, weights: spec.fit});
  if (fit.used.length === 0) fail(parsed, [{path: ["targets"], message: `no target falls on the scenario's states, dimensions and years (${fit.notes.join("; ") || "the file is empty"})`}]);
  const {years, yearTicks} = predictiveYears(scenario);
  const withTargets = new Set(fit.used.map((t) => t.state));
  return {
    file, name: basename(file, extname(file)), text, sha: sha256(text), spec, baseFile, baseSha: sha256(baseText),
    targetsFile, targetsText, targetsSha: sha256(targetsText), targets, scenario, scenarioText, parameters, fit, start,
    seen: seenTargets(targets, fit, start, states, dims),
    states, fileOrder: Array.from(world.fileOrder), dims, years, yearTicks,
    summaryStates: summaryMembers(fit, dims, states.flatMap((s, i) => (withTargets.has(s) ? [i] : []))),
    notes: [...fit.notes, ...startNotes(start)]
  };
}

/** The calibration file validated against the schema. */
export function parseCalibration(parsed: ParsedText): CalibrationSpec {
  const data = parsed.data ?? {};
  if (typeof data === "object" && data !== null && "dimensions" in data) {
    throw new InputError([{file: parsed.file, path: [], message: "this is a scenario, not a calibration file (it has `dimensions`): run it with `rcmp run`, or write a calibration file whose `base` names it"}]);
  }
  const result = calibrationSchema.safeParse(data, {reportInput: true});
  if (!result.success) throw new InputError(placeProblems(parsed, zodProblems(result.error.issues, calibrationSchema)));
  return result.data;
}

async function readAt(path: string, parsed: ParsedText, at: string[]): Promise<string> {
  try {
    return await readInputText(path);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError(placeProblems(parsed, [{path: at, message: `cannot read ${path}: ${err.problems[0].message.replace(/^cannot read: /, "")}`}]));
  }
}

function fail(parsed: ParsedText, raw: RawProblem[]): void {
  if (raw.length > 0) throw new InputError(placeProblems(parsed, raw));
}

/** Each path must name a continuous field, and both ends of its prior must be valid values there. */
function checkParameters(base: ParsedText, parameters: readonly Parameter[]): RawProblem[] {
  const axes = parameters.map((p) => {
    const [from, to] = priorRange(p.prior);
    return {path: p.name, from, to, integer: false};
  });
  const problems = checkPaths(base, axes);
  for (const p of parameters) {
    const problem = priorKind(p.prior).problem(p.prior);
    if (problem !== undefined) problems.push({path: ["parameters", p.name], message: problem});
    if (isIntegerPath(p.name)) problems.push({path: ["parameters", p.name], message: "a calibration varies continuous parameters; this one takes whole numbers (sweep it instead)"});
  }
  if (problems.length > 0) return problems;
  return checkValues(base, axes).map((p) => ({...p, message: `${p.message} (the prior reaches this value: narrow it with min and max)`}));
}

/** The scenario with starting positions from the targets' first year, when the file asks for them. */
function startingPositions(spec: CalibrationSpec, scenario: Scenario, targets: readonly Target[], parsed: ParsedText): {scenario: Scenario; start?: CalibrationPlan["start"]} {
  if (!spec.startFromTargets) return {scenario};
  const ids = new Set((scenario.states ?? []).map((s) => s.id));
  const inRun = targets.filter((t) => ids.has(t.state) && toTick(t.year, scenario.calendar) >= 0 && t.year >= (spec.years?.from ?? -Infinity) && t.year <= (spec.years?.to ?? Infinity));
  const first = Math.min(...inRun.map((t) => t.year));
  const startYear = yearOf(0, scenario.calendar) ?? 0;
  if (inRun.length === 0 || first !== startYear) {
    const found = inRun.length === 0 ? "no targets for the scenario's states in its years" : `the targets' first year is ${first}`;
    fail(parsed, [{path: ["startFromTargets"], message: `starting positions come from the targets of the scenario's first year, ${startYear}, but ${found}`}]);
  }
  const {values, missing} = startValues(inRun, first, scenario);
  return {scenario: withStart(scenario, values, spec.keepIdeals), start: {year: first, values, missing}};
}

/** The targets fitted, and those the starting positions came from, in the file's order. */
function seenTargets(targets: readonly Target[], fit: FitPlan, start: CalibrationPlan["start"], states: string[], dims: string[]): Target[] {
  const used = new Set(fit.used);
  const isStart = (t: Target) => start !== undefined && t.year === start.year && states.includes(t.state) && dims.includes(t.dimension);
  return targets.filter((t) => used.has(t) || isStart(t));
}

function startNotes(start: CalibrationPlan["start"]): string[] {
  if (start === undefined) return [];
  const missing = start.missing.map((m) => `${m.state} ${m.dimension}`);
  return [`starting positions from the targets of ${start.year}: ${start.values.length} values${missing.length > 0 ? `; no target (left as in the scenario) for ${missing.join(", ")}` : ""}`];
}

/** The whole years of a scenario with a calendar (each at its first tick), else the ticks recorded by its metrics. */
function predictiveYears(s: Scenario): {years: number[]; yearTicks: number[]} {
  if (s.calendar === undefined) {
    const ticks = Array.from({length: Math.floor(s.ticks / s.metrics.every) + 1}, (_, k) => k * s.metrics.every);
    if (ticks[ticks.length - 1] !== s.ticks) ticks.push(s.ticks);
    return {years: ticks, yearTicks: ticks};
  }
  const years: number[] = [];
  for (let y = Math.ceil(s.calendar.start); toTick(y, s.calendar) <= s.ticks; y++) years.push(y);
  return {years, yearTicks: years.map((y) => toTick(y, s.calendar))};
}
