/**
 * teaching.html: the hegemon-bias slider re-runs the engine and redraws the curve; the numbers
 * the page shows are the ones the engine computes in Node for the same overrides; the time from
 * a slider change to the redrawn plot is measured and printed.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium, type NotebookPage} from "./notebookPage.js";
import {moveSlider, curvePaths} from "./slider.js";

const scenarioFile = "scenarios/teaching/hegemon.yaml";
const biasPath = "dynamics.hegemonBias";

/** hegemonPull computed in Node by the engine, with the bias overridden. */
function nodePull(bias: number): number | null {
  const scenario = parseScenario(readFileSync(scenarioFile, "utf8"), scenarioFile, [{path: biasPath, value: bias}]);
  return simulate(scenario).summary.hegemonPull;
}

async function shownPull(notebook: NotebookPage): Promise<number> {
  return Number(await notebook.page.locator("#hegemon-pull").getAttribute("data-value"));
}

describe("teaching.html", () => {
  let chrome: Chromium;
  let notebook: NotebookPage;
  beforeAll(async () => {
    chrome = await launchChromium();
    notebook = await openNotebook(chrome, inject("baseUrl"), "teaching.html");
    for (const name of ["convergence", "positions", "pull"]) await waitForCount(notebook, `[data-figure=${name}] svg`, 1);
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it("starts at the scenario's values and shows the engine's numbers", async () => {
    const start = Number(await notebook.page.locator(`input[data-param="${biasPath}"]`).inputValue());
    expect(start).toBe(parseScenario(readFileSync(scenarioFile, "utf8"), scenarioFile).dynamics.hegemonBias);
    expect(await shownPull(notebook)).toBeCloseTo(nodePull(start) as number, 10);
  });

  it("redraws the convergence curve when hegemon bias moves (and records how long it takes)", async () => {
    const timings: number[] = [];
    for (const bias of [0, 4, 1, 3, 0.5]) {
      const before = await curvePaths(notebook.page, "convergence");
      timings.push(await moveSlider(notebook.page, biasPath, bias, "convergence"));
      const after = await curvePaths(notebook.page, "convergence");
      expect(after).not.toEqual(before);
      expect(await shownPull(notebook)).toBeCloseTo(nodePull(bias) as number, 10);
      expect(await notebook.page.locator("#cli-command").textContent()).toContain(`${biasPath}=${bias}`);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(`slider change to redrawn plot (ms): ${timings.map((t) => t.toFixed(1)).join(", ")}; median ${sorted[2].toFixed(1)}, max ${sorted[4].toFixed(1)}`);
    // measured and reported (the aim is under 100 ms), not asserted: a timing is no test of correctness
    mkdirSync("test-artifacts", {recursive: true});
    writeFileSync("test-artifacts/slider-redraw-ms.json", `${JSON.stringify({timings, median: sorted[2], max: sorted[4]})}\n`);
    console.log(`screenshot: ${await screenshot(notebook.page, "teaching-after-slider")}`);
    expect(notebook.errors).toEqual([]);
    expect(notebook.outside).toEqual([]);
  });

  it("moves the states' dots back to their start with the tick slider", async () => {
    const dots = () => notebook.page.locator("[data-figure=positions] svg circle").evaluateAll((cs) => cs.map((c) => c.getAttribute("cx")));
    const atEnd = await dots();
    await moveSlider(notebook.page, "view.tick", 0, "positions");
    expect(await dots()).not.toEqual(atEnd);
    expect(notebook.errors).toEqual([]);
  });
});
