/**
 * Debian's Chromium driven through playwright-core, and a page guard that records every console
 * error, uncaught page error and request to a host other than 127.0.0.1 (such requests are aborted).
 */
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {mkdtemp, mkdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** Where Debian installs Chromium (`apt-get install -y chromium`). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Arguments that keep Chromium headless and off the network on its own account (see NOTES.md). */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Folder for screenshots, git-ignored. */
export const artifactsDir = "test-artifacts";

/** A Chromium with a fresh user-data-dir; `close` also removes that folder. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh, temporary profile. */
export async function launchChromium(): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), "rcmp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: {width: 1200, height: 900}
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, {recursive: true, force: true});
    }
  };
}

/** An opened notebook and what went wrong while it loaded and ran. */
export interface NotebookPage {
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** URLs of requests to any host other than 127.0.0.1 (all aborted). */
  outside: string[];
}

/** True for a URL that stays on this machine's loopback server (or never leaves the page). */
export function isLocal(url: string): boolean {
  const {protocol, hostname} = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1";
}

/**
 * Records the page's console errors and uncaught errors, and aborts (and records) every request
 * whose URL `allowed` refuses.
 */
export async function guardPage(page: Page, allowed: (url: string) => boolean): Promise<{errors: string[]; outside: string[]}> {
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  return {errors, outside};
}

/** Opens `baseUrl + name` in a new page with the guards attached. */
export async function openNotebook(chrome: Chromium, baseUrl: string, name: string): Promise<NotebookPage> {
  const page = await chrome.context.newPage();
  const {errors, outside} = await guardPage(page, isLocal);
  await page.goto(new URL(name, baseUrl).href, {waitUntil: "load"});
  return {page, errors, outside};
}

/**
 * Waits until `selector` matches at least `count` elements in the notebook's page; on timeout
 * the error names the selector and lists the errors and outside requests recorded so far.
 */
export async function waitForCount(notebook: NotebookPage, selector: string, count: number, timeout = 20_000): Promise<void> {
  try {
    await notebook.page.waitForFunction(
      ([s, n]) => document.querySelectorAll(s as string).length >= (n as number),
      [selector, count] as const,
      {timeout}
    );
  } catch (error) {
    const found = await notebook.page.locator(selector).count().catch(() => -1);
    const problems = [...notebook.errors, ...notebook.outside.map((url) => `outside request: ${url}`)];
    throw new Error(
      `expected ${count} of ${selector}, found ${found} after ${timeout} ms` +
        (problems.length ? `; recorded:\n  ${problems.join("\n  ")}` : `: ${String(error)}`)
    );
  }
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, {recursive: true});
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({path, fullPage: true});
  return path;
}
