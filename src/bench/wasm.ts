/**
 * `npm run wasm`: compiles each .wat source of the engine (src/model/wasm) with wabt and writes the
 * TypeScript module of its bytes next to it. `--check` writes nothing and exits 1 when a committed
 * module is not what its source compiles to.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {expectedModule, wasmSources} from "./wasmModule.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;
for (const source of wasmSources) {
  const next = await expectedModule(root, source);
  if (readFileSync(`${root}${source.module}`, "utf8") === next) continue;
  if (check) {
    stale++;
    console.error(`${source.module} is stale: run npm run wasm`);
  } else {
    writeFileSync(`${root}${source.module}`, next);
    console.log(`wrote ${source.module}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
