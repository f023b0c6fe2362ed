/**
 * A calibration split over the tasks of a job array (`rcmp calibrate --shard i/n`, then
 * `--collect`, per generation) gives the same folder as `rcmp calibrate`: every file's sha256,
 * figures included, and manifest.json but for when and how it ran. A collector with a shard
 * missing, of another calibration or computed from another generation is refused with an
 * InputError and leaves the folder as it was; bad options are refused with exit code 2.
 */
import {beforeAll, describe, expect, test} from "vitest";
import {createHash} from "node:crypto";
import {copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {calibrate} from "../../src/calibrate/calibrate.js";
import {calibrateShard} from "../../src/calibrate/calibrateShard.js";
import {collectCalibration} from "../../src/calibrate/collectCalibration.js";
import {InputError} from "../../src/scenario/problems.js";
import {calibrationShardJsonSchema} from "../../src/cli/schema.js";
import {rcmp, tempDir} from "../helpers/cli.js";
import {calibrationFile, makeTargets, truthOf} from "./synthetic.js";

/** Every file under `dir` (sub-folders included) and its sha256. */
function hashes(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashes(path, root, out);
    else out[relative(root, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}

/** What manifest.json says but when and how the calibration ran (which legitimately differs). */
function manifestBut(dir: string): Record<string, unknown> {
  const {arguments: _a, started: _s, finished: _f, wallSeconds: _w, generationSeconds, ...rest} = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  return {...rest, generations: (generationSeconds as unknown[]).length};
}

/** Runs every generation as n tasks (those of `order`, in its order) and a collector until the calibration is finished. */
async function splitRun(file: string, out: string, n: number, o: {order?: number[]; bound?: number} = {}) {
  for (let g = 0; g < 10; g++) {
    for (const index of o.order ?? Array.from({length: n}, (_, i) => i)) await calibrateShard(file, {index, count: n}, {out, generation: g, bound: o.bound});
    const r = await collectCalibration(file, {out, generation: g, bound: o.bound});
    if (r.finished !== undefined) return r;
  }
  throw new Error("the split calibration did not finish");
}

async function refused(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as Error).message;
}

describe("a split calibration's folder equals rcmp calibrate's, file by file", () => {
  const dir = tempDir();
  let file = "";
  let reference: Record<string, string> = {};
  beforeAll(async () => {
    const targets = await makeTargets(dir, truthOf(1), 1000);
    file = calibrationFile(dir, targets, 21, {particles: 30, generations: 3});
    await calibrate(file, {out: join(dir, "whole"), workers: 1});
    reference = hashes(join(dir, "whole"));
  }, 60_000);

  test.each([
    ["1 task", 1, {}],
    ["2 tasks, task 0 run twice", 2, {order: [0, 1, 0]}],
    ["3 tasks in reverse order", 3, {order: [2, 1, 0]}],
    ["2 tasks sharing only 7 proposals: the collector runs the rest", 2, {bound: 7}]
  ])("%s", async (_, n, o) => {
    const out = join(dir, `split-${_.replace(/\W+/g, "-")}`);
    const r = await splitRun(file, out, n, o);
    const got = hashes(out);
    expect(Object.keys(got).sort()).toEqual(Object.keys(reference).sort());
    for (const [name, sha] of Object.entries(reference)) if (name !== "manifest.json") expect([name, got[name]]).toEqual([name, sha]);
    expect(manifestBut(out)).toEqual(manifestBut(join(dir, "whole")));
    expect(Object.keys(reference)).toContain("plots/pairs.png");
    expect(r.finished?.stopped).toBe("generations");
    expect(existsSync(join(out, "shards"))).toBe(false);
  }, 60_000);
});

describe("a collector refuses shards it cannot use, and loses nothing", () => {
  const dir = tempDir();
  let file = "";
  let other = "";
  const out = () => join(dir, "cal");
  const shards = () => join(out(), "shards");
  beforeAll(async () => {
    const targets = await makeTargets(dir, truthOf(2), 1000);
    file = calibrationFile(dir, targets, 31, {particles: 30, generations: 2});
    other = calibrationFile(join(dir, "truth"), targets, 32, {particles: 30, generations: 2});
  });

  test("a missing shard is named with the command that makes it", async () => {
    for (const i of [0, 2]) await calibrateShard(file, {index: i, count: 3}, {out: out()});
    const before = hashes(out());
    const message = await refused(collectCalibration(file, {out: out()}));
    expect(message).toContain("generation 0 cannot be collected: missing shard file");
    expect(message).toContain(`generation-0.shard-1-of-3.below-30.json: rerun its task: rcmp calibrate ${file} --out ${out()} --shard 1/3`);
    expect(hashes(out())).toEqual(before);
  });

  test("a shard file has what rcmp schema --calibration-shard says, and nothing else", () => {
    const schema = calibrationShardJsonSchema() as {properties: Record<string, unknown>; required: string[]};
    const shard = JSON.parse(readFileSync(join(shards(), "generation-0.shard-0-of-3.below-30.json"), "utf8"));
    expect(Object.keys(shard).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(schema.required.sort()).toEqual(Object.keys(shard).sort());
    expect(shard).toMatchObject({kind: "calibration-shard", generation: 0, previous: null, tolerance: null, shard: {index: 0, count: 3}, bound: 30});
    expect(shard.distances).toHaveLength(10);
  });

  test("a shard of another calibration file", async () => {
    await calibrateShard(other, {index: 1, count: 3}, {out: join(dir, "other")});
    copyFileSync(join(dir, "other", "shards", "generation-0.shard-1-of-3.below-30.json"), join(shards(), "generation-0.shard-1-of-3.below-30.json"));
    const before = hashes(out());
    const message = await refused(collectCalibration(file, {out: out()}));
    expect(message).toMatch(/generation-0\.shard-1-of-3\.below-30\.json is a shard of another calibration \(.*calibration\.yaml, sha256 [0-9a-f]{12}…; .* has sha256/);
    expect(hashes(out())).toEqual(before);
    // its own task finds the file not its own, and replaces it; then the collection goes through
    expect((await calibrateShard(file, {index: 1, count: 3}, {out: out()})).nothing).toBeUndefined();
    expect((await collectCalibration(file, {out: out()})).row?.generation).toBe(0);
  });

  test("a shard computed from another generation, and one whose name and content disagree", async () => {
    for (const i of [0, 1, 2]) await calibrateShard(file, {index: i, count: 3}, {out: out()});
    const names = readdirSync(shards()).filter((n) => n.startsWith("generation-1.")).sort();
    expect(names).toHaveLength(3);
    const [zero, one, two] = names.map((n) => join(shards(), n));
    const text = readFileSync(one, "utf8");
    writeFileSync(one, text.replace(/"previous":"[0-9a-f]{64}"/, `"previous":"${"0".repeat(64)}"`));
    let before = hashes(out());
    let message = await refused(collectCalibration(file, {out: out()}));
    expect(message).toMatch(/missing shard file in .*; stale, not counted: generation-1\.shard-1-of-3\.below-\d+\.json \(computed from another generation 0\)/);
    expect(hashes(out())).toEqual(before);
    writeFileSync(one, text);
    renameSync(two, `${two}.saved`);
    copyFileSync(zero, two);
    before = hashes(out());
    message = await refused(collectCalibration(file, {out: out()}));
    expect(message).toMatch(/generation-1\.shard-2-of-3\.below-\d+\.json is damaged \(its content is of generation-1\.shard-0-of-3\.below-\d+\.json\): delete it and rerun its task/);
    expect(hashes(out())).toEqual(before);
    renameSync(`${two}.saved`, two);
    expect(await refused(collectCalibration(file, {out: out(), generation: 2}))).toContain("the next generation to compute in");
    const r = await collectCalibration(file, {out: out(), generation: 1});
    expect(r.finished?.stopped).toBe("generations");
    expect((await collectCalibration(file, {out: out(), generation: 1})).nothing).toMatch(/is finished/);
  }, 60_000);
});

describe("rcmp calibrate --shard and --collect: bad options refused with exit code 2", () => {
  const dir = tempDir();
  const file = join(dir, "calibration.yaml");
  test.each([
    [["--shard", "1/1x"], /--shard: expected i\/n such as 3\/40, got "1\/1x"/],
    [["--shard", "3/2"], /--shard: the shard index counts from 0 and must be below 2, got 3/],
    [["--shard", "0/2", "--resume"], /--shard always continues the calibration in --out: drop --resume/],
    [["--shard", "0/2", "--force"], /--shard always continues the calibration in --out: drop --force/],
    [["--collect", "--force"], /--collect always continues the calibration in --out: drop --force/],
    [["--shard", "0/2", "--collect"], /--shard and --collect contradict each other/],
    [["--generation", "1"], /--generation goes with --shard i\/n or --collect/],
    [["--generation", "x", "--collect"], /--generation/]
  ])("%j", async (args, message) => {
    const r = await rcmp(["calibrate", file, "--out", join(dir, "out"), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  test("--shard without --out", async () => {
    const r = await rcmp(["calibrate", file, "--shard", "0/2"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--shard needs --out DIR")]);
  });
});
