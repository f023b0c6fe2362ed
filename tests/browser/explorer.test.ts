/**
 * The explorer (`rcmp explore`) as a teacher uses it: one HTML file opened from file:// in
 * Chromium, with no request leaving the page and no console error; play moves the map and the
 * curves; a slider redraws (the time is recorded in test-artifacts, not asserted); pinning draws
 * the baseline; world-2004.yaml opened by the file picker puts its states on the map; a bad file
 * gets the CLI's located messages; the printed `rcmp run` command writes the timeseries.csv the
 * page computed, byte for byte; a link restores the settings; the lesson sets up its comparison.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {mkdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {parseScenario} from "../../src/scenario/load.js";
import {lessonSteps} from "../../src/explore/lesson.js";
import {rcmp, tempDir} from "../helpers/cli.js";
import {artifactsDir, launchChromium, type Chromium} from "./notebookPage.js";
import {exported, mapFills, markerX, moveExplorerSlider, nowCurves, openExplorer, runsDrawn, type ExplorerPage} from "./explorerPage.js";

const dir = tempDir("rcmp-explorer-");
const file = join(dir, "igc.html");
const biasPath = "dynamics.hegemonBias";

/** Runs a command the page printed (with `rcmp` as the built CLI) and returns its timeseries.csv. */
function runPrinted(command: string, out: string): string {
  expect(command.startsWith("rcmp run ")).toBe(true);
  const shell = `${command.replace(/^rcmp /, `"${process.execPath}" dist/cli/main.js `)} --out "${out}" --quiet`;
  const r = spawnSync("bash", ["-c", shell], {encoding: "utf8"});
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(out, "timeseries.csv"), "utf8");
}

/** A screenshot of the top of the page (what a projector shows) as test-artifacts/<name>.png; docs/figures/explorer/ holds copies. */
async function shoot(explorer: ExplorerPage, name: string): Promise<void> {
  mkdirSync(artifactsDir, {recursive: true});
  await explorer.page.evaluate(() => scrollTo(0, 0));
  await explorer.page.screenshot({path: join(artifactsDir, `${name}.png`)});
}

/** Moves the time slider to tick `t`. */
async function goToTick(explorer: ExplorerPage, t: number): Promise<void> {
  await explorer.page.locator("input[data-param='view.tick']").fill(String(t));
}

describe("rcmp explore: the page from file://", () => {
  let chrome: Chromium;
  let explorer: ExplorerPage;
  beforeAll(async () => {
    const made = await rcmp(["explore", "scenarios/igc-1985.yaml", "--out", file]);
    expect(made.code, made.stderr).toBe(0);
    chrome = await launchChromium();
    explorer = await openExplorer(chrome, file);
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it("is one file under 3 MB that draws the scenario's 16 states on the map", async () => {
    expect(statSync(file).size).toBeLessThan(3e6);
    const states = parseScenario(readFileSync("scenarios/igc-1985.yaml", "utf8"), "igc-1985.yaml").states ?? [];
    expect(await explorer.page.locator("[data-figure=map]").getAttribute("data-states")).toBe(String(states.length));
    await shoot(explorer, "explorer-igc-start");
  });

  it("plays: the time, the map's colours and the curves' marker move", async () => {
    const page = explorer.page;
    const [fills0, marker0] = [await mapFills(page), await markerX(page)];
    await page.click("[data-action=play]");
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".player .time")?.dataset.tick) >= 12, undefined, {timeout: 15_000});
    await page.click("[data-action=play]");
    expect(await mapFills(page)).not.toEqual(fills0);
    expect(await markerX(page)).not.toBe(marker0);
    const tick = Number(await page.locator(".player .time").getAttribute("data-tick"));
    await page.click("[data-action=step]");
    expect(Number(await page.locator(".player .time").getAttribute("data-tick"))).toBe(tick + 1);
  });

  it("redraws when a slider moves (time recorded in test-artifacts) and pins a baseline drawn under the new run", async () => {
    const page = explorer.page;
    const timings: number[] = [];
    for (const bias of [2, 0, 1, 3, 0.5]) {
      const before = await nowCurves(page);
      timings.push(await moveExplorerSlider(page, biasPath, bias));
      expect(await nowCurves(page)).not.toEqual(before);
    }
    mkdirSync(artifactsDir, {recursive: true});
    const sorted = [...timings].sort((a, b) => a - b);
    writeFileSync(join(artifactsDir, "explorer-redraw-ms.json"), `${JSON.stringify({scenario: "igc-1985", timings, median: sorted[2], max: sorted[4]})}\n`);
    console.log(`explorer: slider change to redrawn page (ms) ${timings.map((t) => t.toFixed(1)).join(", ")}; median ${sorted[2].toFixed(1)}`);

    expect(await page.locator(".curve-pinned path").count()).toBe(0);
    const pinnedCurves = await nowCurves(page);
    await page.click("[data-action=pin]");
    expect(await page.locator(".curve-pinned path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d")))).toEqual(pinnedCurves);
    expect(await page.locator("[data-colouring]").getAttribute("data-colouring")).toBe("change");
    await moveExplorerSlider(page, biasPath, 3);
    expect(await nowCurves(page)).not.toEqual(pinnedCurves);
    expect(await page.locator(".curve-pinned path").count()).toBe(pinnedCurves.length);
    expect(await page.locator("table.numbers th.pinned").count()).toBe(1);
    await goToTick(explorer, 40);
    await shoot(explorer, "explorer-igc-pinned");
  });

  it("prints the rcmp run command that writes the page's timeseries.csv byte for byte (switches included)", async () => {
    const page = explorer.page;
    await moveExplorerSlider(page, "processes.igc.ngo", 0.5);
    await page.locator("details.mechanisms summary").click();
    for (const name of ["trust", "acquis"]) await page.locator(`input[data-mechanism=${name}]`).uncheck();
    await page.waitForFunction(() => document.querySelector("#cli-command")?.textContent?.includes("--skip acquis"));
    const shown = await exported(page);
    expect(shown.command).toBe(await page.locator("#cli-command").textContent());
    expect(shown.command).toContain("--set dynamics.hegemonBias=3");
    expect(shown.command).toContain("--set processes.igc.ngo=0.5");
    expect(shown.command).toContain("--set dynamics.trust.gain=0");
    expect(shown.command).toContain("--skip acquis");
    const download = page.waitForEvent("download");
    await page.click("[data-action=download-csv]");
    const downloaded = readFileSync(await (await download).path(), "utf8");
    expect(downloaded).toBe(shown.csv);
    expect(runPrinted(shown.command, join(dir, "printed"))).toBe(shown.csv);
  });

  it("restores the settings from its link", async () => {
    const shown = await exported(explorer.page);
    const again = await openExplorer(chrome, file, shown.fragment);
    expect(await again.page.locator(`input[data-param="${biasPath}"]`).inputValue()).toBe("3");
    expect(await again.page.locator("input[data-mechanism=acquis]").isChecked()).toBe(false);
    expect((await exported(again.page)).csv).toBe(shown.csv);
    expect([...again.errors, ...again.outside]).toEqual([]);
    await again.page.close();
  });

  it("shows a bad file's problems with file, line and path as the CLI does, and keeps the scenario", async () => {
    const page = explorer.page;
    const bad = readFileSync("scenarios/igc-1985.yaml", "utf8").replace("hegemonBias: 0.5", "hegemonBias: -1").replace("meetEvery: 2", "meetEvery: two");
    writeFileSync(join(dir, "bad.yaml"), bad);
    const cli = await rcmp(["validate", join(dir, "bad.yaml")]);
    expect(cli.code).toBe(2);
    const runs = await runsDrawn(page);
    await page.setInputFiles("#scenario-file", {name: "bad.yaml", mimeType: "text/yaml", buffer: Buffer.from(bad)});
    await page.waitForSelector("#problems li");
    const lines = await page.locator("#problems li").allTextContents();
    const expected = cli.stderr.split("\n").filter((l) => l.startsWith("error: ")).map((l) => l.slice("error: ".length).replace(join(dir, "bad.yaml"), "bad.yaml"));
    expect(lines).toEqual(expected);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(await runsDrawn(page)).toBe(runs);
  });

  it("opens world-2004.yaml from the file picker and puts its 145 states on the map", async () => {
    const page = explorer.page;
    await page.setInputFiles("#scenario-file", "scenarios/world-2004.yaml");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("of the world"), undefined, {timeout: 20_000});
    const states = parseScenario(readFileSync("scenarios/world-2004.yaml", "utf8"), "world-2004.yaml").states ?? [];
    expect(states.length).toBeGreaterThan(140);
    expect(await page.locator("[data-figure=map]").getAttribute("data-states")).toBe(String(states.length));
    const drawn = await page.locator("[data-figure=map] path[data-state]").evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute("data-state"))).size);
    expect(drawn).toBe(states.length);
    expect(await page.locator("#cli-command").textContent()).toBe("rcmp run world-2004.yaml");
  });

  it("runs each lesson step: its question, its scenario, a pinned baseline", async () => {
    const page = explorer.page;
    await page.click("[data-action=lesson]");
    for (const [k, step] of lessonSteps.entries()) {
      await page.click(`.lesson nav button[data-step="${k + 1}"]`);
      await page.waitForFunction((q) => document.querySelector(".lesson .question")?.textContent === q, step.question);
      expect(await page.locator("#scenario-menu").inputValue()).toBe(step.scenario);
      expect(await page.locator(".curve-pinned path").count()).toBeGreaterThan(0);
      if (k === 3) await shoot(explorer, "explorer-lesson-world");
    }
    await page.click(".lesson nav button[data-step=\"1\"]");
    await goToTick(explorer, 40);
    await shoot(explorer, "explorer-lesson-hegemon");
  });

  it("made no request and logged no error", () => {
    expect(explorer.outside).toEqual([]);
    expect(explorer.errors).toEqual([]);
  });
});
