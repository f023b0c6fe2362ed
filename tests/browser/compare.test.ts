/**
 * compare.html draws the shipped examples with the CLI's bands figure, and reads a sweep folder
 * picked with its folder input.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium, type NotebookPage} from "./notebookPage.js";
import {curvePaths} from "./slider.js";

const figureText = (notebook: NotebookPage) => notebook.page.locator("[data-figure=compare]").innerText();

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
    expect(text).toContain("equal-voice");
    expect(text).toContain("hegemon");
    expect((await curvePaths(notebook.page, "compare")).filter((d) => d.length > 100).length).toBeGreaterThanOrEqual(2);
    const sources = await notebook.page.locator("#sources li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.source));
    expect(sources).toEqual(["examples/equal-voice", "examples/hegemon"]);
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
});
