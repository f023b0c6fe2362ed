import {describe, expect, it} from "vitest";
import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {checkShards, mergeSorted} from "../../src/sweep/merge.js";

const temp = () => mkdtempSync(join(tmpdir(), "rcmp-merge-"));

/** A shard folder as rcmp leaves a complete one: its files, and a manifest listing each with its sha256. */
function shardFolder(base: string, index: number, count: number, over: Record<string, unknown> = {}): string {
  const dir = join(base, `s${index}`);
  mkdirSync(dir, {recursive: true});
  const texts: Record<string, string> = {
    "design.csv": `run,point,replicate,seed\n${index},${index},0,7\n`,
    "runs.csv": `run,point,replicate,seed,ticks\n${index},${index},0,7,10\n`,
    "curves.csv": "point,metric,tick,year,n,mean,p05,p50,p95\n",
    "failures.csv": "run,point,replicate,seed,error\n"
  };
  const files = Object.entries(texts).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return {name, sha256: createHash("sha256").update(text).digest("hex"), bytes: Buffer.byteLength(text)};
  });
  const manifest = {tool: "rcmp-sim", kind: "sweep", version: "1", status: "complete", sweep: {file: "s.yaml", sha256: "a"}, base: {file: "b.yaml", sha256: "b"}, shard: {index, count}, files, ...over};
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

  it("orders shards by index and refuses mixed sweeps, repeats, gaps and unfinished shards", async () => {
    const base = temp();
    const [s0, s1] = [shardFolder(base, 0, 2), shardFolder(base, 1, 2)];
    expect((await checkShards([s1, s0])).ordered).toEqual([s0, s1]);
    await expect(checkShards([s0, s0])).rejects.toThrow(/given twice/);
    await expect(checkShards([s0])).rejects.toThrow(/missing shard 1 of 2/);
    const other = shardFolder(temp(), 1, 2, {sweep: {file: "s.yaml", sha256: "z"}});
    await expect(checkShards([s0, other])).rejects.toThrow(/differ in their sweep file/);
    const running = shardFolder(temp(), 1, 2, {status: "running"});
    await expect(checkShards([s0, running])).rejects.toThrow(/not complete/);
  });

  it("refuses a shard whose runs.csv is missing, cut short or changed, naming the file and how to redo it", async () => {
    const cut = shardFolder(temp(), 1, 2);
    const s0 = shardFolder(temp(), 0, 2);
    writeFileSync(join(cut, "runs.csv"), "run,point,replicate,seed,ticks\n");
    await expect(checkShards([s0, cut])).rejects.toThrow(`${cut}/runs.csv: damaged: its sha256 differs from the one manifest.json records (31 bytes, 42 when written), so it was cut short or changed after it was written; make it again with: rcmp sweep s.yaml --shard 1/2 --force --out ${cut}`);
    const gone = shardFolder(temp(), 1, 2);
    rmSync(join(gone, "runs.csv"));
    await expect(checkShards([s0, gone])).rejects.toThrow(new RegExp(`${gone}/runs.csv: missing or not a plain file \\(manifest.json lists it\\); make it again with: rcmp sweep s.yaml`));
    const flipped = shardFolder(temp(), 1, 2);
    writeFileSync(join(flipped, "runs.csv"), readFileSync(join(flipped, "runs.csv"), "utf8").replace("10", "11"));
    await expect(checkShards([s0, flipped])).rejects.toThrow(/runs\.csv: damaged/);
    const unlisted = shardFolder(temp(), 1, 2, {files: undefined});
    await expect(checkShards([s0, unlisted])).rejects.toThrow(/lists no files with their sha256/);
  });
});
