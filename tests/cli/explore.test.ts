/**
 * `rcmp explore` as a user runs it: one HTML file with the page, every built-in scenario and the
 * chosen one inline and nothing to fetch; bad input (a bad scenario, a bad --set, an existing
 * file) exits 2 with a located message and writes nothing.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {builtinScenarios} from "../../src/cli/explore.js";
import {scenarioFiles} from "../../src/cli/list.js";
import type {ExplorerData} from "../../src/explore/explorerHtml.js";

/** The page's inline data. */
function dataOf(html: string): ExplorerData {
  const match = /<script type="application\/json" id="rcmp-data">(.*?)<\/script>/s.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match?.[1] ?? "null") as ExplorerData;
}

describe("rcmp explore", () => {
  const dir = tempDir();

  test("writes one self-contained file with the scenario, its --sets and every built-in scenario", async () => {
    const out = join(dir, "class", "igc.html");
    const r = await rcmp(["explore", "scenarios/igc-1985.yaml", "--set", "dynamics.hegemonBias=2", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`wrote ${out}`);
    const html = readFileSync(out, "utf8");
    expect(statSync(out).size).toBeLessThan(3e6);
    const data = dataOf(html);
    expect(data.start).toEqual({path: "scenarios/igc-1985.yaml", title: "Inter-governmental Consultations (IGC), 1985-2004", text: readFileSync("scenarios/igc-1985.yaml", "utf8")});
    expect(data.sets).toEqual(["dynamics.hegemonBias=2"]);
    const files = (await scenarioFiles()).filter((f) => readFileSync(f, "utf8").includes("dimensions:"));
    expect(data.builtins.map((b) => b.path).sort()).toEqual(files.map((f) => f.slice(f.indexOf("scenarios/"))).sort());
    expect(await builtinScenarios()).toEqual(data.builtins);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
  });

  test("refuses a bad scenario with its place, and writes nothing", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, readFileSync("scenarios/igc-1985.yaml", "utf8").replace("meetEvery: 2", "meetEvery: 0"));
    const out = join(dir, "bad.html");
    const r = await rcmp(["explore", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${bad}:\\d+:\\d+: processes\\[0\\]\\.meetEvery: `));
    expect(existsSync(out)).toBe(false);
  });

  test("refuses a --set on no field", async () => {
    const r = await rcmp(["explore", "scenarios/igc-1985.yaml", "--set", "dynamics.hegemonBais=2", "--out", join(dir, "x.html")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such field "hegemonBais" (did you mean "hegemonBias"?)');
  });

  test("keeps an existing file unless --force", async () => {
    const out = join(dir, "kept.html");
    writeFileSync(out, "mine");
    const r = await rcmp(["explore", "scenarios/teaching/hegemon.yaml", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists (use --force to overwrite it)");
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect((await rcmp(["explore", "scenarios/teaching/hegemon.yaml", "--out", out, "--force"])).code).toBe(0);
    expect(dataOf(readFileSync(out, "utf8")).start.path).toBe("scenarios/teaching/hegemon.yaml");
  });

  test("has help with examples", async () => {
    const r = await rcmp(["explore", "--help"]);
    expect(r.stdout).toContain("rcmp explore scenarios/igc-1985.yaml");
    expect(r.stdout).toContain("--set <path=value>");
  });
});
