/**
 * Reads a sweep file and checks all of it before anything runs: the file against the sweep
 * schema, the base scenario, every parameter path, every value and every design point against
 * the scenario schema. Problems come back together as one InputError (exit code 2).
 */
import {basename, dirname, extname, isAbsolute, join} from "node:path";
import {parseText, placeProblems, validateScenario, type ParsedText} from "../scenario/load.js";
import {excerpt, InputError, printable, type Problem} from "../scenario/problems.js";
import {readInputText} from "../io/readScenario.js";
import {zodProblems, type RawProblem} from "../scenario/zodProblems.js";
import {sweepSchema, type SweepSpec} from "./sweepSchema.js";
import {axisFromSpec, designs, gridSize, type Axis, type Design} from "./designs.js";
import {sobolMaxDimensions} from "./sobol.js";
import {saltelliMaxParameters} from "./saltelliDesign.js";
import {saltelliBlock} from "../analysis/saltelliLayout.js";
import {sha256} from "../io/sha256.js";
import {isIntegerPath} from "./integerPath.js";
import {checkPoints, checkPaths, checkValues, pointOverrides} from "./checkParameters.js";
import {recordedColumns} from "./recordedColumns.js";
import {runSize, type RunSize} from "../run/runSize.js";
import {limits, runJob, runLimitProblems} from "../run/limits.js";

/**
 * Most design points a sweep may have: each is checked as a whole scenario before anything runs
 * (about 0.3-3 ms each), and the design is held in memory.
 */
export const maxPoints = 1_000_000;

/** Everything a sweep needs to run, checked. */
export interface SweepPlan {
  /** The sweep file, as given. */
  file: string;
  /** The sweep file's name without extension (names the default output folder). */
  name: string;
  sweepSha: string;
  /** The base scenario's path (the sweep file's folder joined with `base`), its text and sha256. */
  baseFile: string;
  baseText: string;
  baseSha: string;
  spec: SweepSpec;
  design: Design;
  /** Number of design points and of runs (points × replicates). */
  points: number;
  runs: number;
  /** Metrics kept as curves: `spec.record` less, for the default list, what the scenario lacks. */
  record: string[];
  /** Default metrics left out because the scenario lacks them (for a notice). */
  dropped: string[];
  /** Columns of runs.csv after the run key and the parameters. */
  summaryColumns: string[];
  /** The biggest run of the sweep (by work; memory and recorded ticks the largest of any point), as a sweep records it. */
  runSize: RunSize;
}


/** Reads and checks a sweep file and its base scenario; throws InputError listing every problem. */
export async function loadSweep(file: string): Promise<SweepPlan> {
  const text = await readText(file, file, []);
  const parsed = parseText(text, file);
  const spec = parseSpec(parsed);
  const baseFile = isAbsolute(spec.base) ? spec.base : join(dirname(file), spec.base);
  const baseText = await readText(baseFile, file, ["base"], parsed);
  const base = parseText(baseText, baseFile);
  validateScenario(base);
  const axes = Object.entries(spec.parameters).map(([path, p]) => axisFromSpec(path, p, isIntegerPath(path)));
  fail(parsed, checkPaths(base, axes));
  fail(parsed, checkValues(base, axes));
  fail(parsed, runCountProblems(spec, axes));
  const design = buildDesign(spec, axes, parsed);
  let largest: RunSize | undefined;
  fail(parsed, checkPoints(base, design, (scenario) => {
    largest = largerRun(largest, runSize(scenario, {groups: false, metrics: spec.record}));
  }));
  // A run too big is refused before anything is built.
  if (largest !== undefined) fail(parsed, runLimitProblems(runJob(largest)).map((m) => ({path: [], message: `refused: each run: ${m}`})));
  const recordGiven = typeof parsed.data === "object" && parsed.data !== null && "record" in parsed.data;
  const columns = recordedColumns(base, pointOverrides(design.parameters, design.points[0] ?? []), spec.record, recordGiven);
  fail(parsed, columns.problems);
  const name = basename(file, extname(file));
  const points = design.points.length;
  return {
    file, name, sweepSha: sha256(text), baseFile, baseText, baseSha: sha256(baseText), spec, design, points,
    runs: points * spec.replicates, record: columns.record, dropped: columns.dropped, summaryColumns: columns.summaryColumns,
    runSize: largest ?? runSize(validateScenario(base), {groups: false, metrics: spec.record})
  };
}

async function readText(path: string, file: string, at: (string | number)[], parsed?: ParsedText): Promise<string> {
  try {
    return await readInputText(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" || /no such file/.test((err as Error).message) ? `no such file: ${path}` : printable((err as Error).message);
    if (parsed === undefined) throw new InputError([{file, path: [], message}]);
    throw new InputError(placeProblems(parsed, [{path: at, message}]));
  }
}

function fail(parsed: ParsedText, raw: RawProblem[]): void {
  if (raw.length > 0) throw new InputError(placeProblems(parsed, raw));
}

/** The sweep file validated against the schema, with the checks the schema cannot make. */
export function parseSpec(parsed: ParsedText): SweepSpec {
  const data = parsed.data ?? {};
  if (typeof data === "object" && data !== null && "dimensions" in data && !("base" in data)) {
    throw new InputError([{file: parsed.file, path: [], message: "this is a scenario, not a sweep file (it has `dimensions` and no `base`): run it with `rcmp run`, or write a sweep file whose `base` names it"}]);
  }
  if (typeof data === "object" && data !== null && "targets" in data && "base" in data) {
    throw new InputError([{file: parsed.file, path: [], message: "this is a calibration file, not a sweep file (it has `targets`): run it with `rcmp calibrate`"}]);
  }
  const result = sweepSchema.safeParse(data, {reportInput: true});
  if (!result.success) throw new InputError(placeProblems(parsed, zodProblems(result.error.issues, sweepSchema)));
  const spec = result.data;
  const problems: RawProblem[] = designProblems(spec);
  for (const [path, p] of Object.entries(spec.parameters)) {
    if (spec.design === "grid" && !Array.isArray(p) && !("steps" in p)) {
      problems.push({path: ["parameters", path], message: "a grid needs a list of values or {from, to, steps}; {from, to} is for design: lhs, sobol, saltelli or morris"});
    }
  }
  const seen = new Set<string>();
  spec.record.forEach((m, k) => {
    if (seen.has(m)) problems.push({path: ["record", k], message: `metric ${excerpt(m)} is listed twice`});
    seen.add(m);
  });
  fail(parsed, problems);
  return spec;
}

/** A sweep of more runs than `limits.sweepRuns` (or a design of more than `maxPoints` points) is refused before its design is built. */
function runCountProblems(spec: SweepSpec, axes: readonly Axis[]): RawProblem[] {
  const k = axes.length;
  const samples = spec.samples ?? 1;
  const points = {grid: gridSize(axes), lhs: samples, sobol: samples, saltelli: samples * saltelliBlock(k, spec.secondOrder ?? false), morris: samples * (k + 1)}[spec.design];
  if (points > maxPoints) return [{path: spec.design === "grid" ? ["parameters"] : ["samples"], message: `the ${spec.design} design has ${points} points, more than ${maxPoints}${spec.design === "grid" ? "; use design: lhs" : ""}`}];
  const runs = points * spec.replicates;
  if (runs > limits.sweepRuns) return [{path: ["replicates"], message: `${points} design points × ${spec.replicates} replicates = ${runs} runs, more than the limit of ${limits.sweepRuns}: use fewer replicates or points, or split the sweep into several files`}];
  return [];
}

/** The larger of two runs by work, with the larger memory and recorded ticks of the two. */
function largerRun(a: RunSize | undefined, b: RunSize): RunSize {
  if (a === undefined) return b;
  const big = b.work > a.work ? b : a;
  return {...big, memoryBytes: Math.max(a.memoryBytes, b.memoryBytes), recorded: Math.max(a.recorded, b.recorded), timeseriesBytes: Math.max(a.timeseriesBytes, b.timeseriesBytes)};
}

/** The problems of the design's own fields: samples where needed, options of another design, sizes. */
function designProblems(spec: SweepSpec): RawProblem[] {
  const problems: RawProblem[] = [];
  const k = Object.keys(spec.parameters).length;
  const name = spec.design;
  const what = {lhs: "design points", sobol: "design points", saltelli: "base rows N (points: N·(k+2))", morris: "trajectories r (points: r·(k+1))", grid: ""}[name];
  if (name !== "grid" && spec.samples === undefined) problems.push({path: ["design"], message: `${name === "lhs" ? "an" : "a"} ${name} design needs \`samples\`: the number of ${what}`});
  if (name === "grid" && spec.samples !== undefined) problems.push({path: ["samples"], message: "`samples` is for design: lhs, sobol, saltelli or morris; a grid runs every combination"});
  if (spec.secondOrder !== undefined && name !== "saltelli") problems.push({path: ["secondOrder"], message: "`secondOrder` is for design: saltelli"});
  for (const key of ["levels", "candidates"] as const) {
    if (spec[key] !== undefined && name !== "morris") problems.push({path: [key], message: `\`${key}\` is for design: morris`});
  }
  if (spec.levels !== undefined && spec.levels % 2 !== 0) problems.push({path: ["levels"], message: `levels must be even (the step Δ = p/(2(p−1)) lands on the grid only then), got ${spec.levels}`});
  if (spec.candidates !== undefined && spec.samples !== undefined && spec.candidates <= spec.samples) problems.push({path: ["candidates"], message: `candidates (${spec.candidates}) must be more than samples (${spec.samples}) to choose from`});
  if ((name === "saltelli" || name === "morris") && k === 0) problems.push({path: ["parameters"], message: `a ${name} design needs at least one parameter`});
  if (name === "sobol" && k > sobolMaxDimensions) problems.push({path: ["parameters"], message: `a sobol design takes at most ${sobolMaxDimensions} parameters (the Joe–Kuo direction numbers carried here)`});
  if (name === "saltelli" && k > saltelliMaxParameters) problems.push({path: ["parameters"], message: `a saltelli design takes at most ${saltelliMaxParameters} parameters (A and B take 2k of the ${sobolMaxDimensions} Sobol' dimensions)`});
  const points = name === "saltelli" ? (spec.samples ?? 0) * saltelliBlock(k, spec.secondOrder ?? false) : name === "morris" ? (spec.samples ?? 0) * (k + 1) : 0;
  if (points > maxPoints) problems.push({path: ["samples"], message: `the ${name} design has ${points} points, more than ${maxPoints}`});
  return problems;
}

function buildDesign(spec: SweepSpec, axes: Axis[], parsed: ParsedText): Design {
  if (spec.design === "grid") {
    const size = gridSize(axes);
    if (size > maxPoints) fail(parsed, [{path: ["parameters"], message: `the grid has ${size} points, more than ${maxPoints}; use design: lhs`}]);
  }
  return designs[spec.design].build(axes, {samples: spec.samples ?? 1, seed: spec.seed, secondOrder: spec.secondOrder, levels: spec.levels, candidates: spec.candidates});
}
