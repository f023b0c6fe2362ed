/**
 * Ids of generated states: the prefix and a 1-based number, zero-padded to a common width
 * (`S0001` … `S1000`), so that they sort in order. The last list made is kept, and each call
 * returns a fresh copy of it: a sweep compiles the same scenario many times.
 */
let last: {count: number; prefix: string; ids: string[]} | undefined;

export function generatedIds(g: {count: number; prefix: string}): string[] {
  if (last === undefined || last.count !== g.count || last.prefix !== g.prefix) {
    const width = String(g.count).length;
    last = {count: g.count, prefix: g.prefix, ids: Array.from({length: g.count}, (_, i) => `${g.prefix}${String(i + 1).padStart(width, "0")}`)};
  }
  return last.ids.slice();
}
