/**
 * The rule that says which clusters count, kept apart from how clusters are found (clusters.ts):
 * a cluster is *major* when it holds at least max(min(2, m), ⌈share·m⌉) of a group's m states, so
 * that a lone state is never a major cluster of a group of two or more, whatever the group's size
 * (with a share alone, 2% of 16 states made every lone state major).
 */

/** The fewest states a major cluster of a group of `m` states holds, with `share` = `metrics.majorShare`. */
export function majorClusterSize(m: number, share: number): number {
  return Math.max(Math.min(2, m), Math.ceil(share * m - 1e-9));
}

/** How many of the clusters (their sizes) are major in a group of `m` states. */
export function majorClusterCount(sizes: readonly number[], m: number, share: number): number {
  const least = majorClusterSize(m, share);
  let count = 0;
  for (const s of sizes) if (s >= least) count++;
  return count;
}
