/**
 * What the CLI loads before a command runs: the modules statically imported from
 * dist/cli/main.js, and from the one subcommand's file that the command line names
 * (dist/cli/commands.js imports it; `npm test` builds first). The figure code (Plot, jsdom,
 * resvg), the worker pool and mathjs are loaded only by the commands that use them, through
 * `await import()`; a static import of one of them from a command's file (or anything it
 * imports) would make that command pay for loading it (Plot alone is about 80 modules).
 */
import {readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {expect, test} from "vitest";
import {commands, commandsFor} from "../../src/cli/commands.js";

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

/** Every file a built file reaches by static imports, itself included. */
function staticFiles(entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const m of readFileSync(file, "utf8").matchAll(staticImport)) {
      const next = resolve(dirname(file), m[1]);
      if (m[1].startsWith(".") && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const cliDir = join(process.cwd(), "dist/cli");
/** Each subcommand's file, as dist/cli/commands.js imports it when the command line names it. */
const commandFiles = Array.from(readFileSync(join(cliDir, "commands.js"), "utf8").matchAll(/import\("\.\/(\w+)\.js"\)/g), (m) => join(cliDir, `${m[1]}.js`));

test("the CLI's start-up loads no figure code, worker pool or mathjs, whichever command runs", () => {
  expect(commandFiles.length).toBeGreaterThan(10); // the walk sees the commands at all
  for (const entry of [join(cliDir, "main.js"), ...commandFiles]) {
    const packages = staticPackages(entry);
    const heavy = ["@observablehq/plot", "jsdom", "@resvg/resvg-js", "piscina", "mathjs"];
    expect(heavy.filter((p) => packages.has(p)).map((p) => packages.get(p)!.join(" -> ")), relative(process.cwd(), entry)).toEqual([]);
  }
  expect(staticPackages(join(cliDir, "run.js")).has("commander")).toBe(false); // type-only imports leave nothing behind
  expect(staticPackages(join(cliDir, "main.js")).has("commander")).toBe(true);
});

test("a command line that names a subcommand loads that subcommand's file and no other's; help and unknown words load them all", () => {
  const run = staticFiles(join(cliDir, "main.js"));
  for (const file of commandFiles) expect(run.has(file), relative(process.cwd(), file)).toBe(false); // main.js imports no command statically
  expect(commandsFor(["node", "rcmp", "run", "x.yaml", "--seed", "2"])).toEqual(["run"]);
  expect(commandsFor(["node", "rcmp", "--debug", "sweep", "s.yaml"])).toEqual(["sweep"]);
  const all = Object.keys(commands);
  expect(all).toHaveLength(commandFiles.length);
  for (const argv of [["node", "rcmp"], ["node", "rcmp", "--help"], ["node", "rcmp", "help", "run"], ["node", "rcmp", "frobnicate"], ["node", "rcmp", "constructor"]]) expect(commandsFor(argv)).toEqual(all);
});
