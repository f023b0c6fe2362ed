/**
 * Builds the explorer page's script and stylesheet into dist/explorer/ with esbuild: one
 * minified IIFE (a classic script, which browsers run from file://, unlike module scripts) holding
 * the page, the engine, Plot, zod, yaml, the world outlines (Natural Earth 1:110m, and 1:50m for
 * the small states 1:110m leaves out) and the ISO codes. `rcmp explore`
 * inlines both files into the HTML it writes.
 */
import {build} from "esbuild";
import {readFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {feature} from "topojson-client";

const require = createRequire(import.meta.url);

/**
 * The outlines the 1:110m map lacks (small states: Singapore, Malta, Mauritius, Tonga, ...),
 * taken from the 1:50m map, as the virtual module `small-outlines`: the page draws the world at
 * 1:110m (fast to draw and repaint) and still has an outline for every ISO state.
 */
function smallOutlines() {
  const coarse = require("world-atlas/countries-110m.json");
  const fine = require("world-atlas/countries-50m.json");
  const have = new Set(coarse.objects.countries.geometries.map((g) => g.id));
  const extra = feature(fine, fine.objects.countries).features.filter((f) => f.id !== undefined && !have.has(f.id));
  return {
    name: "small-outlines",
    setup(b) {
      b.onResolve({filter: /^small-outlines$/}, () => ({path: "small-outlines", namespace: "rcmp"}));
      b.onLoad({filter: /.*/, namespace: "rcmp"}, () => ({contents: JSON.stringify(extra), loader: "json"}));
    }
  };
}

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
  alias: {"world-outlines": "world-atlas/countries-110m.json", "iso-codes": "i18n-iso-countries/codes.json"},
  plugins: [smallOutlines()],
  logLevel: "warning"
});
const script = await readFile(`${outdir}/explorer.js`, "utf8");
if (/<!--/.test(script)) throw new Error("explorer.js holds `<!--`, which an inline script may not: see src/explore/explorerHtml.ts");
