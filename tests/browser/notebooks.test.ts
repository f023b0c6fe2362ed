/**
 * Every notebook under notebooks/ loads from the built static folder, renders all its figures,
 * logs no error and requests nothing from any host but 127.0.0.1.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {readdirSync} from "node:fs";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium} from "./notebookPage.js";

const notebooks = readdirSync("notebooks").filter((name) => name.endsWith(".html")).sort();

/** The figures (`[data-figure=name]`) each notebook must draw; any other notebook must draw one svg. */
const figures: Record<string, string[]> = {
  "teaching.html": ["convergence", "positions", "pull"],
  "classics.html": ["degroot", "fj", "hk", "dw"],
  "compare.html": ["compare"]
};

describe("notebooks", () => {
  let chrome: Chromium;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it("finds the notebooks", () => {
    expect(notebooks).toEqual(expect.arrayContaining(Object.keys(figures)));
  });

  it("index.html links every notebook and the explorer, and the explorer is served beside them", async () => {
    const notebook = await openNotebook(chrome, inject("baseUrl"), "index.html");
    await waitForCount(notebook, "main a[href]", 4);
    const links = await notebook.page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["explorer.html", ...Object.keys(figures)]));
    const explorer = await notebook.page.request.get(new URL("explorer.html", inject("baseUrl")).href);
    expect(explorer.status()).toBe(200);
    expect(await explorer.text()).toContain('id="rcmp-data"');
    await notebook.page.close();
    expect([...notebook.errors, ...notebook.outside]).toEqual([]);
  });

  for (const name of notebooks.filter((n) => n !== "index.html")) {
    it(`${name} renders its figures offline with no error`, async () => {
      const notebook = await openNotebook(chrome, inject("baseUrl"), name);
      for (const figure of figures[name] ?? []) await waitForCount(notebook, `[data-figure=${figure}] svg`, 1, 60_000);
      await waitForCount(notebook, "main svg", 1);
      await notebook.page.waitForLoadState("networkidle");
      console.log(`screenshot: ${await screenshot(notebook.page, name.replace(/\.html$/, ""))}`);
      await notebook.page.close();
      expect(notebook.errors).toEqual([]);
      expect(notebook.outside).toEqual([]);
    });
  }
});
