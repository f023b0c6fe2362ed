/**
 * Messages for the rows `rcmp eval` cannot run, naming the path the input gave: an unknown path
 * (`dynamics.hegmonBias: no such field "hegmonBias" (did you mean "hegemonBias"?)`), or a value
 * the scenario refuses (`processes.igc.ngo=-1: processes[0].ngo: must be at least 0 (got -1)`).
 * Worked out in the main thread only for rows that failed, so good rows pay nothing for it.
 */
import {validateScenario, type ParsedText} from "../scenario/load.js";
import {applyOverrides, type Override} from "../scenario/overrides.js";
import {formatPath, InputError, type Problem} from "../scenario/problems.js";

/** Problems of these overrides on the base scenario, or undefined when the scenario they make is valid. */
function problemsOf(base: ParsedText, overrides: readonly Override[]): Problem[] | undefined {
  try {
    validateScenario(base, overrides);
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
}

const shown = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));

/**
 * Why these overrides make no valid scenario, naming each path at fault; undefined when they
 * make a valid one (so a failure came from the run itself).
 */
export function overrideFailure(base: ParsedText, overrides: readonly Override[]): string | undefined {
  const problems = problemsOf(base, overrides);
  if (problems === undefined) return undefined;
  // An unknown path is reported by the override itself (no file, "--set <path>: ..."): its message names the path.
  const unknown = problems.filter((p) => p.file === undefined && p.message.startsWith("--set ")).map((p) => p.message.replace(/^--set /, ""));
  if (unknown.length > 0) return unknown.join("; ");
  // A refused value: the overrides that fail on their own are the ones at fault.
  const culprits = overrides.length === 1 ? overrides : overrides.filter((o) => problemsOf(base, [o]) !== undefined);
  const what = problems.map((p) => `${p.path.length > 0 ? `${formatPath(p.path)}: ` : ""}${p.message}`).join("; ");
  if (culprits.length === 0) return `these values together make no valid scenario: ${what}`;
  const given = culprits.map((o) => `${o.path}=${shown(o.value)}`).join(", ");
  const plain = culprits.length === 1 && problems.length === 1 && formatPath(problems[0].path) === culprits[0].path;
  return plain ? `${given}: ${problems[0].message}` : `${given}: ${what}`;
}

/** Why a CSV column or JSON key cannot be set in this scenario, or undefined if it can. */
export function pathFailure(base: ParsedText, path: string): string | undefined {
  try {
    applyOverrides(structuredClone(base.data) as Record<string, unknown>, [{path, value: 0}]);
    return undefined;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.problems.map((p) => p.message.replace(/^--set /, "")).join("; ");
  }
}
