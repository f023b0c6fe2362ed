/**
 * `rcmp validate <files...>`: checks scenario files (and sweep files, told apart by their `base`
 * key, and calibration files, by `base` and `targets`) and reports every problem, with file,
 * line and path; exit code 2 when any file is bad.
 */
import type {Command} from "commander";
import {action, reportError} from "./action.js";
import {readInputText} from "../io/readScenario.js";
import {parseText, placeProblems, validateScenario} from "../scenario/load.js";
import {InputError} from "../scenario/problems.js";
import {questionMetricProblems} from "../analysis/ask.js";
import {figureProblems} from "../metrics/figureProblems.js";
import {checkSizes} from "./runPlan.js";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check scenario, sweep and calibration files against their schemas, their references and the limits of a run")
    .argument("<files...>", "scenario, sweep or calibration files (YAML or JSON)")
    .action(
      action(async (files: string[]) => {
        let bad = 0;
        for (const file of files) {
          try {
            process.stdout.write(`ok ${file}: ${await describe(file)}\n`);
          } catch (err) {
            bad++;
            const code = reportError(err);
            if (code !== 2) return code;
          }
        }
        if (bad > 0) process.stderr.write(`${bad} of ${files.length} file${files.length > 1 ? "s" : ""} invalid\n`);
        return bad > 0 ? 2 : 0;
      })
    );
}

/** Validates one file and says what it holds. */
async function describe(file: string): Promise<string> {
  const text = await readInputText(file);
  const data = parseText(text, file).data as Record<string, unknown> | null;
  if (data !== null && typeof data === "object" && "base" in data && "targets" in data && !("dimensions" in data)) {
    const {loadCalibration} = await import("../calibrate/loadCalibration.js"); // only for calibration files
    const plan = await loadCalibration(file);
    return `calibration of ${plan.baseFile} (${plural(plan.parameters.length, "parameter")}, ${plural(plan.fit.used.length, "target")} to fit, ${plural(plan.spec.particles, "particle")})`;
  }
  if (data !== null && typeof data === "object" && "base" in data && !("dimensions" in data)) {
    const {loadSweep} = await import("../sweep/loadSweep.js"); // only for sweep files
    const plan = await loadSweep(file);
    return `sweep of ${plan.baseFile} (${plural(plan.points, "design point")} × ${plural(plan.spec.replicates, "replicate")} = ${plural(plan.runs, "run")})`;
  }
  const parsed = parseText(text, file);
  const s = validateScenario(parsed);
  const problems = [...questionMetricProblems(s), ...figureProblems(s)];
  if (problems.length > 0) throw new InputError(placeProblems(parsed, problems));
  checkSizes([{file, scenario: s}], undefined, 1);
  const n = s.states?.length ?? s.generate?.count ?? 0;
  return `${s.title || s.id} (${plural(n, "state")}, ${plural(s.processes.length, "process", "processes")}, ${plural(s.ticks, "tick")})`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
