/**
 * The saltelli and morris designs as a sweep file gets them: looked up by name, checked before
 * anything runs, with Joe–Kuo direction numbers for 1,024 dimensions.
 */
import {describe, expect, it} from "vitest";
import {join, resolve} from "node:path";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {designNamed, designs, saltelliDesign} from "../../src/sweep/designs.js";
import {designNames} from "../../src/sweep/sweepSchema.js";
import {joeKuoRows} from "../../src/sweep/joeKuo.js";
import {saltelliMaxParameters, saltelliUnit} from "../../src/sweep/saltelliDesign.js";
import {sobolMaxDimensions, sobolUnit} from "../../src/sweep/sobol.js";
import {loadSweep} from "../../src/sweep/loadSweep.js";
import {InputError} from "../../src/scenario/problems.js";

describe("the design map", () => {
  it("holds every design a sweep file may name, and names them in its error", () => {
    expect(Object.keys(designs).sort()).toEqual([...designNames].sort());
    expect(designNamed("morris")).toBe(designs.morris);
    expect(() => designNamed("factorial")).toThrow("unknown design: factorial (expected one of grid, lhs, sobol, saltelli, morris)");
    expect(() => designNamed("toString")).toThrow(/unknown design/);
  });
});

describe("Joe–Kuo direction numbers", () => {
  it("start with the rows of new-joe-kuo-6.21201 that the sobol design always used", () => {
    expect(joeKuoRows.slice(0, 6)).toEqual([[1, 0, 1], [2, 1, 1, 3], [3, 1, 1, 3, 1], [3, 2, 1, 1, 1], [4, 1, 1, 1, 3, 3], [4, 4, 1, 3, 5, 13]]);
    expect(joeKuoRows[19]).toEqual([7, 4, 1, 3, 7, 13, 13, 15, 69]);
    expect(sobolMaxDimensions).toBe(1024);
    // each row: s initial numbers m_i, odd and below 2^i (Joe and Kuo 2008)
    for (const [s, , ...m] of joeKuoRows) {
      expect(m).toHaveLength(s);
      m.forEach((v, i) => {
        expect(v % 2).toBe(1);
        expect(v).toBeLessThan(2 ** (i + 1));
      });
    }
  });

  it("give stratified points in the last dimension too, and a clear error past it", () => {
    const u = sobolUnit(64, 1024, 3);
    expect(new Set(Array.from(u[1023], (x) => Math.floor(x * 64))).size).toBe(64);
    expect(() => sobolUnit(4, 1025, 1)).toThrow("sobol sequence: at most 1024 dimensions (the Joe–Kuo direction numbers carried here), got 1025");
    expect(() => saltelliUnit(4, saltelliMaxParameters + 1, 1)).toThrow(/saltelli design: at most 512 parameters/);
  });
});

describe("the saltelli design", () => {
  it("lays out A, AB_i, BA_i and B in blocks, AB_i equal to A but in column i", () => {
    const axes = [{path: "a", from: 0, to: 1, integer: false}, {path: "b", from: 10, to: 20, integer: false}];
    const d = saltelliDesign(axes, 8, 1, true);
    expect(d.points).toHaveLength(8 * 6);
    for (let j = 0; j < 8; j++) {
      const [A, AB1, AB2, BA1, BA2, B] = d.points.slice(j * 6, j * 6 + 6);
      expect(AB1).toEqual([B[0], A[1]]);
      expect(AB2).toEqual([A[0], B[1]]);
      expect(BA1).toEqual([A[0], B[1]]);
      expect(BA2).toEqual([B[0], A[1]]);
    }
    expect(saltelliDesign(axes, 8, 1).points).toHaveLength(8 * 4);
  });
});

describe("sweep files with saltelli and morris designs", () => {
  const small = resolve("tests/sweep/fixtures/small.yaml");
  const load = async (text: string): Promise<{points?: number; problems: string[]}> => {
    const file = join(mkdtempSync(join(tmpdir(), "rcmp-designs-")), "s.yaml");
    writeFileSync(file, `base: ${small}\n${text}`);
    try {
      return {points: (await loadSweep(file)).points, problems: []};
    } catch (err) {
      if (err instanceof InputError) return {problems: err.problems.map((p) => p.message)};
      throw err;
    }
  };
  const two = "parameters:\n  dynamics.hegemonBias: {from: 0, to: 2}\n  processes.forum.ngo: [0, 0.5, 1]\n";

  it("count N·(k+2), N·(2k+2) and r·(k+1) points", async () => {
    expect((await load(`design: saltelli\nsamples: 16\n${two}`)).points).toBe(64);
    expect((await load(`design: saltelli\nsamples: 16\nsecondOrder: true\n${two}`)).points).toBe(96);
    expect((await load(`design: morris\nsamples: 5\nlevels: 6\ncandidates: 20\n${two}`)).points).toBe(15);
  });

  it("refuse options of another design, odd levels, too few candidates, no parameters", async () => {
    expect((await load(`design: saltelli\n${two}`)).problems.join()).toMatch(/a saltelli design needs `samples`: the number of base rows/);
    expect((await load(`design: lhs\nsamples: 4\nsecondOrder: true\n${two}`)).problems.join()).toMatch(/`secondOrder` is for design: saltelli/);
    expect((await load(`design: saltelli\nsamples: 4\nlevels: 4\n${two}`)).problems.join()).toMatch(/`levels` is for design: morris/);
    expect((await load(`design: morris\nsamples: 4\nlevels: 5\n${two}`)).problems.join()).toMatch(/levels must be even/);
    expect((await load(`design: morris\nsamples: 4\ncandidates: 4\n${two}`)).problems.join()).toMatch(/candidates \(4\) must be more than samples \(4\)/);
    expect((await load("design: morris\nsamples: 4\n")).problems.join()).toMatch(/a morris design needs at least one parameter/);
  });

  it("accept the README's example", async () => {
    const plan = await loadSweep(resolve("examples/sensitivity/world-2004-saltelli.yaml"));
    expect(plan.points).toBe(128 * 9);
    expect(plan.runs).toBe(2304);
  });
});
