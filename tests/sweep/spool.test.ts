import {describe, expect, it} from "vitest";
import {appendFileSync, closeSync, mkdtempSync, openSync, statSync, truncateSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {packCurves, readSpoolRecord, scanSpool, SpoolWriter} from "../../src/sweep/spool.js";

const temp = () => join(mkdtempSync(join(tmpdir(), "rcmp-spool-")), "curves.bin");

function write(path: string, runs: number[]): void {
  const w = new SpoolWriter(path);
  w.append(runs.map((run) => ({run, point: Math.floor(run / 2), ticks: 3, packed: packCurves([0, 1, 2], [null, null, null], [[run, run + 1, run + 2], [-run, 0, run]])})));
  w.close();
}

describe("curve spool", () => {
  it("reads back what was written, by run", () => {
    const path = temp();
    write(path, [2, 0, 1]);
    const {offsets} = scanSpool(path, 4);
    expect(offsets[3]).toBe(-1);
    const fd = openSync(path, "r");
    const r = readSpoolRecord(fd, offsets[1]);
    closeSync(fd);
    expect(r.run).toBe(1);
    expect(r.point).toBe(0);
    expect([...r.ticks]).toEqual([0, 1, 2]);
    expect(r.years.every(Number.isNaN)).toBe(true);
    expect(r.values.map((v) => [...v])).toEqual([[1, 2, 3], [-1, 0, 1]]);
  });

  it("stops at a record cut short and cuts it off when repairing", () => {
    const path = temp();
    write(path, [0, 1]);
    const whole = statSync(path).size;
    truncateSync(path, whole - 5);
    const {offsets, valid} = scanSpool(path, 2, true);
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(-1);
    expect(statSync(path).size).toBe(valid);
    write(path, [1]);
    expect(scanSpool(path, 2).offsets[1]).toBe(valid);
  });

  it("ignores a tail of garbage", () => {
    const path = temp();
    write(path, [0]);
    appendFileSync(path, Buffer.alloc(100, 7));
    expect(scanSpool(path, 1).offsets[0]).toBe(0);
  });

  it("keeps the last record of a run written twice", () => {
    const path = temp();
    write(path, [0, 0]);
    expect(scanSpool(path, 1).offsets[0]).toBeGreaterThan(0);
  });
});
