/**
 * Ids of generated states: the prefix and a 1-based number, zero-padded to a common width
 * (`S0001` … `S1000`), so that they sort in order.
 */
export function generatedIds(g: {count: number; prefix: string}): string[] {
  const width = String(g.count).length;
  return Array.from({length: g.count}, (_, i) => `${g.prefix}${String(i + 1).padStart(width, "0")}`);
}
