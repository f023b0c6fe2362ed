/**
 * `rcmp compare` end to end, on folders made with the built CLI (`npm run build` first): two
 * runs, a replicated run and a sweep side by side, by region, and folders that are not results.
 */
import {describe, expect, test} from "vitest";
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {csvTable} from "../../src/results/csvTable.js";

const equalVoice = "scenarios/teaching/equal-voice.yaml";
const hegemon = "scenarios/teaching/hegemon.yaml";
const titles = ["Teaching: equal voice (hegemonBias 0, no agenda control, no funder steering)", "Teaching: hegemon (hegemonBias 2, agenda control 1.5, funder steering 0.4)"];
const xml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** compare.csv as rows of cells by column. */
function compareRowsOf(dir: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const table = csvTable(readFileSync(join(dir, "compare.csv"), "utf8"), "compare.csv");
  table.forEach((cell) => rows.push(Object.fromEntries(table.columns.map((c) => [c, cell(c)]))));
  return rows;
}

describe("rcmp compare", async () => {
  const dir = tempDir();
  const runs = join(dir, "runs");
  const made = await rcmp(["run", equalVoice, hegemon, "--ticks", "20", "--out", runs]);

  test("draws two runs side by side: compare.svg, .png and .csv with both labels", async () => {
    expect(made.code, made.stderr).toBe(0);
    const out = join(dir, "two");
    const r = await rcmp(["compare", join(runs, "equal-voice"), join(runs, "hegemon"), "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["compare.csv", "compare.png", "compare.svg", "manifest.json"]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.kind).toBe("compare");
    expect(manifest.files.map((f: {name: string}) => f.name)).toEqual(["compare.csv", "compare.png", "compare.svg"]);
    expect(r.stdout).toContain(`results in ${out}/`);
    const svg = readFileSync(join(out, "compare.svg"), "utf8");
    for (const t of titles) expect(svg).toContain(xml(t));
    expect([...readFileSync(join(out, "compare.png")).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const rows = compareRowsOf(out);
    expect(Object.keys(rows[0])).toEqual(["label", "group", "tick", "year", "metric", "mean", "p05", "p50", "p95"]);
    expect([...new Set(rows.map((row) => row.label))]).toEqual(titles);
    expect([...new Set(rows.map((row) => row.metric))]).toEqual(["dispersion", "toStandard"]);
    const ts = readFileSync(join(runs, "hegemon", "timeseries.csv"), "utf8");
    const last = rows.filter((row) => row.label === titles[1] && row.metric === "dispersion" && row.tick === "20")[0];
    expect(ts).toContain(`20,1995,all,dispersion,${last.mean}\n`);
  });

  test("--label, --metric and --group by-region", async () => {
    const out = join(dir, "regions");
    const r = await rcmp(["compare", join(runs, "equal-voice"), join(runs, "hegemon"), "--group", "by-region", "--metric", "dispersion",
      "--label", `constructivist=${join(runs, "equal-voice")}`, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = compareRowsOf(out);
    expect(new Set(rows.map((row) => row.group))).toEqual(new Set(["region:north", "region:south"]));
    expect(new Set(rows.map((row) => row.label))).toEqual(new Set(["constructivist", titles[1]]));
    const svg = readFileSync(join(out, "compare.svg"), "utf8");
    for (const text of [">north<", ">south<", ">constructivist<"]) expect(svg).toContain(text);
  });

  test("--metric hegemonPull: the hegemon's pull, 0 with equal voice and positive with the hegemon's channels", async () => {
    const out = join(dir, "pull");
    const r = await rcmp(["compare", join(runs, "equal-voice"), join(runs, "hegemon"), "--metric", "hegemonPull", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = compareRowsOf(out).filter((row) => row.tick === "20");
    expect(rows.map((row) => [row.label, row.metric])).toEqual([[titles[0], "hegemonPull"], [titles[1], "hegemonPull"]]);
    expect(Number(rows[0].mean)).toBe(0);
    expect(Number(rows[1].mean)).toBeGreaterThan(0);
  });

  test("bands from a replicated run and a curve per design point from a sweep", async () => {
    const rep = join(dir, "replicated");
    expect((await rcmp(["run", hegemon, "--replicates", "4", "--ticks", "20", "--out", rep])).code).toBe(0);
    const sweepFile = join(dir, "bias.yaml");
    writeFileSync(sweepFile, `base: ${resolve(equalVoice)}\nreplicates: 3\nseed: 5\ndesign: grid\nparameters:\n  dynamics.hegemonBias: [0, 3]\nrecord: [dispersion, toStandard]\n`);
    const sweep = join(dir, "sweep");
    const s = await rcmp(["sweep", sweepFile, "--workers", "1", "--no-plots", "--quiet", "--out", sweep]);
    expect(s.code, s.stderr).toBe(0);
    const out = join(dir, "mixed");
    const r = await rcmp(["compare", rep, sweep, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = compareRowsOf(out);
    expect([...new Set(rows.map((row) => row.label))]).toEqual([titles[1], "bias: hegemonBias=0", "bias: hegemonBias=3"]);
    expect(rows.some((row) => row.label === titles[1] && Number(row.p95) > Number(row.p05))).toBe(true);
    expect(readFileSync(join(out, "compare.svg"), "utf8")).toContain("bias: hegemonBias=3");
  });

  test("a folder that is not a results folder gets exit 2 and says what was looked for", async () => {
    const notResults = join(dir, "not-results");
    mkdirSync(notResults);
    writeFileSync(join(notResults, "notes.txt"), "hello");
    const r = await rcmp(["compare", join(runs, "hegemon"), notResults, "--out", join(dir, "never")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${notResults}/manifest.json: missing: the folder is incomplete (a command stopped before it finished writing) or was not written by rcmp`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await rcmp(["compare", join(dir, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere: no such folder");
    const badMetric = await rcmp(["compare", join(runs, "hegemon"), "--metric", "dispersal"]);
    expect(badMetric.code).toBe(2);
    expect(badMetric.stderr).toContain("no folder has metric dispersal (they have: dispersion,");
  });
});
