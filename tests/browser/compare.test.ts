/**
 * compare.html draws the shipped examples with the CLI's bands figure, and reads a sweep folder
 * picked with its folder input; of a sweep of many points (an lhs sweep of 30, written here) it
 * draws 5 chosen points with rounded parameter values, not 30 columns labelled with 16 digits.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {createHash} from "node:crypto";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium, type NotebookPage} from "./notebookPage.js";
import {curvePaths} from "./slider.js";
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

const figureText = (notebook: NotebookPage) => notebook.page.locator("[data-figure=compare]").innerText();

/** A sweep folder of `points` lhs points over ngo, dispersion falling to 0.1 + 0.2·ngo. */
function manyPointSweep(points: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "rcmp-many-")), "lhs-30");
  mkdirSync(dir);
  const ngo = Array.from({length: points}, (_, p) => ((p * 17) % points + 0.2530745720723644) / points);
  writeFileSync(join(dir, "design.csv"), ["run,point,replicate,seed,processes.p.ngo", ...ngo.map((v, p) => `${p},${p},0,1,${v}`)].join("\n") + "\n");
  writeFileSync(join(dir, "runs.csv"), "run,point,replicate,seed,processes.p.ngo\n");
  const rows = ["point,processes.p.ngo,metric,tick,year,n,mean,p05,p50,p95"];
  ngo.forEach((v, p) => {
    for (const tick of [0, 1, 2]) {
      const mean = 0.3 - ((0.2 - 0.2 * v) * tick) / 2;
      rows.push(`${p},${v},dispersion,${tick},,2,${mean},${mean - 0.01},${mean},${mean + 0.01}`);
    }
  });
  writeFileSync(join(dir, "curves.csv"), `${rows.join("\n")}\n`);
  const files = ["curves.csv", "design.csv", "runs.csv"].map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {name, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length};
  });
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({tool: "rcmp-sim", kind: "sweep", status: "complete", design: "lhs", parameters: ["processes.p.ngo"], points, replicates: 2, base: {file: "s.yaml"}, files}));
  return dir;
}

describe("compare.html", () => {
  let chrome: Chromium;
  let notebook: NotebookPage;
  beforeAll(async () => {
    chrome = await launchChromium();
    notebook = await openNotebook(chrome, inject("baseUrl"), "compare.html");
    await waitForCount(notebook, "[data-figure=compare] svg", 1);
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it("draws the shipped example runs side by side", async () => {
    const text = await figureText(notebook);
    expect(text).toContain("Teaching: equal voice");
    expect(text).toContain("Teaching: hegemon");
    expect((await curvePaths(notebook.page, "compare")).filter((d) => d.length > 100).length).toBeGreaterThanOrEqual(2);
    const sources = await notebook.page.locator("#sources li").evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.source, (li as HTMLElement).dataset.checked]));
    expect(sources).toEqual([["examples/equal-voice", "sha256"], ["examples/hegemon", "sha256"]]);
    console.log(`screenshot: ${await screenshot(notebook.page, "compare")}`);
  });

  it("reads a sweep folder from the folder picker and draws a band per design point", async () => {
    const before = await curvePaths(notebook.page, "compare");
    await notebook.page.locator("input[data-picker=folder]").setInputFiles("results/examples/hegemon-bias");
    await notebook.page.waitForFunction(() => document.querySelector("[data-figure=compare]")?.textContent?.includes("hegemonBias=4"), undefined, {timeout: 20_000});
    const text = await figureText(notebook);
    for (const bias of [0, 1, 2, 4]) expect(text.split(`hegemonBias=${bias}`)).toHaveLength(2);
    const sources = await notebook.page.locator("#sources li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.source));
    expect(sources).toEqual(["hegemon-bias"]);
    expect(await curvePaths(notebook.page, "compare")).not.toEqual(before);
    console.log(`screenshot: ${await screenshot(notebook.page, "compare-sweep")}`);
    expect(notebook.errors).toEqual([]);
    expect(notebook.outside).toEqual([]);
  });

  it("draws 5 chosen points of a sweep of many, with rounded values", async () => {
    await notebook.page.locator("input[data-picker=folder]").setInputFiles(manyPointSweep(30));
    await notebook.page.waitForFunction(() => document.querySelector("[data-figure=compare]")?.textContent?.includes("lowest dispersion"), undefined, {timeout: 20_000});
    const text = await notebook.page.locator("[data-figure=compare]").innerText();
    for (const rank of ["lowest", "lower quartile", "median", "upper quartile", "highest"]) expect(text).toContain(`${rank} dispersion: ngo=`);
    expect(text).not.toMatch(/ngo=0\.\d{5,}/);
    expect(await notebook.page.locator("#sources li").innerText()).toMatch(/has 30 design points: drawn are the 5/);
    console.log(`screenshot: ${await screenshot(notebook.page, "compare-many-points")}`);
    expect(notebook.errors).toEqual([]);
  });

  it("leaves out a picked folder whose file does not match its manifest, saying which", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "rcmp-picked-")), "hegemon-bias");
    cpSync("results/examples/hegemon-bias", dir, {recursive: true});
    writeFileSync(join(dir, "curves.csv"), readFileSync(join(dir, "curves.csv"), "utf8").replace(/\n[^\n]*\n$/, "\n"));
    await notebook.page.locator("input[data-picker=folder]").setInputFiles(dir);
    await notebook.page.waitForSelector("#folder-problems", {timeout: 20_000});
    expect(await notebook.page.locator("#folder-problems li").allInnerTexts()).toEqual([expect.stringMatching(/^hegemon-bias\/curves\.csv: damaged: its sha256 differs/)]);
  });
});
