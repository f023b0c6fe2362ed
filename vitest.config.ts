import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {defineConfig} from "vitest/config";

/**
 * `npm test`. Test files share their worker's modules (isolate: false): importing the engine
 * afresh for each of ~110 files cost ~17 s of CPU in a ~3-minute run. A file that mocks modules
 * or stubs globals (vi.mock, vi.stubGlobal, vi.stubEnv), which must not leak into other files,
 * is found here and keeps a module graph of its own.
 */
const testFiles = readdirSync("tests", {recursive: true, encoding: "utf8"})
  .filter((f) => f.endsWith(".test.ts") && !f.startsWith("browser"))
  .map((f) => join("tests", f));
const isolated = testFiles.filter((f) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(f, "utf8")));
const shared = {testTimeout: 60_000, hookTimeout: 120_000};

export default defineConfig({
  test: {
    projects: [
      {test: {...shared, name: "shared", include: testFiles.filter((f) => !isolated.includes(f)), isolate: false}},
      {test: {...shared, name: "isolated", include: isolated}}
    ]
  }
});
