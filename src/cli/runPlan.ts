/**
 * What `rcmp run` checks before anything runs: every scenario file (all problems at once), the
 * size of each run against the limits (with an estimate printed for a big one), and a results
 * folder for each that can be written (the default ones claimed, so that commands started
 * together never share one).
 */
import {readInputText} from "../io/readScenario.js";
import {checkOutput, childFolder, defaultOutput, type OutputState} from "../io/outputFolder.js";
import type {Destination} from "../io/stagedFolder.js";
import {removeOnExit} from "../io/cleanup.js";
import {parseText, placeProblems, validateScenario} from "../scenario/load.js";
import {figureProblems} from "../metrics/figureProblems.js";
import type {Override} from "../scenario/overrides.js";
import {InputError, type Problem} from "../scenario/problems.js";
import type {Scenario} from "../scenario/schema.js";
import {runSize} from "../run/runSize.js";
import {announce, jobText, runJob, runLimitProblems} from "../run/limits.js";

/** One scenario file to run, and where its results go. */
export interface Job {
  file: string;
  text: string;
  scenario: Scenario;
  /** The folder, and how it stands (claimed: created empty by this command). */
  out: string;
  destination: Destination;
}

/** Reads and validates every scenario before anything runs; the problems of all files are reported at once. */
export async function loadJobs(files: readonly string[], overrides: readonly Override[]): Promise<Omit<Job, "out" | "destination">[]> {
  const jobs: Omit<Job, "out" | "destination">[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      const text = await readInputText(file);
      jobs.push({file, text, scenario: checkedScenario(text, file, overrides)});
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return jobs;
}

/** A scenario validated, its `figures` block checked against what the run records too. */
export function checkedScenario(text: string, file: string, overrides: readonly Override[] = []): Scenario {
  const parsed = parseText(text, file);
  const scenario = validateScenario(parsed, overrides);
  const problems = figureProblems(scenario);
  if (problems.length > 0) throw new InputError(placeProblems(parsed, problems));
  return scenario;
}

/**
 * Refuses a run past the limits (naming its file and what to change) and returns the lines to
 * print for big ones: runs, disk, memory.
 */
export function checkSizes(jobs: readonly {file: string; scenario: Scenario}[], ticks: number | undefined, replicates: number): string[] {
  const problems: Problem[] = [];
  const notes: string[] = [];
  for (const {file, scenario} of jobs) {
    const size = runSize(scenario, {ticks});
    const allGroup = runSize(scenario, {ticks, groups: false}).valuesPerTick;
    const job = runJob(size, replicates, allGroup);
    for (const message of runLimitProblems(job)) problems.push({file, path: [], message: `refused: ${message}`});
    if (announce(job)) {
      const runs = replicates > 1 ? `${replicates} replicates of ` : "";
      notes.push(`estimate for ${file}: ${runs}${size.states} states × ${ticks ?? scenario.ticks} ticks, ${jobText(job)}`);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return notes;
}

/**
 * One folder per scenario: `--out` itself for one scenario; `--out/<id>` (`<id>-2`, ... for a
 * repeated id) for several; else `results/<id>/<stamp>`, claimed. Every `--out` folder is
 * checked before any default one is claimed, so a refused one leaves nothing behind.
 */
export async function outputFolders<T extends {file: string; scenario: Scenario}>(jobs: readonly T[], out: string | undefined, force: boolean): Promise<(T & {out: string; destination: Destination})[]> {
  const inputs = jobs.map((j) => j.file);
  const chosen: {out: string; state?: OutputState}[] = [];
  for (const {scenario} of jobs) {
    if (out === undefined) {
      chosen.push({out: ""});
      continue;
    }
    let base = jobs.length === 1 ? out : childFolder(out, scenario.id);
    const first = base;
    for (let k = 2; chosen.some((c) => c.out === base); k++) base = `${first}-${k}`;
    chosen.push({out: base, state: await checkOutput(base, force, inputs)});
  }
  const placed: (T & {out: string; destination: Destination})[] = [];
  for (const [k, job] of jobs.entries()) {
    if (chosen[k].state !== undefined) {
      placed.push({...job, out: chosen[k].out, destination: chosen[k].state});
      continue;
    }
    const claimed = await defaultOutput(job.scenario.id);
    removeOnExit(claimed, "empty-folder");
    placed.push({...job, out: claimed, destination: "claimed"});
  }
  return placed;
}
