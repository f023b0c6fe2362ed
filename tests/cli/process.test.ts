/**
 * The `rcmp` process itself (dist/cli/main.js), which most tests skip by running command lines
 * in-process: it exits with the command's code (0 done or help, 2 usage error or bad input) and
 * prints where a user reads it.
 */
import {join} from "node:path";
import {expect, test} from "vitest";
import {rcmpProcess, tempDir} from "../helpers/cli.js";

test("exits 0 after help and after a run, 2 after a usage error and after bad input, with the output on the right stream", () => {
  const help = rcmpProcess(["--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: rcmp \[options\] \[command\]/);
  const usage = rcmpProcess(["run", "scenarios/igc-1985.yaml", "--bogus"]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("error: unknown option '--bogus'");
  const bad = rcmpProcess(["validate", "nowhere.yaml"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("nowhere.yaml: cannot read: no such file");
  const out = join(tempDir(), "run");
  const run = rcmpProcess(["run", "scenarios/teaching/hegemon.yaml", "--ticks", "4", "--out", out, "--no-plots"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`results in ${out}/`);
});
