/**
 * Result folders as users and faults meet them (issue #11): commands started together never
 * share a folder, `--force` replaces a folder whole, a kill at any moment leaves the folder whole
 * or absent (and its temporary is removed by the next run), ids cannot escape their folder, and
 * an output that cannot be written gets exit code 2 naming it, before the run.
 */
import {describe, expect, test} from "vitest";
import {spawn, execFileSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {verifyResultFolder} from "../../src/io/verifyFolder.js";
import {temporaryPrefix} from "../../src/io/temporary.js";

const hegemon = resolve("scenarios/teaching/hegemon.yaml");
const igc = resolve("scenarios/igc-1985.yaml");
const cli = resolve("dist/cli/main.js");

/** Runs the CLI without waiting. */
function start(args: string[], cwd: string): Promise<{code: number | null; stderr: string}> {
  const child = spawn(process.execPath, [cli, ...args], {cwd, stdio: ["ignore", "ignore", "pipe"]});
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((done) => child.on("exit", (code) => done({code, stderr})));
}

/** The clean refusal: exit 2, no stack trace, no raw error code. */
function expectRefused(r: {code: number; stderr: string}): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at |\.js:\d+|E[A-Z]{3,}:/);
}

describe("folders claimed once", () => {
  test("six runs started together without --out get six whole folders", async () => {
    const cwd = tempDir();
    const results = await Promise.all(Array.from({length: 6}, () => start(["run", hegemon, "--ticks", "5", "--quiet", "--no-plots"], cwd)));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const folders = readdirSync(join(cwd, "results", "hegemon"));
    expect(folders).toHaveLength(6);
    for (const f of folders) expect((await verifyResultFolder(join(cwd, "results", "hegemon", f))).kind).toBe("run");
  });

  test("two sweeps of files with the same name, started together without --out, get two folders", async () => {
    const cwd = tempDir();
    for (const [sub, bias] of [["a", 0], ["b", 2]]) {
      mkdirSync(join(cwd, sub));
      writeFileSync(join(cwd, sub, "bias.yaml"), `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: 4\nseed: ${bias}\nparameters:\n  dynamics.hegemonBias: [${bias}]\n`);
    }
    const results = await Promise.all(["a", "b"].map((sub) => start(["sweep", join(sub, "bias.yaml"), "--workers", "1", "--no-plots", "--quiet"], cwd)));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const folders = readdirSync(join(cwd, "results", "bias")).map((f) => join(cwd, "results", "bias", f));
    expect(folders).toHaveLength(2);
    const seeds = [];
    for (const f of folders) {
      const verified = await verifyResultFolder(f);
      seeds.push(verified.manifest.arguments?.[1]);
      expect(readFileSync(join(f, "runs.csv"), "utf8").trim().split("\n")).toHaveLength(5);
    }
    expect(seeds.sort()).toEqual(["a/bias.yaml", "b/bias.yaml"]);
  });
});

describe("--force", () => {
  test("replaces a replicated run whole: its curves.csv and replicates.csv do not survive a plain run", async () => {
    const out = join(tempDir(), "run");
    expect((await rcmp(["run", hegemon, "--ticks", "6", "--replicates", "3", "--out", out, "--quiet", "--no-plots"])).code).toBe(0);
    expect(readdirSync(out)).toContain("curves.csv");
    const r = await rcmp(["run", hegemon, "--ticks", "6", "--out", out, "--force", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["convergence.png", "convergence.svg", "manifest.json", "positions.png", "positions.svg", "scenario.yaml", "states.csv", "summary.json", "timeseries.csv"]);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).kind).toBe("run");
  });

  test("never deletes the scenario it runs", async () => {
    const out = join(tempDir(), "run");
    expect((await rcmp(["run", hegemon, "--ticks", "4", "--out", out, "--quiet", "--no-plots"])).code).toBe(0);
    const r = await rcmp(["run", join(out, "scenario.yaml"), "--out", out, "--force"]);
    expectRefused(r);
    expect(r.stderr).toContain(`holds ${join(out, "scenario.yaml")}, which this command reads`);
    expect(existsSync(join(out, "scenario.yaml"))).toBe(true);
  });
});

describe("killed at any moment", () => {
  test("a run folder is whole or absent, and the next run removes what the kill left", async () => {
    const parent = tempDir();
    const out = join(parent, "igc");
    const kills = Number(process.env.RCMP_TEST_KILLS ?? 3);
    for (let k = 0; k < kills; k++) {
      const child = spawn(process.execPath, [cli, "run", igc, "--ticks", "120", "--out", out, "--force"], {stdio: "ignore"});
      const exited = new Promise((r) => child.on("exit", r)); // listened to at once: the run may end before the kill
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 1500));
      child.kill("SIGKILL");
      await exited;
      if (existsSync(out)) expect((await verifyResultFolder(out)).kind).toBe("run");
    }
    const r = await rcmp(["run", igc, "--ticks", "120", "--out", out, "--force", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(parent).filter((n) => n.startsWith(temporaryPrefix))).toEqual([]);
    expect((await verifyResultFolder(out)).kind).toBe("run");
  });
});

describe("ids and output paths", () => {
  test("an id that would leave its folder is refused wherever it comes from, and nothing is written", async () => {
    const dir = tempDir();
    const parent = join(dir, "P");
    mkdirSync(parent);
    writeFileSync(join(parent, "keep.txt"), "keep");
    const ids = ["..", ".", "CON", "nul.txt", "a/b", "x".repeat(300)];
    const files = ids.map((id, k) => {
      const file = join(dir, `s${k}.yaml`);
      writeFileSync(file, readFileSync(hegemon, "utf8").replace(/^id: .*$/m, `id: ${JSON.stringify(id)}`));
      return file;
    });
    const r = await rcmp(["run", ...files, "--out", join(parent, "out"), "--force"]);
    expectRefused(r);
    for (const file of files) expect(r.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+: id: (expected an id|cannot name a results folder|expected at most 100 characters)`));
    const set = await rcmp(["run", hegemon, hegemon, "--set", "id=..", "--out", join(parent, "out"), "--force"]);
    expectRefused(set);
    expect(set.stderr).toContain("--set id=..: expected an id of letters, digits, _ and - (and . inside): it names the results folder (got \"..\")");
    expect(readdirSync(parent)).toEqual(["keep.txt"]);
    expect(readdirSync(dir).filter((n) => !n.endsWith(".yaml"))).toEqual(["P"]);
  });

  test("a dangling link, a file, a read-only place: exit 2 naming it, before the run", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    const dangling = await rcmp(["run", hegemon, "--out", join(dir, "dangling")]);
    expectRefused(dangling);
    expect(dangling.stderr).toContain(`output folder ${join(dir, "dangling")} is a symbolic link to nothing`);
    writeFileSync(join(dir, "file"), "x");
    const file = await rcmp(["run", hegemon, "--out", join(dir, "file", "out")]);
    expectRefused(file);
    expect(file.stderr).toContain(`cannot use the output folder ${join(dir, "file", "out")}: a part of the path is a file, not a folder`);
    const proc = await rcmp(["run", hegemon, "--out", "/proc/rcmp-test"]);
    expectRefused(proc);
    expect(proc.stderr).toMatch(/^error: cannot write in \/proc: /);
    expect(proc.stdout).toBe("");
  });

  test("a full disk: exit 2 naming the file, nothing left on the disk (tmpfs, when the tests run as root)", async (context) => {
    const dir = tempDir();
    const mount = join(dir, "small");
    mkdirSync(mount);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount], {stdio: "ignore"});
    } catch {
      context.skip();
    }
    try {
      const r = await rcmp(["run", hegemon, "--out", join(mount, "run")]);
      expectRefused(r);
      expect(r.stderr).toMatch(new RegExp(`cannot write ${join(mount, "run")}/\\S+: no space left on the device; nothing was written to ${join(mount, "run")}`));
      expect(readdirSync(mount)).toEqual([]);
      const sweepFile = join(dir, "s.yaml");
      writeFileSync(sweepFile, `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: 40\nparameters:\n  dynamics.hegemonBias: [0, 1, 2]\n`);
      const s = await rcmp(["sweep", sweepFile, "--workers", "1", "--out", join(mount, "sweep")]);
      expectRefused(s);
      expect(s.stderr).toContain("no space left on the device");
      expect(s.stderr).toContain(`--resume --out ${join(mount, "sweep")}`);
    } finally {
      execFileSync("umount", [mount]);
    }
  });
});

describe("nothing overwritten by surprise", () => {
  test("explain and schema never write over their input, nor over a file without --force", async () => {
    const dir = tempDir();
    const scenario = join(dir, "s.json");
    writeFileSync(scenario, readFileSync(hegemon, "utf8"));
    const before = readFileSync(scenario, "utf8");
    const self = await rcmp(["explain", scenario, "--out", scenario, "--force"]);
    expectRefused(self);
    expect(self.stderr).toContain(`--out ${scenario} is ${scenario}, which this command reads`);
    expect(readFileSync(scenario, "utf8")).toBe(before);
    const md = join(dir, "odd.md");
    writeFileSync(md, "mine");
    expectRefused(await rcmp(["explain", scenario, "--out", md]));
    expectRefused(await rcmp(["schema", "--out", md]));
    expect(readFileSync(md, "utf8")).toBe("mine");
    expect((await rcmp(["explain", scenario, "--out", md, "--force"])).code).toBe(0);
    expect(readFileSync(md, "utf8")).toMatch(/^# /);
    expect(readdirSync(dir).sort()).toEqual(["odd.md", "s.json"]);
  });

  test("compare never writes into a folder it compares", async () => {
    const dir = tempDir();
    const run = join(dir, "run");
    expect((await rcmp(["run", hegemon, "--ticks", "4", "--out", run, "--quiet", "--no-plots"])).code).toBe(0);
    for (const out of [run, join(run, "cmp")]) {
      const r = await rcmp(["compare", run, "--out", out, "--force"]);
      expectRefused(r);
      expect(r.stderr).toContain("a folder compared");
    }
  });
});
