import {spawnSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** Runs the built CLI (`npm test` builds first) and returns its exit code and output. */
export function rcmp(args: string[], cwd = process.cwd()): {code: number; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [join(process.cwd(), "dist/cli/main.js"), ...args], {cwd, encoding: "utf8"});
  return {code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}

export const tempDir = (prefix = "rcmp-test-"): string => mkdtempSync(join(tmpdir(), prefix));
