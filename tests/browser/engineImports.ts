/**
 * The import graph of the engine code the notebooks use: every `../src/...` module a notebook
 * imports, followed through relative imports (`./x.js` resolves to `./x.ts`), with the bare
 * specifiers (packages, `node:` modules) each file imports.
 */
import {readFileSync, existsSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";

/** Static and dynamic import/export specifiers in a module's source text. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\bimport\s+["']([^"']+)["']/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The file a relative specifier names: `x.js` may be `x.ts`; a query like `?raw` is dropped. */
export function resolveRelative(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  if (existsSync(path)) return path;
  const ts = path.replace(/\.js$/, ".ts");
  if (existsSync(ts)) return ts;
  throw new Error(`cannot resolve ${specifier} imported by ${from}`);
}

/** Bare specifiers imported by each source file reachable from `entries`, keyed by path relative to the cwd. */
export function engineImports(entries: string[]): Map<string, string[]> {
  const bare = new Map<string, string[]>();
  const pending = [...entries.map((entry) => resolve(entry))];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    const key = relative(process.cwd(), file);
    if (bare.has(key)) continue;
    const specifiers = /\.[cm]?[jt]s$/.test(file) ? importSpecifiers(readFileSync(file, "utf8")) : [];
    bare.set(key, specifiers.filter((s) => !s.startsWith(".")));
    for (const s of specifiers) if (s.startsWith(".")) pending.push(resolveRelative(file, s));
  }
  return bare;
}

/** The local modules a notebook's cells import (`../src/...`, `../scenarios/...?raw`, `./x.ts`). */
export function notebookEntries(notebook: string): string[] {
  const html = readFileSync(notebook, "utf8");
  return importSpecifiers(html)
    .filter((s) => s.startsWith("."))
    .map((s) => join(dirname(notebook), s.replace(/\?.*$/, "")));
}
