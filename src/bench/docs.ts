/**
 * `npm run docs`: writes the generated parts of the documentation: the mechanism table of
 * docs/MODEL.md (from the registry of mechanisms) and every quoted command output of README.md
 * and docs/*.md (see `quotedOutput.ts`: each marked block rerun and rewritten). `--check` writes
 * nothing and exits 1 when any part is stale (quotes compared with seconds, rates and time
 * stamps masked).
 */
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {withMechanismTable} from "../explain/mechanismTable.js";
import {quotedBlocks, runBlocks, staleBlocks, withQuotes} from "./quotedOutput.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;

function update(file: string, next: string, doc: string, what: string): void {
  if (next === doc) return;
  if (check) {
    stale++;
    console.error(`${file}: ${what} is stale; run npm run docs`);
  } else {
    writeFileSync(`${root}${file}`, next);
    console.log(`wrote ${file} (${what})`);
  }
}

const model = readFileSync(`${root}docs/MODEL.md`, "utf8");
update("docs/MODEL.md", withMechanismTable(model), model, "the mechanism table");

const files = ["README.md", ...readdirSync(`${root}docs`).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
for (const file of files) {
  const doc = readFileSync(`${root}${file}`, "utf8");
  const blocks = quotedBlocks(doc);
  if (blocks.length === 0) continue;
  const texts = runBlocks(blocks, root);
  const changed = staleBlocks(blocks, texts);
  for (const c of check ? changed : []) console.error(`${file}: the output of \`${c.command}\` differs:\n--- quoted\n${c.quoted}--- now\n${c.now}`);
  // Rewrite only the stale quotes: a quote that differs by its timings alone stays as it is.
  const kept = blocks.map((b, k) => (changed.some((c) => c.command === b.command && c.quoted === b.text) ? texts[k] : b.text));
  update(file, withQuotes(doc, blocks, kept), doc, "quoted output");
}
if (stale > 0) process.exitCode = 1;
else if (check) console.log("the generated parts of the documentation are up to date");
