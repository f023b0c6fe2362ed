import {describe, expect, it} from "vitest";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {loadSweep} from "../../src/sweep/loadSweep.js";
import {InputError} from "../../src/scenario/problems.js";

const small = resolve("tests/sweep/fixtures/small.yaml");

/** Writes a sweep file and loads it; returns the plan or the error's message lines. */
async function load(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), "rcmp-sweep-load-")), "s.yaml");
  writeFileSync(file, text);
  try {
    return {plan: await loadSweep(file), problems: [] as string[]};
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return {plan: undefined, problems: err.message.split("\n").map((l) => l.replace(/^.*s\.yaml/, "s.yaml"))};
  }
}

describe("loadSweep", () => {
  it("builds the design and fills defaults", async () => {
    const {plan} = await load(`base: ${small}\nparameters:\n  dynamics.hegemonBias: [0, 1]\n  processes.forum.meetEvery: {from: 1, to: 2, steps: 4}\n`);
    expect(plan?.spec).toMatchObject({replicates: 1, seed: 1, design: "grid"});
    expect(plan?.design.points).toEqual([[0, 1], [0, 2], [1, 1], [1, 2]]);
    expect(plan?.record).toEqual(["dispersion", "toStandard", "toHegemon"]);
    expect(plan?.summaryColumns).toContain("final.dispersion");
    expect(plan?.runs).toBe(4);
  });

  it("reports schema problems with line and column", async () => {
    const {problems} = await load(`base: ${small}\nreplicates: 0\nsed: 3\n`);
    expect(problems).toContain("s.yaml:2:13: replicates: must be at least 1 (got 0)");
    expect(problems.some((p) => /^s\.yaml:3:1: .*unknown key "sed" \(did you mean "seed"\?\)/.test(p))).toBe(true);
  });

  it("asks lhs for samples and grids for steps", async () => {
    expect((await load(`base: ${small}\ndesign: lhs\nparameters:\n  dynamics.hegemonBias: {from: 0, to: 1}\n`)).problems.join()).toMatch(/an lhs design needs `samples`/);
    expect((await load(`base: ${small}\nparameters:\n  dynamics.hegemonBias: {from: 0, to: 1}\n`)).problems.join()).toMatch(/a grid needs a list of values or \{from, to, steps\}/);
  });

  it("names a missing base scenario", async () => {
    expect((await load("base: nowhere.yaml\n")).problems.join()).toMatch(/s\.yaml:1:7: base: no such file: .*nowhere\.yaml/);
  });

  it("checks both ends of a sampled range", async () => {
    const {problems} = await load(`base: ${small}\ndesign: lhs\nsamples: 4\nparameters:\n  processes.forum.ngo: {from: 0.5, to: 1.5}\n`);
    expect(problems.join()).toMatch(/value 1\.5: processes\[0\]\.ngo: must be at most 1/);
  });

  it("refuses a recorded metric the scenario lacks, with a suggestion", async () => {
    const {problems} = await load(`base: ${small}\nrecord: [dispersion, toHegmon]\n`);
    expect(problems.join()).toMatch(/record\[1\]: this scenario records no metric "toHegmon" \(did you mean "toHegemon"\?\)/);
  });

  it("leaves default metrics out that the scenario lacks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rcmp-sweep-load-"));
    writeFileSync(join(dir, "b.yaml"), "id: b\ndimensions: [{id: a}]\nstates: [{id: X, ideal: [0.2]}, {id: Y, ideal: [0.8]}]\n");
    writeFileSync(join(dir, "s.yaml"), "base: b.yaml\n");
    const plan = await loadSweep(join(dir, "s.yaml"));
    expect(plan.record).toEqual(["dispersion", "toHegemon"]);
    expect(plan.dropped).toEqual(["toStandard"]);
  });

  it("rounds sampled integer fields", async () => {
    const {plan} = await load(`base: ${small}\ndesign: lhs\nsamples: 10\nseed: 4\nparameters:\n  processes.forum.meetEvery: {from: 1, to: 8}\n`);
    for (const [v] of plan!.design.points) expect(Number.isInteger(v)).toBe(true);
  });
});
