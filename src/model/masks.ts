/**
 * Sets of states as 0/1 masks over the states (in id order), and back to index lists.
 */

/** A 0/1 mask over states from a list of ids; `"*"` stands for every state. */
export function mask(ids: readonly string[], n: number, index: Map<string, number>): Uint8Array {
  const m = new Uint8Array(n);
  for (const id of ids) {
    if (id === "*") m.fill(1);
    else m[index.get(id)!] = 1;
  }
  return m;
}

/** Indices where a mask is set, ascending. */
export function membersOf(mask: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return Int32Array.from(out);
}
