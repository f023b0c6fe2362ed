/**
 * Merging the shard files of one generation of a split calibration: every file in `shards/`
 * named for this generation and bound is read and checked. A damaged file, or one of another
 * calibration (by sha256), is refused; one computed from another state of the folder (another
 * rcmp version, previous generation or tolerance) is stale and does not count. Every proposal
 * below the bound must be covered by some file; if not, the missing files are named with the
 * command that makes them.
 */
import {existsSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {version} from "../version.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import {parseShardFile, parseShardFileName, shardFileName, shardsFolder, type ShardFile, type ShardKey} from "./calibrationShard.js";
import type {SplitStep} from "./splitStep.js";

/** The distances of a generation's proposals below its bound, merged from its shard files. */
export interface MergedShards {
  /** Finite distances by proposal index. */
  distances: Map<number, number>;
  /** The shard files used, and the slowest one's wall time. */
  files: string[];
  seconds: number;
  /** Files left out as stale, with why. */
  stale: string[];
}

/** Reads the shard files of `step` in `dir`; `rerun(shard)` is the command that remakes a shard. Throws InputError as said above. */
export function collectShards(dir: string, plan: CalibrationPlan, step: SplitStep, rerun: (shard: string) => string): MergedShards {
  const folder = join(dir, shardsFolder);
  const keys = (existsSync(folder) ? readdirSync(folder) : []).sort().flatMap((name) => {
    const key = parseShardFileName(name);
    return key !== undefined && key.generation === step.generation ? [{name, key}] : [];
  });
  const merged: MergedShards = {distances: new Map(), files: [], seconds: 0, stale: []};
  const problems: string[] = [];
  const covered = new Uint8Array(step.bound);
  for (const {name, key} of keys) {
    const f = checkShard(join(folder, name), key, plan, step, rerun);
    if ("problem" in f) problems.push(f.problem);
    else if ("stale" in f) merged.stale.push(`${name} (${f.stale})`);
    else {
      f.distances.forEach((d, k) => {
        const index = key.shard.index + k * key.shard.count;
        covered[index] = 1;
        if (d !== null) merged.distances.set(index, d);
      });
      merged.files.push(name);
      merged.seconds = Math.max(merged.seconds, f.seconds);
    }
  }
  if (problems.length > 0) throw new InputError(problems.map((message) => ({path: [], message})));
  checkCovered(folder, step, keys.map((k) => k.key).filter((k) => k.bound === step.bound), covered, merged.stale, rerun);
  return merged;
}

/** A shard file's content, or why it is stale (left out), or the problem that refuses the collection. */
function checkShard(place: string, key: ShardKey, plan: CalibrationPlan, step: SplitStep, rerun: (shard: string) => string): ShardFile | {stale: string} | {problem: string} {
  if (key.bound !== step.bound) return {stale: `proposals below ${key.bound}; this generation splits those below ${step.bound}`};
  const f = parseShardFile(readFileSync(place, "utf8"), key);
  if ("damaged" in f) return {problem: `${place} is damaged (${f.damaged}): delete it and rerun its task: ${rerun(`${key.shard.index}/${key.shard.count}`)}`};
  const other = otherCalibration(f, plan);
  if (other !== undefined) return {problem: `${place} is a shard of another calibration (${other}): remove it, or collect it with the calibration file it was made with`};
  const why = staleness(f, step);
  return why === undefined ? f : {stale: why};
}

/** Throws InputError unless the shard files `seen` (of this bound) cover every proposal below it, naming those missing. */
function checkCovered(folder: string, step: SplitStep, seen: readonly ShardKey[], covered: Uint8Array, stale: readonly string[], rerun: (shard: string) => string): void {
  if (seen.length === 0 && step.bound > 0) {
    throw new InputError(`generation ${step.generation} cannot be collected: no shard file of it (proposals below ${step.bound}) in ${folder}; ` +
      `run its n tasks first: ${rerun("i/n")} for i = 0, ..., n − 1`);
  }
  const missing = missingShards(seen, step, covered);
  if (missing.length === 0) return;
  const head = `generation ${step.generation} cannot be collected: missing shard file${missing.length === 1 ? "" : "s"} in ${folder}` +
    (stale.length > 0 ? `; stale, not counted: ${stale.join(", ")}` : "");
  throw new InputError([head, ...missing.map((k) => `  ${shardFileName(k)}: rerun its task: ${rerun(`${k.shard.index}/${k.shard.count}`)}`)].map((message) => ({path: [], message})));
}

/** Whether shard file `f` is of this calibration and was computed from the folder's state as `step` finds it. */
export const shardFits = (f: ShardFile, plan: CalibrationPlan, step: SplitStep): boolean => otherCalibration(f, plan) === undefined && staleness(f, step) === undefined;

/** What differs when `f` is of another calibration file, base scenario or targets. */
function otherCalibration(f: ShardFile, plan: CalibrationPlan): string | undefined {
  const short = (h: string) => h.slice(0, 12);
  if (f.calibration.sha256 !== plan.sha) return `${f.calibration.file}, sha256 ${short(f.calibration.sha256)}…; ${plan.file} has sha256 ${short(plan.sha)}…`;
  if (f.base.sha256 !== plan.baseSha) return `its base scenario has sha256 ${short(f.base.sha256)}…, ${plan.baseFile} ${short(plan.baseSha)}…`;
  if (f.targets.sha256 !== plan.targetsSha) return `its targets have sha256 ${short(f.targets.sha256)}…, ${plan.targetsFile} ${short(plan.targetsSha)}…`;
  return undefined;
}

/** Why a shard of this calibration does not fit the folder's state, or undefined when it does. */
function staleness(f: ShardFile, step: SplitStep): string | undefined {
  if (f.version !== version) return `made by rcmp ${f.version}, this is ${version}`;
  if (f.previous !== step.previous) return `computed from another generation ${step.generation - 1}`;
  const tolerance = Number.isFinite(step.plan.tolerance) ? step.plan.tolerance : null;
  if (f.tolerance !== tolerance) return `tolerance ${f.tolerance ?? "∞"}, this generation's is ${tolerance ?? "∞"}`;
  return undefined;
}

/** For each shard count seen, the files whose proposals are not all covered (absent, or stale). */
function missingShards(seen: readonly ShardKey[], step: SplitStep, covered: Uint8Array): ShardKey[] {
  const counts = [...new Set(seen.map((k) => k.shard.count))].sort((a, b) => a - b);
  return counts.flatMap((count) => {
    const indices = new Set<number>();
    covered.forEach((c, u) => c === 0 && indices.add(u % count));
    return [...indices].sort((a, b) => a - b).map((index) => ({generation: step.generation, shard: {index, count}, bound: step.bound}));
  });
}

/** Removes the shard files of generations up to `generation` (consumed), and `shards/` once empty. */
export function removeShards(dir: string, generation: number): void {
  const folder = join(dir, shardsFolder);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const key = parseShardFileName(name);
    if (key !== undefined && key.generation <= generation) rmSync(join(folder, name), {force: true});
  }
  if (readdirSync(folder).length === 0) rmSync(folder, {recursive: true, force: true});
}
