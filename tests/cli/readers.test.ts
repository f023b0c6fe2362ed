/**
 * Readers that verify (issue #11): `rcmp compare` and `rcmp merge` read a folder only when its
 * manifest is there and every file matches its sha256; otherwise exit 2 names what is missing or
 * damaged and how to make it again. A file dropped into a folder is not read as part of it.
 */
import {describe, expect, test} from "vitest";
import {execFileSync} from "node:child_process";
import {cpSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {readResultFolder} from "../../src/io/readResultFolder.js";
import {InputError} from "../../src/scenario/problems.js";

const hegemon = resolve("scenarios/teaching/hegemon.yaml");

function expectRefused(r: {code: number; stderr: string}): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at |\.js:\d+/);
}

/** What `rcmp compare` says of a folder it refuses (its reader, called in-process: the CLI prints it with exit code 2). */
async function refused(folder: string): Promise<{code: number; stderr: string}> {
  const err = await readResultFolder(folder).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return {code: 2, stderr: (err as Error).message};
}

describe("rcmp compare reads only whole folders", async () => {
  const dir = tempDir();
  const good = join(dir, "good");
  const made = await rcmp(["run", hegemon, "--ticks", "8", "--out", good, "--quiet", "--no-plots"]);
  const copy = (name: string) => {
    const to = join(dir, name);
    cpSync(good, to, {recursive: true});
    return to;
  };

  test("a whole folder is drawn", async () => {
    expect(made.code, made.stderr).toBe(0);
    expect((await rcmp(["compare", good, "--out", join(dir, "ok")])).code).toBe(0);
  });

  test("a timeseries.csv cut short, or with one byte changed, is refused, naming it and how to redo it", async () => {
    const cut = copy("cut");
    truncateSync(join(cut, "timeseries.csv"), 1000);
    const r = await rcmp(["compare", good, cut, "--out", join(dir, "never1")]);
    expectRefused(r);
    expect(r.stderr).toContain(`${cut}/timeseries.csv: damaged: its sha256 differs from the one manifest.json records (1000 bytes,`);
    expect(r.stderr).toContain(`make it again with: rcmp run ${hegemon} --force --out ${cut}`);
    const flipped = copy("flipped");
    const text = readFileSync(join(flipped, "timeseries.csv"));
    text[text.length - 3] ^= 1;
    writeFileSync(join(flipped, "timeseries.csv"), text);
    const f = await refused(flipped);
    expectRefused(f);
    expect(f.stderr).toContain(`${flipped}/timeseries.csv: damaged`);
  });

  test("a folder without its manifest (a write stopped halfway) or with a file missing is refused", async () => {
    const half = copy("half");
    rmSync(join(half, "manifest.json"));
    const r = await refused(half);
    expectRefused(r);
    expect(r.stderr).toContain(`${half}/manifest.json: missing: the folder is incomplete`);
    const gone = copy("gone");
    rmSync(join(gone, "states.csv"));
    const g = await refused(gone);
    expectRefused(g);
    expect(g.stderr).toContain(`${gone}/states.csv: missing or not a plain file (manifest.json lists it)`);
  });

  test("a foreign manifest, or one that lists a file outside the folder, is refused", async () => {
    const foreign = copy("foreign");
    writeFileSync(join(foreign, "manifest.json"), JSON.stringify({tool: "other", files: []}));
    expectRefused(await refused(foreign));
    const escape = copy("escape");
    const m = JSON.parse(readFileSync(join(escape, "manifest.json"), "utf8"));
    m.files.push({name: "../good/timeseries.csv", sha256: "0".repeat(64)});
    writeFileSync(join(escape, "manifest.json"), JSON.stringify(m));
    const r = await refused(escape);
    expectRefused(r);
    expect(r.stderr).toContain("lists a file outside the folder");
  });

  test("a listed file replaced by a pipe or a link to an endless device is refused, not read for ever", async () => {
    const piped = copy("piped");
    rmSync(join(piped, "timeseries.csv"));
    execFileSync("mkfifo", [join(piped, "timeseries.csv")]);
    const r = await refused(piped);
    expectRefused(r);
    expect(r.stderr).toContain(`${piped}/timeseries.csv: missing or not a plain file`);
    const linked = copy("linked");
    rmSync(join(linked, "states.csv"));
    symlinkSync("/dev/zero", join(linked, "states.csv"));
    expectRefused(await refused(linked));
  });

  test("a curves.csv dropped into a run folder does not turn it into a replicated run", async () => {
    const dropped = copy("dropped");
    writeFileSync(join(dropped, "curves.csv"), "group,metric,tick,year,n,mean,p05,p50,p95\nall,dispersion,0,,2,9,9,9,9\n");
    const r = await rcmp(["compare", dropped, "--out", join(dir, "cmp-dropped")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`← ${dropped} (run)`);
    expect(readFileSync(join(dir, "cmp-dropped", "compare.csv"), "utf8")).not.toContain(",9,9,9,9");
  });

  test("a sweep still running (or killed) is refused with how to resume it", async () => {
    const sweepFile = join(dir, "s.yaml");
    writeFileSync(sweepFile, `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: 2\nparameters:\n  dynamics.hegemonBias: [0, 1]\n`);
    const sweep = join(dir, "sweep");
    expect((await rcmp(["sweep", sweepFile, "--workers", "1", "--out", sweep, "--no-plots", "--quiet"])).code).toBe(0);
    const m = JSON.parse(readFileSync(join(sweep, "manifest.json"), "utf8"));
    writeFileSync(join(sweep, "manifest.json"), JSON.stringify({...m, status: "running", files: undefined}));
    const r = await rcmp(["compare", sweep, "--out", join(dir, "never7")]);
    expectRefused(r);
    expect(r.stderr).toContain(`the sweep is not complete (still running, or interrupted); complete it with: rcmp sweep ${sweepFile} --resume --out ${sweep}`);
  });
});

describe("rcmp merge reads only whole shards", () => {
  test("a shard whose runs.csv is missing or cut short is refused, naming it", async () => {
    const dir = tempDir();
    const sweepFile = join(dir, "s.yaml");
    writeFileSync(sweepFile, `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: 3\nparameters:\n  dynamics.hegemonBias: [0, 1, 2, 3]\n`);
    const shards: string[] = [];
    for (const i of [0, 1]) {
      const out = join(dir, `shard-${i}`);
      expect((await rcmp(["sweep", sweepFile, "--workers", "1", "--shard", `${i}/2`, "--out", out, "--no-plots", "--quiet"])).code).toBe(0);
      shards.push(out);
    }
    const runs = join(shards[1], "runs.csv");
    const text = readFileSync(runs, "utf8");
    writeFileSync(runs, text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1));
    const cut = await rcmp(["merge", ...shards, "--out", join(dir, "all")]);
    expectRefused(cut);
    expect(cut.stderr).toContain(`${runs}: damaged`);
    expect(cut.stderr).toContain(`rcmp sweep ${sweepFile} --shard 1/2 --force --out ${shards[1]}`);
    rmSync(runs);
    const gone = await rcmp(["merge", ...shards, "--out", join(dir, "all")]);
    expectRefused(gone);
    expect(gone.stderr).toContain(`${runs}: missing`);
    expect(() => readFileSync(join(dir, "all", "manifest.json"))).toThrow();
  });
});
