/**
 * The lock that keeps two sweeps out of one folder: refused while its holder lives (or, from
 * another host, while it is touched), taken over once it is gone.
 */
import {describe, expect, it} from "vitest";
import {mkdtempSync, readFileSync, utimesSync, writeFileSync, existsSync} from "node:fs";
import {hostname, tmpdir} from "node:os";
import {join} from "node:path";
import {lockFolder, staleSeconds} from "../../src/io/folderLock.js";

const temp = () => mkdtempSync(join(tmpdir(), "rcmp-lock-"));

describe("a folder lock", () => {
  it("is refused while held, and free again once released", () => {
    const dir = temp();
    const release = lockFolder(dir);
    expect(readFileSync(join(dir, ".lock"), "utf8")).toMatch(new RegExp(`^${hostname()} ${process.pid} `));
    writeFileSync(join(dir, ".lock"), `${hostname()} 1 2026-01-01T00:00:00Z\n`); // pid 1 is alive
    expect(() => lockFolder(dir)).toThrow(`${dir} is in use: rcmp (process 1 on ${hostname()}, since 2026-01-01T00:00:00Z)`);
    release();
    expect(existsSync(join(dir, ".lock"))).toBe(false);
    lockFolder(dir)();
  });

  it("is taken over from a process of this host that has ended", () => {
    const dir = temp();
    writeFileSync(join(dir, ".lock"), `${hostname()} 999999999 2026-01-01T00:00:00Z\n`);
    const release = lockFolder(dir);
    expect(readFileSync(join(dir, ".lock"), "utf8")).toContain(` ${process.pid} `);
    release();
  });

  it("from another host, is refused while touched and taken over when left untouched", () => {
    const dir = temp();
    writeFileSync(join(dir, ".lock"), "node-17 4242 2026-01-01T00:00:00Z\n");
    expect(() => lockFolder(dir)).toThrow(/process 4242 on node-17.*taken over 5 minutes after its last touch/);
    const old = new Date(Date.now() - (staleSeconds + 60) * 1000);
    utimesSync(join(dir, ".lock"), old, old);
    lockFolder(dir)();
  });
});
