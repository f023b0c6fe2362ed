/**
 * Checks a sweep's parameters against the base scenario before anything runs: that each path
 * names a field (`rcmp run --set` paths), that each value the design can take is valid there,
 * and that every design point, all overrides applied together, is a valid scenario.
 */
import {validateScenario, type ParsedText} from "../scenario/load.js";
import {applyOverrides, type Override} from "../scenario/overrides.js";
import {excerpt, formatPath, InputError} from "../scenario/problems.js";
import type {RawProblem} from "../scenario/zodProblems.js";
import type {Axis, Design} from "./designs.js";
import type {ParameterValue} from "./sweepSchema.js";
import type {Scenario} from "../scenario/schema.js";

/** Most point problems reported before the rest are only counted. */
const maxPointProblems = 5;

const show = (v: unknown): string => excerpt(v);

/** The overrides of one design point. */
export function pointOverrides(parameters: readonly string[], point: readonly ParameterValue[]): Override[] {
  return parameters.map((path, j) => ({path, value: point[j]}));
}

/** Messages of a failed validation, without file positions (they would point into the base file). */
function messagesOf(err: unknown): string[] {
  if (!(err instanceof InputError)) throw err;
  return err.problems.map((p) => (p.path.length > 0 ? `${formatPath(p.path)}: ${p.message}` : p.message));
}

/** Each parameter path must name a field of the scenario. */
export function checkPaths(base: ParsedText, axes: readonly Axis[]): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const axis of axes) {
    const value = "values" in axis ? axis.values[0] : axis.from;
    try {
      applyOverrides(structuredClone(base.data) as Record<string, unknown>, [{path: axis.path, value}]);
    } catch (err) {
      for (const m of messagesOf(err)) {
        problems.push({path: ["parameters"], key: axis.path, message: `unknown parameter path ${excerpt(axis.path)}: ${m.replace(/^--set [^:]*: /, "")}`});
      }
    }
  }
  return problems;
}

/** Each value a parameter takes (a range: both ends) must be valid, the other parameters left as in the base. */
export function checkValues(base: ParsedText, axes: readonly Axis[]): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const axis of axes) {
    const values = "values" in axis ? axis.values : [axis.from, axis.to].map((x) => (axis.integer ? Math.round(x) : x));
    const seen = new Set<string>();
    for (const value of values) {
      try {
        validateScenario(base, [{path: axis.path, value}]);
      } catch (err) {
        for (const m of messagesOf(err)) {
          const message = `value ${show(value)}: ${m}`;
          if (!seen.has(message)) problems.push({path: ["parameters", axis.path], message});
          seen.add(message);
        }
      }
    }
  }
  return problems;
}

/** Every design point, its overrides applied together, must be a valid scenario; `each` sees each valid one. */
export function checkPoints(base: ParsedText, design: Design, each: (scenario: Scenario) => void = () => {}): RawProblem[] {
  const problems: RawProblem[] = [];
  let failed = 0;
  design.points.forEach((point, i) => {
    try {
      each(validateScenario(base, pointOverrides(design.parameters, point)));
    } catch (err) {
      failed += 1;
      if (failed > maxPointProblems) return;
      const where = design.parameters.map((p, j) => `${p}=${show(point[j])}`).join(", ");
      for (const m of messagesOf(err)) problems.push({path: ["parameters"], message: `design point ${i} (${where}): ${m}`});
    }
  });
  if (failed > maxPointProblems) problems.push({path: ["parameters"], message: `and ${failed - maxPointProblems} more design points fail`});
  return problems;
}
