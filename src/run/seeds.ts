/**
 * Run seeds: each run's seed is a pure function of (sweep seed, design point, replicate), so
 * that 1 worker, many workers, shards and resumed sweeps all give every run the same seed.
 *
 * Built from the murmur3 32-bit finaliser, a bijection on 32-bit integers: for points and
 * replicates below 65,536 the packed pair `point·2¹⁶ + replicate` is distinct, so the seeds of a
 * sweep never collide there; beyond, the high bits are mixed into the key (collisions then
 * become as rare as for random 32-bit numbers).
 */

/** The murmur3 finaliser: a bijective 32-bit mix. */
export function fmix32(h: number): number {
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed (an unsigned 32-bit integer) of replicate `replicate` of design point `point` in a
 * sweep with seed `sweepSeed`. All arguments are non-negative integers.
 */
export function runSeed(sweepSeed: number, point: number, replicate: number): number {
  let key = fmix32((sweepSeed ^ 0x9e3779b9) >>> 0);
  const high = Math.floor(point / 65536) * 0x10000 + Math.floor(replicate / 65536);
  if (high > 0) key = fmix32((key + fmix32(high >>> 0) + Math.floor(high / 2 ** 32)) >>> 0);
  const packed = (((point % 65536) << 16) | (replicate % 65536)) >>> 0;
  return fmix32((key ^ packed) >>> 0);
}

/** The run id of a replicate: `point · replicates + replicate` (design.csv order). */
export function runId(point: number, replicate: number, replicates: number): number {
  return point * replicates + replicate;
}
