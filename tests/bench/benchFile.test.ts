/**
 * The bench's JSON file: what is written is checked against the schema `--schema` prints, a
 * figure that could not be measured is written as null, and the summary holds the judged ratios.
 */
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {benchFileSchema, writeBenchFile, type BenchFile} from "../../src/bench/benchFile.js";
import {summaryRows} from "../../src/bench/summary.js";

const load = {loadavg: [1, 1, 1], cpus: 2, busy: {count: 0, names: []}};
const workload: BenchFile["workloads"][number] = {
  key: "W2", title: "W2", unit: "agent-updates/s",
  engine: {rates: [2e6, 3e6, 4e6], median: 3e6, steps: [8, 9, 7]},
  anchors: [{name: "numpy sorted", rates: [1e6, 2e6, 4e6], median: 2e6, ratios: [2, 1.5, 1], ratio: 1.5, clusters: [2, 2, 2], major: [2, 2, 2]}],
  target: "numpy sorted", checks: [{ok: true, text: "same"}]
};
const file = (startupMs: number): BenchFile => ({
  format: "rcmp-bench", version: 1, stamp: "2026-11-30T00:00:00Z", node: "v20", quick: true, anchors: null, notes: [],
  machine: {before: load, after: load}, elementKinds: {ok: true, detail: ""}, workloads: [workload], scenarios: [],
  startup: {rounds: 1, nodeAlone: 50, help: {wall: 100, modules: 10}, run: {firstTick: startupMs, beforeEngine: startupMs, cpuBeforeEngine: startupMs, engineToFirstTick: 1, engineWhole: 9, writing: 5, wall: 20, modulesAtFirstTick: 5, modules: 9}},
  sweeps: null, eval: null, summary: []
});

describe("bench file", () => {
  test("is written as checked JSON, NaN as null; a file that breaks the schema is refused", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "rcmp-bench-test-")), "b.json");
    await writeBenchFile(path, file(NaN));
    const written = JSON.parse(readFileSync(path, "utf8"));
    expect(written.startup.run.firstTick).toBeNull();
    expect(written.workloads[0].anchors[0].ratio).toBe(1.5);
    await expect(writeBenchFile(path, {...file(1), version: 2} as unknown as BenchFile)).rejects.toThrow();
    expect(benchFileSchema().title).toBe("rcmp-sim bench results");
  });

  test("the summary carries each workload's ratio to its target anchor, with the range over rounds", () => {
    const rows = summaryRows(file(250));
    expect(rows[0]).toMatchObject({name: "W2 engine / numpy sorted", value: 1.5, target: "≥ 1"});
    expect(rows[0].detail).toContain("1.000-2.000");
    expect(rows.find((r) => r.name.includes("start-up"))?.value).toBe(250);
  });
});
