/**
 * Shards: `--shard i/n` runs the design points whose index ≡ i (mod n), i from 0 to n − 1, so
 * that n machines (or job-array tasks) share a sweep and `rcmp merge` joins their folders.
 */
import {excerpt, InputError} from "../scenario/problems.js";

/** Shard i of n (0 ≤ i < n). */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `"i/n"`; throws InputError (exit code 2) for anything else. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new InputError(`--shard: expected i/n such as 3/40, got ${excerpt(text)}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new InputError(`--shard: the number of shards must be at least 1, got ${count}`);
  if (index >= count) throw new InputError(`--shard: the shard index counts from 0 and must be below ${count}, got ${index}`);
  return {index, count};
}

/** Whether design point `point` belongs to the shard (every point without one). */
export function inShard(point: number, shard: Shard | undefined): boolean {
  return shard === undefined || point % shard.count === shard.index;
}

/** The design points of a shard, ascending. */
export function shardPoints(points: number, shard: Shard | undefined): number[] {
  const out: number[] = [];
  const start = shard?.index ?? 0;
  const stride = shard?.count ?? 1;
  for (let p = start; p < points; p += stride) out.push(p);
  return out;
}
