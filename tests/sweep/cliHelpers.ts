/**
 * Helpers for the sweep tests that drive the CLI as a user would, through the one build of the
 * CLI that `npm test` makes before the tests (dist/, where the Piscina worker exists as
 * JavaScript): a check that it exists, a CLI process killed midway, and readers of the files.
 * Command lines run in-process through `rcmp` of tests/helpers/cli.ts.
 */
import {spawn} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

/** The CLI as `npm test` built it (`tsc` runs before vitest). */
export const cli = resolve("dist/cli/main.js");
export const fixtures = resolve("tests/sweep/fixtures");

/** Fails early, saying what to do, when the build the tests drive is missing. */
export function requireBuild(): void {
  if (!existsSync(resolve("dist/sweep/worker.js"))) throw new Error("dist/sweep/worker.js is missing: run the tests with `npm test`, which builds first");
}

/** Starts the CLI; kills it with SIGKILL once `file` has at least `lines` lines. Resolves with the lines seen then. */
export function killWhen(args: string[], file: string, lines: number): Promise<{killed: boolean; code: number | null}> {
  const child = spawn(process.execPath, [cli, ...args], {stdio: "ignore"});
  return new Promise((done) => {
    let killed = false;
    const timer = setInterval(() => {
      if (!existsSync(file)) return;
      const count = readFileSync(file, "utf8").split("\n").length - 1;
      if (count >= lines && !killed) {
        killed = child.kill("SIGKILL");
        clearInterval(timer);
      }
    }, 5);
    child.on("exit", (code) => {
      clearInterval(timer);
      done({killed, code});
    });
  });
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "rcmp-sweep-"));
export const read = (dir: string, name: string): string => readFileSync(join(dir, name), "utf8");
export const rows = (dir: string, name: string): string[] => read(dir, name).split("\n").slice(1).filter((l) => l !== "");
