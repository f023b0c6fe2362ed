/**
 * Quoted command output in the documentation, generated rather than typed: a fenced block right
 * after a marker
 *
 *     <!-- output: rcmp run scenarios/igc-1985.yaml -->
 *
 * holds what that command prints, run from a scratch folder that sees the project's `scenarios/`
 * and `examples/` (so that `results/...` paths read as a user's would). The marker may end in
 * `| grep <regex>` (keep the lines that match) and `| stderr` (quote the error output). The
 * blocks of one file run in order in one folder, so a `compare` sees the runs quoted before it.
 * `regenerate` rewrites the blocks; `staleBlocks` lists those whose quote no longer matches,
 * comparing with what varies from run to run (seconds, rates, time stamps) masked.
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

/** A quoted block: its marker's command and options, and where its text sits in the file. */
export interface QuotedBlock {
  /** The command as written after `output:`, e.g. `rcmp run scenarios/igc-1985.yaml`. */
  command: string;
  /** Keep only lines matching this; default every line. */
  grep?: RegExp;
  /** Quote standard error instead of standard output. */
  stderr: boolean;
  /** The quoted text, and its offsets in the file. */
  text: string;
  start: number;
  end: number;
}

const marker = /<!-- output: (.+?) -->\n+```[^\n]*\n([\s\S]*?)```/g;

/** The quoted blocks of a Markdown text, in order. */
export function quotedBlocks(markdown: string): QuotedBlock[] {
  return [...markdown.matchAll(marker)].map((m) => {
    const parts = m[1].split(" | ");
    const grep = parts.find((p) => p.startsWith("grep "));
    const start = m.index! + m[0].length - 3 - m[2].length;
    return {command: parts[0], grep: grep ? new RegExp(grep.slice(5)) : undefined, stderr: parts.includes("stderr"), text: m[2], start, end: start + m[2].length};
  });
}

/** What varies between two runs of one command: seconds, rates, time stamps. */
export function masked(text: string): string {
  return text
    .replace(/\d{8}T\d{6}Z/g, "<stamp>")
    .replace(/[\d.,]+ runs\/s/g, "# runs/s")
    .replace(/\d+(\.\d+)? (s|ms|min)\b/g, "# $2");
}

/** Runs each block's command in a scratch folder, in order; returns what each quotes. */
export function runBlocks(blocks: readonly QuotedBlock[], projectRoot: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "rcmp-docs-"));
  try {
    for (const name of ["scenarios", "examples"]) symlinkSync(resolve(projectRoot, name), join(dir, name));
    return blocks.map((b) => quoted(b, dir, projectRoot));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function quoted(b: QuotedBlock, dir: string, projectRoot: string): string {
  const [tool, ...args] = splitArgs(b.command);
  if (tool !== "rcmp") throw new Error(`quoted output: only rcmp commands run, got ${b.command}`);
  const r = spawnSync(process.execPath, [resolve(projectRoot, "dist/cli/main.js"), ...args], {cwd: dir, encoding: "utf8", env: {...process.env, NO_COLOR: "1"}});
  const out = (b.stderr ? r.stderr : r.stdout).replaceAll(`${dir}/`, "");
  const lines = out.trimEnd().split("\n").filter((line) => b.grep === undefined || b.grep.test(line));
  return `${lines.join("\n")}\n`;
}

/** Words of a command line, with "double quotes" grouping. */
function splitArgs(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** The Markdown with every quoted block replaced by `texts` (in order). */
export function withQuotes(markdown: string, blocks: readonly QuotedBlock[], texts: readonly string[]): string {
  let out = markdown;
  for (let k = blocks.length - 1; k >= 0; k--) out = out.slice(0, blocks[k].start) + texts[k] + out.slice(blocks[k].end);
  return out;
}

/** The blocks whose quote differs from what the command prints now (masked), with both texts. */
export function staleBlocks(blocks: readonly QuotedBlock[], texts: readonly string[]): {command: string; quoted: string; now: string}[] {
  return blocks.flatMap((b, k) => (masked(b.text) === masked(texts[k]) ? [] : [{command: b.command, quoted: b.text, now: texts[k]}]));
}
