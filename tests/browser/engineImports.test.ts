/**
 * The engine code the notebooks bundle imports nothing from Node: no `node:` module, no Node
 * built-in, and the built bundle holds no Vite stub for a browser-external module.
 */
import {describe, expect, it} from "vitest";
import {builtinModules} from "node:module";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {engineImports, importSpecifiers, notebookEntries} from "./engineImports.js";
import {distDir} from "./globalSetup.js";

const notebooks = readdirSync("notebooks").filter((name) => name.endsWith(".html")).map((name) => join("notebooks", name));
const isNode = (s: string) => s.startsWith("node:") || builtinModules.includes(s.split("/")[0]);

describe("engine imports used by notebooks", () => {
  it("finds import specifiers of every form", () => {
    const source = `import {a} from "./a.js";\nexport {b} from "node:fs";\nimport "./c.js";\nconst d = await import("./d.js");`;
    expect(importSpecifiers(source).sort()).toEqual(["./a.js", "./c.js", "./d.js", "node:fs"]);
  });

  for (const notebook of notebooks) {
    it(`${notebook} reaches no node: module`, () => {
      const graph = engineImports(notebookEntries(notebook));
      const offenders = [...graph].flatMap(([file, bare]) => bare.filter(isNode).map((s) => `${file} imports ${s}`));
      expect(offenders).toEqual([]);
    });
  }

  it("the built bundle has no browser-external stub", () => {
    const assets = join(distDir, "assets");
    const stubs = readdirSync(assets)
      .filter((name) => name.endsWith(".js"))
      .filter((name) => /externalized for browser compatibility|__vite-browser-external/.test(readFileSync(join(assets, name), "utf8")));
    expect(stubs).toEqual([]);
  });
});
