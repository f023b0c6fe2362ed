/**
 * docs/MODEL.md cannot silently drift from the code: its table of mechanisms is the one the
 * registry generates (`npm run docs` writes it), and every file the registry names exists.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readFileSync} from "node:fs";
import {mechanisms} from "../../src/model/mechanisms.js";
import type {Mechanism} from "../../src/model/mechanism.js";
import {mechanismTable, withMechanismTable} from "../../src/explain/mechanismTable.js";

const doc = readFileSync("docs/MODEL.md", "utf8");

describe("docs/MODEL.md", () => {
  test("holds the mechanism table generated from the registry, as it is now", () => {
    expect(withMechanismTable(doc)).toBe(doc);
    expect(doc).toContain(mechanismTable());
  });

  test("the generated table has one row per mechanism, in registry order, none empty", () => {
    const rows = mechanismTable().split("\n").slice(2);
    expect(rows.map((r) => r.match(/`(\w+)`/)?.[1])).toEqual(mechanisms.map((m) => m.name));
    for (const r of rows) for (const c of r.slice(1, -1).split(/(?<!\\)\|/)) expect(c.trim().length, r).toBeGreaterThan(0);
  });

  test("every mechanism lives in a file named after it, which exports it, and every helper it names exists", async () => {
    for (const m of mechanisms as readonly Mechanism[]) {
      const module = (await import(`../../src/model/${m.name}.ts`)) as Record<string, unknown>;
      expect(module[m.name], m.name).toBe(m);
      for (const file of m.uses ?? []) expect(existsSync(`src/model/${file}`), file).toBe(true);
    }
  });

  test("a stale table is noticed", () => {
    const stale = doc.replace("| `trustDecay` |", "| `trustDecay` (old) |");
    expect(withMechanismTable(stale)).not.toBe(stale);
  });

  test("has the ODD+D parts and the classic models", () => {
    for (const h of ["## I. Overview", "## II. Design concepts", "## III. Details", "## Classic models it reduces to", "## Metrics"]) expect(doc).toContain(h);
    for (const m of ["DeGroot", "Friedkin", "Hegselmann", "Deffuant"]) expect(doc).toContain(m);
  });
});
