/**
 * Running the CLI from tests. `rcmp` runs a command line inside the test's own process, through
 * the built program (dist/cli/program.js: `npm test` builds first), as `node dist/cli/main.js`
 * would run it: the same process.argv, working folder, exit code and output, without a new
 * Node process per command (~0.3 s each, ~200 commands in the suite). `rcmpProcess` starts a
 * real process, for the tests that are about one (signals, kills, processes running at once,
 * standard input, exit before any output is flushed).
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {Console} from "node:console";
import {Writable} from "node:stream";
import {pathToFileURL} from "node:url";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const main = resolve("dist/cli/main.js");
const program = pathToFileURL(resolve("dist/cli/program.js")).href;

/** Runs the built CLI in a new process and returns its exit code and output. */
export function rcmpProcess(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [main, ...args], {cwd, encoding: "utf8", env: {...process.env, ...env}});
  return {code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}

/** A stream that keeps what is written to it, and is no terminal (as a pipe to a parent process is not). */
function capture(): {stream: Writable; text: () => string} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    }
  });
  return {stream, text: () => chunks.join("")};
}

/**
 * Runs a command line of the built CLI in this process and returns its exit code and output:
 * process.argv, the working folder, process.stdout/stderr, the console, the environment variables
 * in `env` and process.exitCode are the command's for its duration and restored after. The
 * working folder is changed with process.chdir, which vitest's default pool (forks, one process
 * per worker) allows and a pool of threads would not.
 */
export async function rcmp(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliResult> {
  // two at once would swap each other's output and working folder: a test that forgot an await fails here, named
  if (running !== undefined) throw new Error(`rcmp ${args.join(" ")} started while rcmp ${running.join(" ")} still runs: await each in-process command (or use rcmpProcess)`);
  running = args;
  try {
    return await runInProcess(args, cwd, env);
  } finally {
    running = undefined;
  }
}

/** The command line of the in-process command still running, if any. */
let running: string[] | undefined;

async function runInProcess(args: string[], cwd: string, env: Record<string, string>): Promise<CliResult> {
  const {runCommandLine} = (await import(/* @vite-ignore */ program)) as {runCommandLine: (argv: string[]) => Promise<number>};
  const out = capture();
  const err = capture();
  const saved = {argv: process.argv, cwd: process.cwd(), exitCode: process.exitCode, console: globalThis.console, env: {...process.env}};
  const stdout = Object.getOwnPropertyDescriptor(process, "stdout")!;
  const stderr = Object.getOwnPropertyDescriptor(process, "stderr")!;
  process.argv = [process.execPath, main, ...args];
  process.chdir(cwd);
  process.exitCode = undefined;
  Object.assign(process.env, env);
  Object.defineProperty(process, "stdout", {configurable: true, enumerable: stdout.enumerable, get: () => out.stream});
  Object.defineProperty(process, "stderr", {configurable: true, enumerable: stderr.enumerable, get: () => err.stream});
  globalThis.console = new Console(out.stream, err.stream);
  try {
    const code = await runCommandLine(process.argv);
    return {code, stdout: out.text(), stderr: err.text()};
  } finally {
    Object.defineProperty(process, "stdout", stdout);
    Object.defineProperty(process, "stderr", stderr);
    globalThis.console = saved.console;
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    process.argv = saved.argv;
  }
}

export const tempDir = (prefix = "rcmp-test-"): string => mkdtempSync(join(tmpdir(), prefix));
