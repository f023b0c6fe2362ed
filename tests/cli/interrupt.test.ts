/**
 * Ctrl-C on a long command: `rcmp sweep` stopped by SIGINT or SIGTERM says what it saved and
 * how to continue, and exits with 130; the handlers it sets hold only while it runs (a command
 * run in-process, as the tests run most, leaves none behind, even when it fails).
 */
import {spawn} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {interruptible} from "../../src/cli/interrupt.js";
import {tempDir} from "../helpers/cli.js";

const counts = () => [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];

describe("interruptible", () => {
  it("holds its handlers while the body runs and removes them after, whether it returns or throws", async () => {
    const before = counts();
    expect(await interruptible(() => {}, async () => counts())).toEqual([before[0] + 1, before[1] + 1]);
    await expect(interruptible(() => {}, async () => Promise.reject(new Error("bad input")))).rejects.toThrow("bad input");
    expect(counts()).toEqual(before);
  });
});

describe("rcmp sweep stopped by a signal", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s: says where the finished runs are and how to resume, exit code 130", async (signal) => {
    const out = join(tempDir(), "sweep");
    const child = spawn(process.execPath, [resolve("dist/cli/main.js"), "sweep", resolve("tests/sweep/fixtures/determinism.yaml"), "--workers", "1", "--out", out, "--no-plots"], {stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((done) => {
      const timer = setInterval(() => {
        const runs = join(out, "runs.csv");
        if (existsSync(runs) && readFileSync(runs, "utf8").split("\n").length > 5) {
          clearInterval(timer);
          child.kill(signal);
        }
      }, 5);
      child.on("exit", (c) => {
        clearInterval(timer);
        done(c);
      });
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toContain(`interrupted: finished runs are saved in ${out}; complete them with: rcmp sweep ${resolve("tests/sweep/fixtures/determinism.yaml")} --resume --out ${out}`);
  }, 60_000);
});
