/**
 * classics.html shows numbers that match the classic models' known results, computed here
 * independently of the page (and of the notebook's own closed-form code) from the same states.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {compile} from "../../src/model/compile.js";
import {simulate} from "../../src/run/simulate.js";
import {launchChromium, openNotebook, screenshot, waitForCount, type Chromium, type NotebookPage} from "./notebookPage.js";
import {hegselmannKrause, majorClusters, solveLinear} from "./reference.js";

function classic(name: string, sets: Record<string, unknown> = {}) {
  const file = `scenarios/classic/${name}.yaml`;
  return parseScenario(readFileSync(file, "utf8"), file, Object.entries(sets).map(([path, value]) => ({path, value})));
}

/** The data attributes of every `<tr>` of the table with this id. */
async function tableRows(notebook: NotebookPage, id: string): Promise<Record<string, string>[]> {
  return notebook.page.locator(`#${id} tbody tr`).evaluateAll((rows) => rows.map((row) => ({...(row as HTMLElement).dataset}) as Record<string, string>));
}

describe("classics.html", () => {
  let chrome: Chromium;
  let notebook: NotebookPage;
  beforeAll(async () => {
    chrome = await launchChromium();
    notebook = await openNotebook(chrome, inject("baseUrl"), "classics.html");
    for (const name of ["degroot", "fj", "hk", "dw"]) await waitForCount(notebook, `[data-figure=${name}] svg`, 1, 60_000);
    console.log(`screenshot: ${await screenshot(notebook.page, "classics")}`);
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it("no axis label overlaps a tick label in any figure", async () => {
    for (const name of ["degroot", "fj", "hk", "dw"]) {
      const overlaps = await notebook.page.locator(`[data-figure=${name}] svg`).first().evaluate((svg) => {
        const boxes = (selector: string) => [...svg.querySelectorAll(selector)].map((el) => ({text: el.textContent ?? "", box: el.getBoundingClientRect()}));
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const found: string[] = [];
        for (const axis of ["x", "y"]) {
          for (const label of boxes(`g[aria-label="${axis}-axis label"] text`)) {
            for (const tick of boxes(`g[aria-label$="-axis tick label"] text`)) if (meet(label.box, tick.box)) found.push(`${label.text} over ${tick.text}`);
          }
        }
        return found;
      });
      expect(overlaps, name).toEqual([]);
    }
  });

  it("DeGroot: every state ends at the power^h-weighted mean of the starts", async () => {
    const rows = await tableRows(notebook, "degroot-table");
    expect(rows.map((r) => Number(r.h))).toEqual([0, 1, 2, 3]);
    for (const row of rows) {
      const h = Number(row.h);
      const start = compile(classic("degroot", {"dynamics.hegemonBias": h}));
      let num = 0;
      let den = 0;
      for (let i = 0; i < start.n; i++) {
        num += start.power[i] ** h * start.x[i];
        den += start.power[i] ** h;
      }
      expect(Number(row["closedForm"])).toBeCloseTo(num / den, 12);
      expect(Number(row.engine)).toBeCloseTo(num / den, 9);
      expect(Number(row.maxGap)).toBeLessThan(1e-9);
    }
  });

  it("Friedkin-Johnsen: the engine settles at (I − ΛW)⁻¹(I − Λ)u", async () => {
    const data = await notebook.page.locator("#fj-result").evaluate((p) => ({...(p as HTMLElement).dataset}));
    const s = classic("friedkin-johnsen");
    const w = compile(s);
    const mu = s.dynamics.dialogue.rate;
    const pw = Array.from(w.power, (p) => p ** s.dynamics.hegemonBias);
    const total = pw.reduce((a, b) => a + b, 0);
    const a = Array.from({length: w.n}, (_, i) =>
      Array.from({length: w.n}, (_, j) => (i === j ? 1 : 0) - (1 - w.stubbornness[i]) * ((i === j ? 1 - mu : 0) + (mu * pw[j]) / total)));
    const expected = solveLinear(a, Array.from({length: w.n}, (_, i) => w.stubbornness[i] * w.u[i]));
    const engine = JSON.parse(data.engine as string) as number[];
    const closed = JSON.parse(data.closedForm as string) as number[];
    expect(engine).toHaveLength(w.n);
    for (let i = 0; i < w.n; i++) {
      expect(closed[i]).toBeCloseTo(expected[i], 10);
      expect(engine[i]).toBeCloseTo(expected[i], 8);
    }
    expect(Math.max(...expected) - Math.min(...expected)).toBeGreaterThan(0.05);
  });

  it("Hegselmann-Krause: cluster counts match an independent implementation, and shrink-with-ε", async () => {
    const rows = await tableRows(notebook, "hk-table");
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const epsilon = Number(row.epsilon);
      const s = classic("hegselmann-krause", {"dynamics.dialogue.confidence": epsilon});
      const final = hegselmannKrause(compile(s).x, epsilon, s.ticks, s.metrics.stopWhenStable);
      const sizes = majorClusters(final, s.metrics.clusterGap, s.metrics.majorShare);
      expect({epsilon, major: Number(row.majorClusters), all: Number(row.clusters)}).toEqual({epsilon, major: sizes.major, all: sizes.all});
    }
    const counts = rows.map((r) => Number(r.majorClusters));
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1]);
  });

  it("Deffuant-Weisbuch: the page shows the engine's counts, about ⌊1/(2ε)⌋ major clusters", async () => {
    const rows = await tableRows(notebook, "dw-table");
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const epsilon = Number(row.epsilon);
      const run = simulate(classic("deffuant-weisbuch", {"dynamics.dialogue.confidence": epsilon}), {metrics: ["clusters", "majorClusters"], groups: false});
      expect(Number(row.majorClusters)).toBe(run.summary.final.all.majorClusters);
      const rule = epsilon >= 0.3 ? 1 : Math.floor(1 / (2 * epsilon));
      expect(Math.abs(Number(row.majorClusters) - rule)).toBeLessThanOrEqual(epsilon >= 0.3 ? 0 : 2);
    }
    expect(notebook.errors).toEqual([]);
    expect(notebook.outside).toEqual([]);
  });
});
