/**
 * `npm run docs`: writes the generated parts of the documentation (the mechanism table of
 * docs/MODEL.md, from the registry of mechanisms). `--check` exits 1 when they are stale.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {withMechanismTable} from "../explain/mechanismTable.js";

const file = fileURLToPath(new URL("../../docs/MODEL.md", import.meta.url));
const doc = readFileSync(file, "utf8");
const next = withMechanismTable(doc);
if (process.argv.includes("--check")) {
  if (next !== doc) {
    console.error("docs/MODEL.md: the mechanism table is stale; run npm run docs");
    process.exitCode = 1;
  }
} else if (next !== doc) {
  writeFileSync(file, next);
  console.log("wrote docs/MODEL.md (mechanism table)");
} else console.log("docs/MODEL.md is up to date");
