/**
 * docs/MODEL.md cannot silently drift from the code: its table of mechanisms names every
 * mechanism the engine knows (`mechanismNames`), each with what turns it off and its file.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readFileSync} from "node:fs";
import {mechanismNames} from "../../src/model/step.js";

const doc = readFileSync("docs/MODEL.md", "utf8");

/** The rows of the first Markdown table after the heading, as cells. */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = doc.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith("|")) break;
    rows.push(l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows.slice(2);
}

describe("docs/MODEL.md", () => {
  const rows = tableAfter("## Mechanisms at a glance");

  test("its mechanism table has a row for every mechanism in mechanismNames", () => {
    const named = new Set(rows.map((r) => r[0].match(/^`([^`]+)`$/)?.[1]).filter((n) => n !== undefined));
    for (const name of mechanismNames) expect(named.has(name), `no row for \`${name}\``).toBe(true);
  });

  test("every row says what it does, its parameters, what turns it off, and a file that exists", () => {
    for (const r of rows) {
      expect(r, r[0]).toHaveLength(5);
      for (const cell of r) expect(cell.length, `${r[0]}: empty cell`).toBeGreaterThan(0);
      for (const file of r[4].matchAll(/`([\w.]+\.ts)`/g)) expect(existsSync(`src/model/${file[1]}`), file[1]).toBe(true);
    }
  });

  test("has the ODD+D parts and the classic models", () => {
    for (const h of ["## I. Overview", "## II. Design concepts", "## III. Details", "## Classic models it reduces to", "## Metrics"]) expect(doc).toContain(h);
    for (const m of ["DeGroot", "Friedkin", "Hegselmann", "Deffuant"]) expect(doc).toContain(m);
  });
});
