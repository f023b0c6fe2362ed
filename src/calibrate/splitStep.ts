/**
 * Where a split calibration stands (`rcmp calibrate --shard i/n` and `--collect`): read from its
 * folder alone, so that every task of a generation finds the same next generation, tolerance and
 * bound. A folder that does not exist, is empty or holds only shard files is a fresh start
 * (generation 0); any other must be this calibration's.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {nextGeneration, type GenerationPlan, type StopReason} from "../analysis/abcSmc.js";
import {proposalBound} from "../analysis/abcSplit.js";
import {calibrationFiles, sweepFiles} from "../results/layout.js";
import {InputError} from "../scenario/problems.js";
import {sha256} from "../io/sha256.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import {checkSameCalibration, finishedGenerations, populationFile, readCalibrationManifest, type CalibrationManifest, type Finished} from "./calibrationFolder.js";
import {abcSettingsOf} from "./calibrationRuns.js";
import {shardsFolder} from "./calibrationShard.js";

/** A split calibration's folder as found. */
export interface SplitState {
  dir: string;
  /** Its manifest.json; undefined for a fresh start. */
  manifest?: CalibrationManifest;
  before: Finished;
}

/** The generation to compute next, and how its proposals are split. */
export interface SplitStep {
  generation: number;
  plan: GenerationPlan;
  /** Most proposals the budget (stop.maxRuns) leaves this generation. */
  limit: number;
  /** The proposals below this index are split among the tasks. */
  bound: number;
  /** sha256 of the previous generation's population file (null for generation 0). */
  previous: string | null;
}

/** Nothing to compute: why, and whether the calibration stopped (by its rule, but not yet finished: the collector finishes it). */
export interface NothingToDo {
  nothing: string;
  stopped?: StopReason;
}

/** Reads `dir`; throws InputError when it is not a fresh folder nor this calibration's. */
export function readSplitState(dir: string, plan: CalibrationPlan): SplitState {
  const manifest = readCalibrationManifest(dir);
  if (manifest === undefined) {
    const others = existsSync(dir) ? readdirSync(dir).filter((n) => !fresh(dir, n)) : [];
    if (others.length > 0) throw new InputError(`--out ${dir} is not this calibration's folder: it holds no calibration manifest.json but ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", ..." : ""}; give a new or empty folder`);
    return {dir, before: {rows: [], populations: []}};
  }
  checkSameCalibration(manifest, plan, `--out ${dir} is not this calibration's folder (${manifest.calibration.file})`);
  return {dir, manifest, before: finishedGenerations(dir, plan)};
}

/** Entries a fresh folder may hold: shard files, the lock, an empty populations/. */
function fresh(dir: string, name: string): boolean {
  if (name === shardsFolder || name === sweepFiles.lock) return true;
  return name === calibrationFiles.populations && readdirSync(join(dir, name)).length === 0;
}

/**
 * The next generation of a split calibration, or nothing to do: the calibration is finished,
 * stopped by its rule, or `generation` (when given) is already complete. Throws InputError for
 * a `generation` past the next one. `bound`: the proposals to split (at most those the budget
 * leaves), instead of {@link proposalBound}'s; every task and the collector must be given the same.
 */
export function splitStep(plan: CalibrationPlan, state: SplitState, generation?: number, bound?: number): SplitStep | NothingToDo {
  const {dir, manifest, before} = state;
  if (manifest?.status === "complete") return {nothing: `the calibration in ${dir} is finished (stopped: ${manifest.stopped ?? "?"})`};
  const s = abcSettingsOf(plan);
  const next = nextGeneration(s, before.populations);
  const count = before.populations.length;
  if ("stopped" in next) return {nothing: `the calibration in ${dir} stopped after generation ${count - 1} (${next.stopped})`, stopped: next.stopped};
  if (generation !== undefined && generation < count) return {nothing: `generation ${generation} of the calibration in ${dir} is already complete`};
  if (generation !== undefined && generation > count) {
    throw new InputError(`--generation ${generation}: the next generation to compute in ${dir} is ${count}; generation ${count} must be collected first`);
  }
  const previous = count === 0 ? null : sha256(readFileSync(populationFile(dir, count - 1)));
  return {generation: count, plan: next.plan, limit: next.limit, bound: Math.min(bound ?? proposalBound(s, before.populations, next.limit), next.limit), previous};
}
