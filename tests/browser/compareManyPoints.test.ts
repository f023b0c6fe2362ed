/**
 * compare.html on a sweep of many design points (an lhs sweep of 30 points, written here):
 * it draws 5 chosen points (lowest, quartiles, highest final dispersion) with rounded
 * parameter values, not 30 columns of curves labelled with 16-digit values.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium, type NotebookPage} from "./notebookPage.js";

/** A sweep folder of `points` lhs points over ngo, dispersion falling to 0.1 + 0.2·ngo. */
function manyPointSweep(points: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "rcmp-many-")), "lhs-30");
  mkdirSync(dir);
  const ngo = Array.from({length: points}, (_, p) => ((p * 17) % points + 0.2530745720723644) / points);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({tool: "rcmp-sim", kind: "sweep", design: "lhs", parameters: ["processes.p.ngo"], points, replicates: 2, base: {file: "s.yaml"}}));
  writeFileSync(join(dir, "design.csv"), ["run,point,replicate,seed,processes.p.ngo", ...ngo.map((v, p) => `${p},${p},0,1,${v}`)].join("\n") + "\n");
  const rows = ["point,processes.p.ngo,metric,tick,year,n,mean,p05,p50,p95"];
  ngo.forEach((v, p) => {
    for (const tick of [0, 1, 2]) {
      const mean = 0.3 - ((0.2 - 0.2 * v) * tick) / 2;
      rows.push(`${p},${v},dispersion,${tick},,2,${mean},${mean - 0.01},${mean},${mean + 0.01}`);
    }
  });
  writeFileSync(join(dir, "curves.csv"), `${rows.join("\n")}\n`);
  return dir;
}

describe("compare.html with a sweep of many points", () => {
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

  it("draws 5 chosen points with rounded values", async () => {
    await notebook.page.locator("input[data-picker=folder]").setInputFiles(manyPointSweep(30));
    await notebook.page.waitForFunction(() => document.querySelector("[data-figure=compare]")?.textContent?.includes("lowest dispersion"), undefined, {timeout: 20_000});
    const text = await notebook.page.locator("[data-figure=compare]").innerText();
    for (const rank of ["lowest", "lower quartile", "median", "upper quartile", "highest"]) expect(text).toContain(`${rank} dispersion: ngo=`);
    expect(text).not.toMatch(/ngo=0\.\d{5,}/);
    expect(await notebook.page.locator("#sources li").innerText()).toMatch(/has 30 design points: drawn are the 5/);
    console.log(`screenshot: ${await screenshot(notebook.page, "compare-many-points")}`);
    expect(notebook.errors).toEqual([]);
  });
});
