/**
 * Quoted command output in the documentation is what the command prints now: each marked block
 * of README.md and docs/*.md is rerun (as `npm run docs` does) and compared with its quote,
 * seconds, rates and time stamps masked. `npm run docs` rewrites a stale one.
 */
import {describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {masked, quotedBlocks, runBlocks, staleBlocks, withQuotes} from "../../src/bench/quotedOutput.js";

const docs = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

describe("quoted output blocks", () => {
  it("are found after their marker, with grep and stderr options, and replaced in place", () => {
    const md = "intro\n\n<!-- output: rcmp list | grep ^  scen -->\n\n```\nold\n```\n\nmiddle\n\n<!-- output: rcmp compare x | stderr -->\n```text\nerr\n```\nend\n";
    const blocks = quotedBlocks(md);
    expect(blocks.map((b) => [b.command, b.grep?.source, b.stderr, b.text])).toEqual([
      ["rcmp list", "^  scen", false, "old\n"],
      ["rcmp compare x", undefined, true, "err\n"]
    ]);
    expect(withQuotes(md, blocks, ["new 1\n", "new 2\n"])).toBe("intro\n\n<!-- output: rcmp list | grep ^  scen -->\n\n```\nnew 1\n```\n\nmiddle\n\n<!-- output: rcmp compare x | stderr -->\n```text\nnew 2\n```\nend\n");
  });

  it("compare with what varies masked, and nothing else", () => {
    expect(masked("seed 1, 0.06 s; in 9 s (the runs 3 s, 187 runs/s) results/x/20261127T151758Z/")).toBe("seed 1, # s; in # s (the runs # s, # runs/s) results/x/<stamp>/");
    expect(masked("dispersion 0.113 → 0.058")).toBe("dispersion 0.113 → 0.058");
  });

  it("README.md, docs/COMPARE.md and docs/SWEEPS.md quote what their commands print", () => {
    for (const file of ["README.md", "docs/COMPARE.md", "docs/SWEEPS.md"]) expect(quotedBlocks(readFileSync(file, "utf8")).length, file).toBeGreaterThan(0);
  });

  it.each(docs)("%s: every quoted output is current (npm run docs rewrites it)", (file) => {
    const blocks = quotedBlocks(readFileSync(file, "utf8"));
    if (blocks.length === 0) return;
    const stale = staleBlocks(blocks, runBlocks(blocks, process.cwd()));
    expect(stale.map((s) => `${s.command}\n--- quoted\n${s.quoted}--- now\n${s.now}`)).toEqual([]);
  }, 180_000);
});
