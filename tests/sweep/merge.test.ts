import {describe, expect, it} from "vitest";
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {checkShards, mergeSorted} from "../../src/sweep/merge.js";

const temp = () => mkdtempSync(join(tmpdir(), "rcmp-merge-"));

function shardFolder(base: string, index: number, count: number, over: Record<string, unknown> = {}): string {
  const dir = join(base, `s${index}`);
  mkdirSync(dir, {recursive: true});
  const manifest = {tool: "rcmp-sim", kind: "sweep", version: "1", status: "complete", sweep: {file: "s.yaml", sha256: "a"}, base: {file: "b.yaml", sha256: "b"}, shard: {index, count}, ...over};
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}

describe("merge", () => {
  it("interleaves files sorted by their leading id, keeping runs of equal ids together", () => {
    const dir = temp();
    writeFileSync(join(dir, "a.csv"), "point,x\n0,a\n0,b\n2,c\n");
    writeFileSync(join(dir, "b.csv"), "point,x\n1,d\n3,e\n3,f\n");
    expect(mergeSorted([join(dir, "a.csv"), join(dir, "b.csv")], join(dir, "out.csv"))).toBe(6);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("point,x\n0,a\n0,b\n1,d\n2,c\n3,e\n3,f\n");
  });

  it("refuses files with other columns", () => {
    const dir = temp();
    writeFileSync(join(dir, "a.csv"), "run,x\n0,a\n");
    writeFileSync(join(dir, "b.csv"), "run,y\n1,b\n");
    expect(() => mergeSorted([join(dir, "a.csv"), join(dir, "b.csv")], join(dir, "out.csv"))).toThrow(/other columns/);
  });

  it("orders shards by index and refuses mixed sweeps, repeats, gaps and unfinished shards", () => {
    const base = temp();
    const [s0, s1] = [shardFolder(base, 0, 2), shardFolder(base, 1, 2)];
    expect(checkShards([s1, s0]).ordered).toEqual([s0, s1]);
    expect(() => checkShards([s0, s0])).toThrow(/given twice/);
    expect(() => checkShards([s0])).toThrow(/missing shard 1 of 2/);
    const other = shardFolder(temp(), 1, 2, {sweep: {file: "s.yaml", sha256: "z"}});
    expect(() => checkShards([s0, other])).toThrow(/differ in their sweep file/);
    const running = shardFolder(temp(), 1, 2, {status: "running"});
    expect(() => checkShards([s0, running])).toThrow(/not complete/);
  });
});
