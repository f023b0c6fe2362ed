/**
 * Dependencies point one way: scenario → model → metrics → run → plot → results and explain →
 * analysis → io → sweep → cli (bench on top, `version` at the bottom, the two entry points
 * `index` and `node` importing anything). A layer may import from its own folder and from any
 * lower layer; two layers of one rank never import each other; no file is in an import cycle.
 */
import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {fileCycles, importEdges, layerOf, type Edge} from "./imports.js";

/** Rank of each layer: a file may import only from layers of lower rank (or its own). */
export const layerRank: Record<string, number> = {
  version: 0,
  scenario: 1,
  model: 2,
  metrics: 3,
  run: 4,
  plot: 5,
  results: 6,
  explain: 6,
  analysis: 7,
  explore: 7.5,
  io: 8,
  sweep: 9,
  eval: 9.5,
  calibrate: 9.5,
  cli: 10,
  bench: 11,
  index: 12,
  node: 12
};

/** Edges against the order, as `from -> to` lines. */
function violations(edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const {from, to} of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    const ra = layerRank[a];
    const rb = layerRank[b];
    if (ra === undefined || rb === undefined) out.push(`${from} -> ${to}: unknown layer ${ra === undefined ? a : b}`);
    else if (rb >= ra) out.push(`${from} -> ${to}: ${a} may not import ${b}`);
  }
  return out;
}

describe("the import graph of src/", () => {
  const edges = importEdges(join(process.cwd(), "src"));

  it("has edges to check", () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it("has no import against the order of the layers", () => {
    expect(violations(edges)).toEqual([]);
  });

  it("has no import cycle between files", () => {
    expect(fileCycles(edges).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("would catch an upward import and a cycle", () => {
    const root = mkdtempSync(join(tmpdir(), "rcmp-deps-"));
    for (const dir of ["model", "metrics", "cli"]) mkdirSync(join(root, dir));
    writeFileSync(join(root, "model/a.ts"), 'import {b} from "../metrics/b.js";\nexport const a = 1;\n');
    writeFileSync(join(root, "metrics/b.ts"), 'import type {c} from "../model/c.js";\nexport const b = 2;\n');
    writeFileSync(join(root, "model/c.ts"), '// import {x} from "../cli/x.js";\nexport const c = import("./d.js");\n');
    writeFileSync(join(root, "model/d.ts"), 'export {c} from "./c.js";\n');
    const found = importEdges(root);
    expect(violations(found)).toEqual(["model/a.ts -> metrics/b.ts: model may not import metrics"]);
    expect(fileCycles(found).map((c) => c.join(" -> "))).toEqual(["model/c.ts -> model/d.ts -> model/c.ts"]);
  });
});
