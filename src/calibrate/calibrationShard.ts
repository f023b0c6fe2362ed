/**
 * The shard files of a split calibration (`rcmp calibrate --shard i/n`): one JSON file per task
 * and generation in the folder's `shards/`, named by generation, shard and bound
 * (`generation-2.shard-1-of-3.below-1850.json`), so that a rerun task replaces its own file.
 * Each holds what it was computed from (the calibration's sha256s, rcmp's version, the previous
 * generation's population file's sha256, the tolerance), its distances (one per proposal index
 * i, i + n, i + 2n, ... below the bound; null where the proposal fell outside the prior or its
 * run failed) and their checksum, so that the collector recognises a shard of another
 * calibration, a stale one and a damaged one.
 */
import {z} from "zod";
import {join} from "node:path";
import {sha256} from "../io/sha256.js";
import type {Shard} from "../sweep/shard.js";
import {calibrationFiles} from "../results/layout.js";

/** The sub-folder of a calibration folder that holds its shard files. */
export const shardsFolder = calibrationFiles.shards;

const sha = z.string().regex(/^[0-9a-f]{64}$/).describe("a sha256, lowercase hex");
const count = z.number().int().min(0);

/** What a shard file holds (`rcmp schema --calibration-shard`). */
export const shardFileSchema = z.strictObject({
  tool: z.literal("rcmp-sim"),
  kind: z.literal("calibration-shard"),
  version: z.string().describe("the rcmp version that computed it; a shard of another version is stale"),
  calibration: z.strictObject({file: z.string(), sha256: sha}).describe("the calibration file it belongs to"),
  base: z.strictObject({sha256: sha}).describe("the base scenario's sha256"),
  targets: z.strictObject({sha256: sha}).describe("the targets file's sha256"),
  generation: count.describe("the generation (0: the prior)"),
  previous: sha.nullable().describe("sha256 of the folder's populations/<generation − 1>.csv it was computed from; null for generation 0"),
  tolerance: z.number().nullable().describe("the generation's tolerance; null for generation 0 (∞)"),
  shard: z.strictObject({index: count, count: count.min(1)}).describe("shard i of n: the proposal indices ≡ i (mod n)"),
  bound: count.describe("the proposals below this index are split among the shards"),
  seconds: z.number().min(0).describe("the task's wall time"),
  distances: z.array(z.number().nullable()).describe("the distance of each proposal index i, i + n, ... below bound, in order; null: outside the prior or the run failed"),
  sha256: sha.describe("sha256 of the JSON text of distances")
}).describe("One task's share of one generation of a split calibration (rcmp calibrate --shard i/n); rcmp calibrate --collect merges them.");

/** A shard file's content. */
export type ShardFile = z.infer<typeof shardFileSchema>;

/** What names a shard file: generation, shard and bound. */
export interface ShardKey {
  generation: number;
  shard: Shard;
  bound: number;
}

/** `generation-<g>.shard-<i>-of-<n>.below-<bound>.json`. */
export const shardFileName = (k: ShardKey): string => `generation-${k.generation}.shard-${k.shard.index}-of-${k.shard.count}.below-${k.bound}.json`;

/** The path of a shard file in calibration folder `dir`. */
export const shardPath = (dir: string, k: ShardKey): string => join(dir, shardsFolder, shardFileName(k));

/** The key a shard file's name gives, or undefined for other names. */
export function parseShardFileName(name: string): ShardKey | undefined {
  const m = /^generation-(\d+)\.shard-(\d+)-of-(\d+)\.below-(\d+)\.json$/.exec(name);
  if (m === null) return undefined;
  const [generation, index, n, bound] = m.slice(1).map(Number);
  return index < n ? {generation, shard: {index, count: n}, bound} : undefined;
}

/** The number of proposal indices below `bound` that are ≡ i (mod n). */
export const shardSize = (shard: Shard, bound: number): number => Math.max(0, Math.ceil((bound - shard.index) / shard.count));

/** The JSON text of a shard file (distances as null where not finite), its checksum computed. */
export function shardFileText(f: Omit<ShardFile, "sha256" | "distances">, distances: ArrayLike<number>): string {
  const list = Array.from(distances, (d) => (Number.isFinite(d) ? d : null));
  return `${JSON.stringify({...f, distances: list, sha256: sha256(JSON.stringify(list))})}\n`;
}

/** Reads a shard file's text: the content, or why it is damaged (bad JSON, fields, checksum, or a size or name that does not match). */
export function parseShardFile(text: string, key: ShardKey): ShardFile | {damaged: string} {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {damaged: "not complete JSON"};
  }
  const parsed = shardFileSchema.safeParse(data);
  if (!parsed.success) return {damaged: `not a calibration shard file (${parsed.error.issues[0].path.join(".") || "top"}: ${parsed.error.issues[0].message})`};
  const f = parsed.data;
  if (sha256(JSON.stringify(f.distances)) !== f.sha256) return {damaged: "its distances do not match their checksum"};
  if (f.generation !== key.generation || f.shard.index !== key.shard.index || f.shard.count !== key.shard.count || f.bound !== key.bound) {
    return {damaged: `its content is of ${shardFileName(f)}`};
  }
  if (f.distances.length !== shardSize(f.shard, f.bound)) return {damaged: `expected ${shardSize(f.shard, f.bound)} distances, found ${f.distances.length}`};
  return f;
}
