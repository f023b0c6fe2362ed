/**
 * Finds where a path of a parsed YAML document stands in the text, for error messages.
 */
import {isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node} from "yaml";

export interface Place {
  line: number;
  column: number;
}

/**
 * The line and column of the node at `path` (or of the key `key` inside it), falling back to
 * the deepest ancestor that exists; undefined when the document has no positions.
 */
export function locate(doc: Document | undefined, lines: LineCounter | undefined, path: readonly (string | number)[], key?: string): Place | undefined {
  if (doc === undefined || lines === undefined) return undefined;
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const step of key === undefined ? path : [...path, key]) {
    const next = child(node, step, step === key);
    if (next === undefined) break;
    node = next.node;
    offset = next.offset ?? rangeStart(node) ?? offset;
  }
  if (offset === undefined) return undefined;
  const pos = lines.linePos(offset);
  return {line: pos.line, column: pos.col};
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

function child(node: unknown, step: string | number, wantKey: boolean): {node: unknown; offset?: number} | undefined {
  if (isSeq(node) && typeof step === "number") {
    const item = node.items[step];
    return item === undefined ? undefined : {node: item};
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(step)) {
        return wantKey ? {node: pair.key, offset: rangeStart(pair.key)} : {node: pair.value, offset: rangeStart(pair.value) ?? rangeStart(pair.key)};
      }
    }
  }
  return undefined;
}
