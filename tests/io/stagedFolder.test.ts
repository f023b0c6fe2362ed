/**
 * Result folders written whole or not at all: staged beside the destination, manifest.json last
 * with every file's sha256 (checked here against hashes computed apart), renamed into place;
 * nothing at the destination and no temporary left after a failed write, a signal or (on the
 * next write) a kill; default folders claimed once each, however many ask at the same time.
 */
import {describe, expect, it} from "vitest";
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {hostname, tmpdir} from "node:os";
import {join} from "node:path";
import {StagedFolder} from "../../src/io/stagedFolder.js";
import {claimFolder} from "../../src/io/claimFolder.js";
import {removeStaleTemporaries, temporaryPrefix} from "../../src/io/temporary.js";
import {InputError} from "../../src/scenario/problems.js";

const temp = () => mkdtempSync(join(tmpdir(), "rcmp-staged-"));
const sha = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(temporaryPrefix));

describe("a staged folder", () => {
  it("appears at its destination only on commit, with manifest.json listing every file's sha256 and size", async () => {
    const parent = temp();
    const dest = join(parent, "run");
    const staged = await StagedFolder.create(dest, "absent");
    await staged.write("a.csv", "x,y\n1,2\n");
    await staged.writeLines("b.csv", ["h\n", "1\n", "2\n"]);
    await staged.write("plots/c.png", new Uint8Array([0x89, 0x50, 0, 255]));
    expect(existsSync(dest)).toBe(false);
    expect(await staged.commit({tool: "rcmp-sim", kind: "run"})).toBe(dest);
    expect(readdirSync(dest).sort()).toEqual(["a.csv", "b.csv", "manifest.json", "plots"]);
    const manifest = JSON.parse(readFileSync(join(dest, "manifest.json"), "utf8"));
    expect(manifest.kind).toBe("run");
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dest, f.name));
      expect(f.sha256, f.name).toBe(sha(bytes));
      expect(f.bytes, f.name).toBe(bytes.length);
    }
    expect(manifest.files.map((f: {name: string}) => f.name)).toEqual(["a.csv", "b.csv", "plots/c.png"]);
    expect(leftovers(parent)).toEqual([]);
  });

  it("leaves nothing when a write fails, and says which file and that nothing was written", async () => {
    const parent = temp();
    const dest = join(parent, "run");
    const staged = await StagedFolder.create(dest, "absent");
    await staged.write("a", "a file where a folder is wanted next");
    const failed = await staged.write("a/b.csv", "x").then(() => undefined, (err: unknown) => err);
    expect(failed).toBeInstanceOf(InputError);
    expect((failed as Error).message).toMatch(new RegExp(`^cannot write ${join(dest, "a/b.csv")}: [a-z ]+; nothing was written to ${dest}$`));
    expect(readdirSync(parent)).toEqual([]);
  });

  it("replaces a folder whole with --force: a file of the old folder does not survive", async () => {
    const parent = temp();
    const dest = join(parent, "run");
    mkdirSync(dest);
    writeFileSync(join(dest, "curves.csv"), "old replicates");
    writeFileSync(join(dest, "manifest.json"), JSON.stringify({tool: "rcmp-sim"}));
    const staged = await StagedFolder.create(dest, "replace");
    await staged.write("timeseries.csv", "new");
    await staged.commit({tool: "rcmp-sim", kind: "run"});
    expect(readdirSync(dest).sort()).toEqual(["manifest.json", "timeseries.csv"]);
    expect(leftovers(parent)).toEqual([]);
  });

  it("moves to the next free name when another process fills the destination meanwhile: nothing mixed", async () => {
    const parent = temp();
    const dest = join(parent, "run");
    const staged = await StagedFolder.create(dest, "absent");
    await staged.write("mine.csv", "mine");
    mkdirSync(dest);
    writeFileSync(join(dest, "theirs.csv"), "theirs");
    expect(await staged.commit({tool: "rcmp-sim"})).toBe(`${dest}-2`);
    expect(readdirSync(dest)).toEqual(["theirs.csv"]);
    expect(readdirSync(`${dest}-2`).sort()).toEqual(["manifest.json", "mine.csv"]);
  });
});

describe("claiming folders", () => {
  it("gives each of many claims at once its own folder", async () => {
    const base = join(temp(), "results", "x", "20261127T141502Z");
    const claimed = await Promise.all(Array.from({length: 30}, () => claimFolder(base)));
    expect(new Set(claimed).size).toBe(30);
    expect(claimed).toContain(base);
    expect(claimed).toContain(`${base}-30`);
  });
});

describe("temporaries left behind", () => {
  it("are removed when their process has ended on this host, and only then", () => {
    const dir = temp();
    const host = hostname().replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40) || "host";
    const dead = `${temporaryPrefix}${host}.999999999.1.run`;
    const alive = `${temporaryPrefix}${host}.${process.pid}.7.run`;
    const elsewhere = `${temporaryPrefix}another-host.999999999.1.run`;
    for (const name of [dead, alive, elsewhere]) mkdirSync(join(dir, name));
    writeFileSync(join(dir, dead, "timeseries.csv"), "half");
    expect(removeStaleTemporaries(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([alive, elsewhere].sort());
  });

  it("are removed when the process is stopped by SIGINT, SIGTERM or SIGHUP while it writes", async () => {
    for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
      const parent = temp();
      const script = `import {StagedFolder} from ${JSON.stringify(join(process.cwd(), "dist/io/stagedFolder.js"))};
        const s = await StagedFolder.create(${JSON.stringify(join(parent, "run"))}, "absent");
        await s.write("timeseries.csv", "x".repeat(1000));
        process.stdout.write("staged\\n");
        setInterval(() => {}, 1000);`;
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {stdio: ["ignore", "pipe", "pipe"]});
      await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
      expect(leftovers(parent)).toHaveLength(1);
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      expect(exit, signal).toBe(code);
      expect(readdirSync(parent), signal).toEqual([]);
    }
  });
});
