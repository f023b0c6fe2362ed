/**
 * The Evaluator's scheduling against a pool whose batches finish when the test says: lines come
 * out in input order whatever order batches finish in; rows that arrive together go out in
 * batches, a row alone goes out alone at once; a failed run gets an error line and the next
 * rows still run.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {Evaluator} from "../../src/eval/evaluator.js";
import {csvOutcomes} from "../../src/eval/outcomeFormat.js";
import {parseText} from "../../src/scenario/load.js";
import {runSeed} from "../../src/run/seeds.js";
import type {RunPool} from "../../src/sweep/pool.js";
import type {RunOutcome, RunTask} from "../../src/sweep/runTask.js";
import type {ReadRow} from "../../src/eval/rowReader.js";

interface Call {
  tasks: RunTask[];
  finish: (fail?: (t: RunTask) => boolean) => void;
}

/** A pool of 2 lanes, batches of up to 4, that answers a batch only when its `finish` is called. */
function manualPool(): {pool: RunPool; calls: Call[]} {
  const calls: Call[] = [];
  const pool: RunPool = {
    size: 2, batch: 4, inFlight: 2,
    run: (tasks) => new Promise<RunOutcome[]>((resolve) => {
      calls.push({tasks, finish: (fail) => resolve(tasks.map((t) => (fail?.(t) ? {run: t.run, ok: false, error: "boom"} : {run: t.run, ok: true, row: {x: t.point * 10 + t.replicate}, ticks: 1, curves: new Float64Array(0), series: null})))});
    }),
    close: async () => {}
  };
  return {pool, calls};
}

const scenarioFile = "scenarios/igc-1985.yaml";
const base = parseText(readFileSync(scenarioFile, "utf8"), scenarioFile);
const row = (n: number): ReadRow => ({ok: true, row: n, line: n + 2, overrides: []});
const tick = () => new Promise((r) => setImmediate(r));

function setUp(replicates = 1) {
  const {pool, calls} = manualPool();
  let out = "";
  const ev = new Evaluator(pool, {base, replicates, seeds: {kind: "sweep", seed: 5}, format: csvOutcomes(["x"]), write: (t) => (out += t)});
  return {ev, calls, out: () => out};
}

describe("Evaluator", () => {
  it("writes lines in input order whatever order the batches finish in", async () => {
    const {ev, calls, out} = setUp(2);
    for (let n = 0; n < 5; n++) ev.accept(row(n));
    ev.dispatch();
    // 10 runs over 2 free lanes: 2 batches of 4 (the pool's batch), the rest queued
    expect(calls.map((c) => c.tasks.map((t) => `${t.point}.${t.replicate}`))).toEqual([["0.0", "0.1", "1.0", "1.1"], ["2.0", "2.1", "3.0", "3.1"]]);
    expect(calls[0].tasks.map((t) => t.seed)).toEqual([runSeed(5, 0, 0), runSeed(5, 0, 1), runSeed(5, 1, 0), runSeed(5, 1, 1)]);
    const done = ev.end();
    calls[1].finish();
    await tick();
    expect(out()).toBe(""); // nothing: row 0 is not back yet
    calls[0].finish((t) => t.point === 1 && t.replicate === 0);
    await tick();
    calls[2].finish();
    await done;
    const lines = out().trim().split("\n").map((l) => l.split(",").filter((_, k) => k !== 2).join(","));
    expect(lines).toEqual(["0,0,0,", "0,1,1,", "1,0,,row 1 (line 3): run failed: boom", "1,1,11,", "2,0,20,", "2,1,21,", "3,0,30,", "3,1,31,", "4,0,40,", "4,1,41,"]);
    expect(ev.failed).toBe(1);
  });

  it("sends a row that arrives alone at once, and splits a few rows over the free lanes", async () => {
    const {ev, calls} = setUp();
    ev.accept(row(0));
    ev.dispatch();
    expect(calls.map((c) => c.tasks.length)).toEqual([1]);
    for (let n = 1; n <= 3; n++) ev.accept(row(n));
    ev.dispatch();
    expect(calls.map((c) => c.tasks.length)).toEqual([1, 3]); // one lane was free: all three go
    calls[0].finish();
    await tick();
    for (let n = 4; n <= 9; n++) ev.accept(row(n));
    ev.dispatch();
    expect(calls.map((c) => c.tasks.length)).toEqual([1, 3, 4]); // a full batch on the one free lane; 2 rows wait
    calls[1].finish();
    await tick();
    expect(calls.map((c) => c.tasks.length)).toEqual([1, 3, 4, 2]);
  });

  it("answers a row that could not be read with an error line in its place", async () => {
    const {ev, calls, out} = setUp();
    ev.accept(row(0));
    ev.accept({ok: false, row: 1, line: 3, message: "expected 2 cells (a,b), got 3"});
    ev.accept(row(2));
    ev.dispatch();
    const done = ev.end();
    calls.forEach((c) => c.finish());
    await done;
    expect(out().trim().split("\n")).toEqual([`0,0,${runSeed(5, 0, 0)},0,`, "1,0,,,\"row 1 (line 3): expected 2 cells (a,b), got 3\"", `2,0,${runSeed(5, 2, 0)},20,`]);
  });
});
