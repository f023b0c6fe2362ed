/**
 * The engine's Gaussian draws in Chromium (the explorer runs the engine in the page) take the
 * WebAssembly path, compiled synchronously on the page's main thread, and give Node's bits: the
 * engine's random module bundled by esbuild, run in a blank page, compared with the same draws
 * here, and with the JS path in the same page.
 */
import {afterAll, beforeAll, expect, it} from "vitest";
import {build} from "esbuild";
import {alea, gaussianPairs} from "../../src/model/random.js";
import {launchChromium, type Chromium} from "./notebookPage.js";

let chrome: Chromium;
beforeAll(async () => {
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
});

/** The bytes of these draws, as hexadecimal. */
function hex(draws: Float64Array): string {
  return Array.from(new Uint8Array(draws.buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

it("fill in the page takes the wasm path and draws Node's numbers, as its JS path does", async () => {
  const entry = `
    import {alea, gaussianPairs} from "./src/model/random.ts";
    import {boxMullerPath} from "./src/model/boxMullerAlea.ts";
    import {useWebAssembly} from "./src/model/wasm/boxMullerWasm.ts";
    const hex = (d) => Array.from(new Uint8Array(d.buffer), (b) => b.toString(16).padStart(2, "0")).join("");
    const draws = (on) => {
      useWebAssembly(on);
      const out = new Float64Array(20001);
      gaussianPairs(alea("page")).fill(out, out.length);
      return {path: boxMullerPath(), hex: hex(out)};
    };
    window.drawn = {wasm: draws(true), js: draws(false)};
  `;
  const bundle = await build({stdin: {contents: entry, resolveDir: process.cwd(), loader: "ts"}, bundle: true, write: false, format: "iife", platform: "browser"});
  const page = await chrome.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("about:blank");
  await page.addScriptTag({content: bundle.outputFiles[0].text});
  const drawn = await page.evaluate(() => (window as unknown as {drawn: Record<string, {path: string; hex: string}>}).drawn);
  const here = new Float64Array(20001);
  gaussianPairs(alea("page")).fill(here, here.length);
  expect(errors).toEqual([]);
  expect(drawn.wasm.path).toBe("wasm");
  expect(drawn.js.path).toBe("js");
  expect(drawn.wasm.hex).toBe(hex(here));
  expect(drawn.js.hex).toBe(hex(here));
});
