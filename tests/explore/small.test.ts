/**
 * Small pure parts of the explorer: the time in the scenario's terms, the map's id matching, the
 * curves it draws, and the inline HTML's escaping.
 */
import {describe, expect, it} from "vitest";
import {timeLabel} from "../../src/explore/timeLabel.js";
import {matchStates, usesMap} from "../../src/explore/mapIds.js";
import {curveMetrics, valueAtTick} from "../../src/explore/curves.js";
import {escapeHtml, explorerHtml, inlineScript, scriptJson} from "../../src/explore/explorerHtml.js";
import type {Series} from "../../src/metrics/series.js";

describe("timeLabel", () => {
  it("says quarters, months, years or ticks", () => {
    expect(timeLabel(29, {start: 1985, perYear: 4})).toBe("1992 Q2");
    expect(timeLabel(16, {start: 1990, perYear: 12})).toBe("1991-05");
    expect(timeLabel(3, {start: 2000, perYear: 1})).toBe("2003");
    expect(timeLabel(3, {start: 2000, perYear: 2})).toBe("2001.50");
    expect(timeLabel(7, undefined)).toBe("tick 7");
  });
});

describe("matchStates", () => {
  const numeric: Record<string, string> = {USA: "840", SRB: "688", FRA: "250"};
  const onMap = (n: string) => ["840", "688", "499", "250"].includes(n);
  it("matches ISO alpha-3 ids, maps Serbia and Montenegro to its successors, and lists the rest", () => {
    const m = matchStates(["USA", "SCG", "S001", "fra", "ATL"], (a) => numeric[a], onMap);
    expect(m.shapes).toEqual([["840"], ["688", "499"], [], ["250"], []]);
    expect(m.missing).toEqual(["S001", "ATL"]);
    expect(usesMap(m)).toBe(true);
    expect(usesMap(matchStates(["S1", "S2", "USA"], (a) => numeric[a], onMap))).toBe(false);
  });
});

describe("curveMetrics", () => {
  const series = (metrics: string[], values: number[][]): Series => ({ticks: [0, 5], years: [null, null], groups: ["all"], metrics: [metrics], values: [values.map((v) => Float64Array.from(v))]});
  it("draws the hegemon's pull where the run records it, else the distance to the hegemon, and no all-NaN curve", () => {
    expect(curveMetrics(series(["dispersion", "toStandard", "toHegemon"], [[1, 2], [NaN, NaN], [3, 4]]))).toEqual(["dispersion", "toHegemon"]);
    expect(curveMetrics(series(["dispersion", "toHegemon", "hegemonPull"], [[1, 2], [3, 4], [0, 0.5]]))).toEqual(["dispersion", "hegemonPull"]);
    expect(valueAtTick(series(["dispersion"], [[1, 2]]), "dispersion", 4)).toBe(1);
    expect(valueAtTick(series(["dispersion"], [[1, 2]]), "dispersion", 9)).toBe(2);
  });
});

describe("explorerHtml", () => {
  const nasty = "</script><!-- \u2028 <b>";
  it("keeps data and script from closing their element, and the data reads back", () => {
    const json = scriptJson({text: nasty});
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual({text: nasty});
    expect(inlineScript(`const a = "</script>", b = "<!--";`)).toBe(`const a = "<\\/script>", b = "<\\!--";`);
    expect(escapeHtml(`<a href="x">&'`)).toBe("&#60;a href=&#34;x&#34;&#62;&#38;&#39;");
  });

  it("puts stylesheet, data and script inline, with nothing to fetch", () => {
    const start = {path: "s.yaml", title: nasty, text: nasty};
    const html = explorerHtml({version: "0", start, sets: [], builtins: [start]}, `console.log("</script>")`, "body{}");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).toContain("<style>body{}</style>");
  });
});
