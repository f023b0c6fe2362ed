/**
 * The WebAssembly module of the Box–Muller fast path: the committed bytes are what its source
 * compiles to (a stale module fails: `npm run wasm` rewrites it), it stays below the 4 KB a
 * browser's main thread may compile synchronously, and where WebAssembly is absent the engine
 * falls back to the JS path with the same numbers.
 */
import {afterEach, expect, test, vi} from "vitest";
import {readFileSync} from "node:fs";
import {compileWat, expectedModule, wasmSources} from "../../../src/bench/wasmModule.js";
import {boxMullerPath} from "../../../src/model/boxMullerAlea.js";
import {alea, gaussianPairs} from "../../../src/model/random.js";
import {boxMullerBytes} from "../../../src/model/wasm/boxMullerBytes.js";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test.each(wasmSources)("$module is what $wat compiles to (npm run wasm)", async (source) => {
  expect(readFileSync(source.module, "utf8")).toBe(await expectedModule("", source));
});

test("the module compiles below 4 KB, and its bytes decode to a WebAssembly module", async () => {
  const bytes = await compileWat("boxMuller.wat", readFileSync("src/model/wasm/boxMuller.wat"));
  expect(bytes.length).toBeLessThan(4096);
  expect(Buffer.from(boxMullerBytes, "base64")).toEqual(Buffer.from(bytes));
  expect(WebAssembly.validate(bytes)).toBe(true);
});

test("a changed source no longer matches the committed bytes", async () => {
  const text = readFileSync("src/model/wasm/boxMuller.wat", "utf8").replace("(i64.const 2091639)", "(i64.const 2091638)");
  const bytes = await compileWat("boxMuller.wat", new TextEncoder().encode(text));
  expect(Buffer.from(bytes)).not.toEqual(Buffer.from(boxMullerBytes, "base64"));
});

test("without WebAssembly the engine takes the JS path and gives the same numbers", async () => {
  expect(boxMullerPath()).toBe("wasm");
  const count = 100_001;
  const viaWasm = new Float64Array(count);
  gaussianPairs(alea("fallback")).fill(viaWasm, count);

  vi.stubGlobal("WebAssembly", undefined);
  vi.resetModules();
  const fresh = await import("../../../src/model/random.js");
  const freshPath = await import("../../../src/model/boxMullerAlea.js");
  const viaJs = new Float64Array(count);
  fresh.gaussianPairs(fresh.alea("fallback")).fill(viaJs, count);
  expect(freshPath.boxMullerPath()).toBe("js");
  expect(Buffer.from(viaJs.buffer)).toEqual(Buffer.from(viaWasm.buffer));
});
