/**
 * What the CLI loads before any command runs: the modules statically imported from
 * dist/cli/main.js (`npm test` builds first). The figure code (Plot, jsdom, resvg), the worker
 * pool and mathjs are loaded only by the commands that use them, through `await import()`;
 * a static import of one of them from a command's file (or anything it imports) would make
 * every command, `rcmp run` included, pay for loading it (Plot alone is about 80 modules).
 */
import {readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {expect, test} from "vitest";

const staticImport = /^\s*(?:import|export)\s(?:[^;"']*?\sfrom\s)?["']([^"']+)["']/gm;

/** Packages reachable by static imports from a built file, each with one chain of files that leads to it. */
function staticPackages(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const via = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const m of readFileSync(file, "utf8").matchAll(staticImport)) {
      const spec = m[1];
      const chain = via.get(file)!;
      if (spec.startsWith(".")) {
        const next = resolve(dirname(file), spec);
        if (!via.has(next)) {
          via.set(next, [...chain, next]);
          queue.push(next);
        }
      } else if (!spec.startsWith("node:")) {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
        if (!found.has(name)) found.set(name, [...chain.map((f) => relative(process.cwd(), f)), name]);
      }
    }
  }
  return found;
}

test("the CLI's start-up loads no figure code, worker pool or mathjs", () => {
  const packages = staticPackages(join(process.cwd(), "dist/cli/main.js"));
  expect(packages.has("commander")).toBe(true); // the walk sees the imports at all
  const heavy = ["@observablehq/plot", "jsdom", "@resvg/resvg-js", "piscina", "mathjs"];
  expect(heavy.filter((p) => packages.has(p)).map((p) => packages.get(p)!.join(" -> "))).toEqual([]);
});
