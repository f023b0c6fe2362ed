/**
 * Scenario headers say what their runs show: every number quoted under "What the run(s) show"
 * in the RCMP, teaching and classic scenarios is recomputed here with the engine (the question
 * scenarios' numbers are checked in questions.test.ts).
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {parseSetArg} from "../../src/scenario/overrides.js";
import {simulate, type RunResult} from "../../src/run/simulate.js";
import {seriesOf} from "../../src/metrics/series.js";
import {attribute} from "../../src/analysis/attribution.js";
import {expectQuoted} from "../helpers/header.js";

const load = (file: string, ...sets: string[]) => parseScenario(readFileSync(file, "utf8"), file, sets.map((s) => parseSetArg(s)));
const start = (r: RunResult, metric: string) => seriesOf(r.series, "all", metric)![0];
const end = (r: RunResult, metric: string) => r.summary.final.all[metric];
const both = (r: RunResult, metric: string) => [start(r, metric), end(r, metric)];
const n = "(-?\\d+\\.\\d+)";

describe("igc-1985.yaml", () => {
  const file = "scenarios/igc-1985.yaml";
  const r = simulate(load(file));
  it("quotes its run", () => {
    expectQuoted(file, new RegExp(`dispersion falls from ${n} to ${n}`), both(r, "dispersion"));
    expectQuoted(file, new RegExp(`toStandard falls from ${n} to ${n}`), both(r, "toStandard"));
    expectQuoted(file, new RegExp(`mean.control rises from ${n} to ${n} and mean.asylum falls from ${n} to ${n}`), [...both(r, "mean.control"), ...both(r, "mean.asylum")]);
    expectQuoted(file, /clusters: (\d+) at the start, (\d+) at the end \(all 16 states/, both(r, "clusters"));
    expectQuoted(file, new RegExp(`with confidence 1 dispersion ends at the same ${n}`), [end(simulate(load(file, "dynamics.dialogue.confidence=1")), "dispersion")]);
    expectQuoted(file, new RegExp(`hegemonPull ends at ${n}`), [r.summary.hegemonPull!]);
    expectQuoted(file, new RegExp(`moves ${n} of the way toward its starting position`), [r.summary.towardHegemonStart!]);
  });
});

describe("world-2004.yaml", () => {
  const file = "scenarios/world-2004.yaml";
  const r = simulate(load(file));
  it("quotes its run", () => {
    expectQuoted(file, new RegExp(`dispersion falls only from ${n} to ${n}; within regions from ${n} to ${n}, between regions from ${n} to ${n}`),
      [...both(r, "dispersion"), ...both(r, "withinRegion"), ...both(r, "betweenRegion")]);
    expectQuoted(file, /clusters: (\d+) at the start, (\d+) at the end \((\d+) states linked/, [...both(r, "clusters"), r.world.n - 1]);
    expectQuoted(file, /agenda control withholds (\d+) topics in (\d+) meetings/, [r.summary.totals.withheld, r.summary.totals.meetings]);
    expectQuoted(file, new RegExp(`hegemonPull ends at ${n}`), [r.summary.hegemonPull!]);
  });
});

describe("the teaching scenarios", () => {
  const hegemonFile = "scenarios/teaching/hegemon.yaml";
  const equalFile = "scenarios/teaching/equal-voice.yaml";
  const h = simulate(load(hegemonFile));
  const e = simulate(load(equalFile));
  it("hegemon.yaml quotes its run and the equal-voice run", () => {
    expectQuoted(hegemonFile, new RegExp(`falls from ${n} to ${n} here, against ${n} in equal-voice`), [...both(h, "toHegemon"), end(e, "toHegemon")]);
    expectQuoted(hegemonFile, new RegExp(`ends at ${n}; in equal-voice it is 0 at every tick`), [h.summary.hegemonPull!]);
    expectQuoted(hegemonFile, new RegExp(`climb from ${n} and ${n} to ${n} and ${n}, toward Hegemonia's 0.9 \\(equal-voice: ${n} and ${n}\\)`),
      [start(h, "mean.control"), start(h, "mean.return"), end(h, "mean.control"), end(h, "mean.return"), end(e, "mean.control"), end(e, "mean.return")]);
    expectQuoted(hegemonFile, /asylum is withheld (\d+) times in (\d+) meetings/, [h.summary.totals.withheld, h.summary.totals.meetings]);
    expectQuoted(hegemonFile, new RegExp(`mean.asylum ends at ${n} where equal-voice, which trains on it, reaches ${n}`), [end(h, "mean.asylum"), end(e, "mean.asylum")]);
    expectQuoted(hegemonFile, /clusters: (\d+) at the start, (\d+) at the end/, both(h, "clusters"));
  });

  it("hegemon.yaml quotes the channels' share of toHegemon's fall", async () => {
    const a = await attribute(load(hegemonFile), {metrics: ["toHegemon"], replicates: 3});
    const share = a.rows.find((r) => r.name === "hegemonic channels")!.share;
    expectQuoted(hegemonFile, /the three channels together take about (\d+)% of toHegemon's fall/, [100 * share], 5);
  });

  it("equal-voice.yaml quotes its run", () => {
    expectQuoted(equalFile, new RegExp(`toHegemon falls from ${n} to ${n}: the states converge among themselves \\(dispersion ${n} to ${n}\\)`),
      [...both(e, "toHegemon"), ...both(e, "dispersion")]);
    expect([...seriesOf(e.series, "all", "hegemonPull")!].every((v) => v === 0)).toBe(true);
    expectQuoted(equalFile, new RegExp(`near the states' own average, at ${n} and ${n}`), [end(e, "mean.control"), end(e, "mean.return")]);
    expectQuoted(equalFile, new RegExp(`rises from ${n} to ${n} toward the 1951 standard`), both(e, "mean.asylum"));
  });
});

describe("the classic scenarios", () => {
  const clusters = (file: string, epsilon: number, seed: number) =>
    simulate(load(file, `dynamics.dialogue.confidence=${epsilon}`), {seed, metrics: ["majorClusters"], groups: false}).summary.final.all.majorClusters;
  it("hegselmann-krause.yaml: two clusters at ε = 0.2 with seeds 1 to 10, one at 0.25", () => {
    const file = "scenarios/classic/hegselmann-krause.yaml";
    expectQuoted(file, /at ε = 0.2, as written, the agents split into (\d+) clusters with every seed from 1 to 10; ε = 0.25 brings them all to (\d+)/, [2, 1]);
    for (let seed = 1; seed <= 10; seed++) expect(clusters(file, 0.2, seed)).toBe(2);
    for (let seed = 1; seed <= 10; seed++) expect(clusters(file, 0.25, seed)).toBe(1);
  });
  it("deffuant-weisbuch.yaml: two major clusters at ε = 0.2 with seeds 1 to 3", () => {
    const file = "scenarios/classic/deffuant-weisbuch.yaml";
    expectQuoted(file, /at ε = 0.2, as written, (\d+) major clusters with every seed from 1 to 3/, [2]);
    for (let seed = 1; seed <= 3; seed++) expect(clusters(file, 0.2, seed)).toBe(2);
  });
});
