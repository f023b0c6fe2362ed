/**
 * The explorer's HTML file opened from file:// in Chromium, with a guard that lets through only
 * the file itself and data: URLs (every other request is aborted and recorded) and records every
 * console error; and the page actions the tests take.
 */
import type {Page} from "playwright-core";
import {pathToFileURL} from "node:url";
import {guardPage, type Chromium} from "./notebookPage.js";

/** An opened explorer and what went wrong in it. */
export interface ExplorerPage {
  page: Page;
  /** The file's URL, without a fragment. */
  url: string;
  errors: string[];
  /** Requests to anything but the file itself or a data: URL (all aborted). */
  outside: string[];
}

/** Opens the explorer file (with an optional fragment) in a new page with the guards attached, and waits for its first run. */
export async function openExplorer(chrome: Chromium, file: string, fragment = ""): Promise<ExplorerPage> {
  const page = await chrome.context.newPage();
  await page.setViewportSize({width: 1600, height: 1000}); // a projector's screen
  const url = pathToFileURL(file).href;
  const {errors, outside} = await guardPage(page, (requested) => requested.split("#")[0] === url || requested.startsWith("data:"));
  await page.goto(url + fragment, {waitUntil: "load"});
  await page.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1, undefined, {timeout: 20_000});
  return {page, url, errors, outside};
}

/** How many times the page has drawn a run. */
export async function runsDrawn(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.runs ?? 0));
}

/**
 * Sets the slider `input[data-param=path]` to `value` as a user does (value, then an `input`
 * event) and resolves with the milliseconds until the page has drawn the new run and painted
 * the next frame.
 */
export async function moveExplorerSlider(page: Page, path: string, value: number): Promise<number> {
  return page.evaluate(
    ([path, value]) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(`input[data-param="${path}"]`);
        if (input === null) return reject(new Error(`no slider for ${path}`));
        const before = Number(document.body.dataset.runs ?? 0);
        const timeout = setTimeout(() => reject(new Error(`no redraw after ${path}=${value} within 10 s`)), 10_000);
        const observer = new MutationObserver(() => {
          if (Number(document.body.dataset.runs ?? 0) === before) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            clearTimeout(timeout);
            resolve(performance.now() - t0);
          });
        });
        observer.observe(document.body, {attributes: true, attributeFilter: ["data-runs"]});
        const t0 = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event("input", {bubbles: true}));
      }),
    [path, value] as const
  );
}

/** The fill of each state's outline on the map, in document order. */
export async function mapFills(page: Page): Promise<string[]> {
  return page.locator("[data-figure=map] path[data-state]").evaluateAll((paths) => paths.map((p) => p.getAttribute("fill") ?? ""));
}

/** The `d` of the current run's curves. */
export async function nowCurves(page: Page): Promise<string[]> {
  return page.locator(".curve-now path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
}

/** The x of the curves' time marker, in pixels. */
export async function markerX(page: Page): Promise<string> {
  return page.locator(".curve-marker line").getAttribute("x1").then((x) => x ?? "");
}

/** What the page's export hook returns: the command on screen, the run's timeseries.csv, the link. */
export async function exported(page: Page): Promise<{command: string; csv: string; fragment: string}> {
  return page.evaluate(() => (window as unknown as {__rcmpExport: () => {command: string; csv: string; fragment: string}}).__rcmpExport());
}
