/**
 * A run is written once (issue #10, point 4): a replicated run's folder, replicate files and
 * figure included, is written file by file into its staging folder and moved into place; no
 * file is written twice, and manifest.json and curves.csv are never read back.
 */
import {describe, expect, it, vi} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {tmpdir} from "node:os";
import {mkdtempSync} from "node:fs";

const calls = vi.hoisted(() => [] as string[]);

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const logged = <K extends "writeFile" | "readFile" | "open" | "appendFile">(op: K) =>
    ((path: unknown, ...rest: unknown[]) => {
      calls.push(`${op} ${String(path)}${op === "open" ? ` ${String(rest[0] ?? "r")}` : ""}`);
      return (real[op] as (...args: unknown[]) => unknown)(path, ...rest);
    }) as (typeof real)[K];
  const mocked = {...real, writeFile: logged("writeFile"), readFile: logged("readFile"), open: logged("open"), appendFile: logged("appendFile")};
  return {...mocked, default: mocked};
});

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const mocked = {
    ...real,
    createReadStream: ((path: unknown, ...rest: unknown[]) => {
      calls.push(`read ${String(path)}`);
      return (real.createReadStream as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof real.createReadStream,
    readFileSync: ((path: unknown, ...rest: unknown[]) => {
      calls.push(`read ${String(path)}`);
      return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof real.readFileSync
  };
  return {...mocked, default: mocked};
});

const {writeRun} = await import("../../src/io/writeRun.js");
const {runReplicates} = await import("../../src/run/replicates.js");
const {builtin} = await import("../helpers/scenarios.js");

describe("a replicated run", () => {
  it("writes each file once and reads none back", async () => {
    const file = "scenarios/teaching/hegemon.yaml";
    const scenario = builtin(file);
    const batch = runReplicates(scenario, {ticks: 12, replicates: 4});
    const dir = join(mkdtempSync(join(tmpdir(), "rcmp-once-")), "run");
    calls.length = 0;
    const placed = await writeRun(dir, {
      source: {path: file, text: "x"}, scenario, result: batch.first, seed: 1, ticks: 12, argv: [], overrides: [], wallSeconds: 0.1, replicates: batch
    });
    expect(placed).toBe(dir);
    const writes = calls.filter((c) => c.startsWith("writeFile ") || / w$/.test(c)).map((c) => c.split(" ")[1].split("/").pop());
    expect(writes.sort()).toEqual(["convergence.png", "convergence.svg", "curves.csv", "manifest.json", "replicates.csv", "scenario.yaml", "states.csv", "summary.json", "timeseries.csv"]);
    const reads = calls.filter((c) => /^(read|readFile) /.test(c) || / r$/.test(c));
    expect(reads.filter((c) => /(manifest\.json|curves\.csv)/.test(c))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(manifest.kind).toBe("replicated");
    expect(manifest.replicates.count).toBe(4);
    expect(manifest.files.map((f: {name: string}) => f.name).sort()).toEqual(readdirSync(dir).filter((n) => n !== "manifest.json").sort());
  });
});
