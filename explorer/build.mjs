/**
 * Builds the explorer page's script and stylesheet into dist/explorer/ with esbuild: one
 * minified IIFE (a classic script, which browsers run from file://, unlike module scripts) holding
 * the page, the engine, Plot, zod, yaml, the world outlines and the ISO codes. `rcmp explore`
 * inlines both files into the HTML it writes.
 */
import {build} from "esbuild";
import {readFile} from "node:fs/promises";

const outdir = "dist/explorer";
await build({
  entryPoints: {explorer: "explorer/main.ts"},
  outdir,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome109", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  alias: {"world-outlines": "world-atlas/countries-50m.json", "iso-codes": "i18n-iso-countries/codes.json"},
  logLevel: "warning"
});
const script = await readFile(`${outdir}/explorer.js`, "utf8");
if (/<!--/.test(script)) throw new Error("explorer.js holds `<!--`, which an inline script may not: see src/explore/explorerHtml.ts");
