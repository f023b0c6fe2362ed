/**
 * Sets of states as 0/1 masks over the states (in id order), and back to index lists.
 */

/** State indices by id (a Map, or `stateIndex`'s lazy one). */
export interface StateIndex {
  get(id: string): number | undefined;
}

/** The index of each id in `ids`, built on the first lookup (scenarios that only say `"*"` never build it). */
export function stateIndex(ids: readonly string[]): StateIndex {
  let map: Map<string, number> | undefined;
  return {
    get(id) {
      if (map === undefined) {
        map = new Map();
        for (let i = 0; i < ids.length; i++) map.set(ids[i], i);
      }
      return map.get(id);
    }
  };
}

/** A 0/1 mask over states from a list of ids; `"*"` stands for every state. */
export function mask(ids: readonly string[], n: number, index: StateIndex): Uint8Array {
  const m = new Uint8Array(n);
  for (const id of ids) {
    if (id === "*") m.fill(1);
    else m[index.get(id)!] = 1;
  }
  return m;
}

/** Indices where a mask is set, ascending (counted first, then written: no growing list). */
export function membersOf(mask: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i] !== 0 ? 1 : 0;
  const out = new Int32Array(count);
  for (let i = 0, c = 0; i < mask.length; i++) if (mask[i] !== 0) out[c++] = i;
  return out;
}
