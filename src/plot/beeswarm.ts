/**
 * Deterministic beeswarm levels: for values on a line, an integer level per value (0, then 1, −1,
 * 2, −2, …) such that two values on the same level are at least `diameter` apart (same units as
 * the values). Values are placed in ascending order (ties by index), each on the first free level.
 */
export function beeswarm(values: readonly number[], diameter: number): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const lastAt = new Map<number, number>();
  const levels = new Array<number>(values.length).fill(0);
  for (const i of order) {
    for (let k = 0; ; k++) {
      const level = k % 2 === 1 ? (k + 1) / 2 : k === 0 ? 0 : -k / 2;
      const last = lastAt.get(level);
      if (last === undefined || values[i] - last >= diameter) {
        lastAt.set(level, values[i]);
        levels[i] = level;
        break;
      }
    }
  }
  return levels;
}
