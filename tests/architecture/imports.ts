/**
 * The import graph of `src/`: every relative import (static, `export ... from`, and dynamic
 * `import()`), type-only ones included, read from the sources.
 */
import {readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, normalize, relative} from "node:path";

/** An edge: `from` imports `to` (both relative to src/, with `.ts`). */
export interface Edge {
  from: string;
  to: string;
}

const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Comments removed, so that an import named in a doc comment is no edge. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every import edge among the files under `root` (src/ by default). */
export function importEdges(root: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(root)) {
    const from = relative(root, file);
    for (const m of code(readFileSync(file, "utf8")).matchAll(specifier)) {
      const to = normalize(join(dirname(from), m[1])).replace(/\.js$/, ".ts");
      edges.push({from, to});
    }
  }
  return edges;
}

/** The layer of a file: its folder under src/, or the file name for files at the top. */
export function layerOf(file: string): string {
  const slash = file.indexOf("/");
  return slash < 0 ? file.replace(/\.ts$/, "") : file.slice(0, slash);
}

/** Cycles among files (each as the list of files around it), by depth-first search. */
export function fileCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === "open") cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...next.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
