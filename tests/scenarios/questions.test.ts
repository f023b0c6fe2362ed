/**
 * The question scenarios (scenarios/questions/*.yaml) each name two runs to compare, a metric
 * and the direction the paper leads one to expect. These tests run both variants over several
 * seeds with the engine and check that direction, so a header cannot claim what the model does
 * not do. They also check that every `--set` command written in a header still applies.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {readScenarioFile} from "../../src/io/readScenario.js";
import {parseSetArg, type Override} from "../../src/scenario/overrides.js";
import {simulate} from "../../src/run/simulate.js";

const dir = "scenarios/questions";
const files = ["caribbean-agenda", "ngo-inclusion", "interregional", "protection-in-the-region", "berne-initiative"];

/** What to read from each run: a metric of a group, as `metric@group`. */
type Wanted = readonly string[];

interface Means {
  /** Mean over seeds of each wanted final value, keyed `metric@group`. */
  final: Record<string, number>;
  /** Mean over seeds of topics withheld in the whole run. */
  withheld: number;
}

/** Runs a question scenario with `--set` style overrides over seeds 1..n; returns means of final values. */
async function meansOf(file: string, sets: string[], wanted: Wanted, seeds: number): Promise<Means> {
  const overrides: Override[] = sets.map((s) => parseSetArg(s));
  const scenario = await readScenarioFile(`${dir}/${file}.yaml`, overrides);
  const metrics = [...new Set(wanted.map((w) => w.split("@")[0]))];
  const groups = wanted.some((w) => (w.split("@")[1] ?? "all") !== "all");
  const final: Record<string, number> = Object.fromEntries(wanted.map((w) => [w, 0]));
  let withheld = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const {summary} = simulate(scenario, {seed, metrics, groups});
    for (const w of wanted) {
      const [metric, group = "all"] = w.split("@");
      const value = summary.final[group]?.[metric];
      if (value === undefined) throw new Error(`no final ${metric} for group ${group} in ${file}`);
      final[w] += value / seeds;
    }
    withheld += summary.totals.withheld / seeds;
  }
  return {final, withheld};
}

/** Relative fall from `without` to `with` (positive when `with` is lower). */
const relativeFall = (withIt: number, without: number) => (without - withIt) / without;

describe("question scenarios", () => {
  it("every --set command in a question header applies to its scenario and changes it", async () => {
    for (const file of files) {
      const text = readFileSync(`${dir}/${file}.yaml`, "utf8");
      const sets = [...text.matchAll(/--set\s+'?([\w.*-]+=[^\s']+)'?/g)].map((m) => m[1]);
      expect(sets.length, `${file}: its header names the comparison run`).toBeGreaterThan(0);
      const base = await readScenarioFile(`${dir}/${file}.yaml`);
      for (const set of sets) {
        const changed = await readScenarioFile(`${dir}/${file}.yaml`, [parseSetArg(set)]);
        expect(changed, `${file}: --set ${set} leaves the scenario as it is`).not.toEqual(base);
      }
    }
  });

  it("caribbean-agenda: the funder withholds return, which then converges less than when it is open", async () => {
    const ret = "sd.return@process:carib";
    const ctl = "sd.control@process:carib";
    const steered = await meansOf("caribbean-agenda", [], [ret, ctl], 20);
    const open = await meansOf("caribbean-agenda", ["dynamics.agendaControl.strength=0"], [ret, ctl], 20);
    expect(steered.withheld).toBeGreaterThan(0);
    expect(open.withheld).toBe(0);
    expect(steered.final[ret]).toBeGreaterThan(open.final[ret]);
    // border control is never withheld: agenda control changes its spread less than that of return
    const onReturn = relativeFall(open.final[ret], steered.final[ret]);
    const onControl = Math.abs(relativeFall(open.final[ctl], steered.final[ctl]));
    expect(onReturn).toBeGreaterThan(onControl);
  });

  it("ngo-inclusion: with civil society the states end closer to the standards and higher on rights", async () => {
    const wanted = ["toStandard", "mean.rights"];
    const governments = await meansOf("ngo-inclusion", [], wanted, 20);
    const withNgos = await meansOf("ngo-inclusion", ["processes.rcm.ngo=0.8"], wanted, 20);
    expect(withNgos.final.toStandard).toBeLessThan(governments.final.toStandard);
    expect(withNgos.final["mean.rights"]).toBeGreaterThan(governments.final["mean.rights"]);
  });

  it("interregional: inter-regional meetings bring the regions closer together", async () => {
    const wanted = ["betweenRegion"];
    const on = await meansOf("interregional", [], wanted, 20);
    const off = await meansOf("interregional", ["processes.igc-apc.attendance=0"], wanted, 20);
    expect(on.final.betweenRegion).toBeLessThan(off.final.betweenRegion);
  });

  it("protection-in-the-region: capacity building moves the region toward the exemplars more than toward the standards", async () => {
    const g = "region:east-africa";
    const wanted = [`toHegemon@${g}`, `toStandard@${g}`, `mean.control@${g}`, `mean.return@${g}`];
    const capacity = await meansOf("protection-in-the-region", [], wanted, 20);
    const none = await meansOf("protection-in-the-region", ["facilitators.IOM.capacityRate=0"], wanted, 20);
    expect(capacity.final[`toHegemon@${g}`]).toBeLessThan(none.final[`toHegemon@${g}`]);
    expect(capacity.final[`mean.control@${g}`]).toBeGreaterThan(none.final[`mean.control@${g}`]);
    expect(capacity.final[`mean.return@${g}`]).toBeGreaterThan(none.final[`mean.return@${g}`]);
    const towardExemplar = relativeFall(capacity.final[`toHegemon@${g}`], none.final[`toHegemon@${g}`]);
    const towardStandard = relativeFall(capacity.final[`toStandard@${g}`], none.final[`toStandard@${g}`]);
    expect(towardExemplar).toBeGreaterThan(towardStandard);
  });

  it("berne-initiative: a global layer lowers between-region dispersion", async () => {
    const wanted = ["betweenRegion"];
    const on = await meansOf("berne-initiative", [], wanted, 20);
    const off = await meansOf("berne-initiative", ["processes.berne.attendance=0"], wanted, 20);
    expect(on.final.betweenRegion).toBeLessThan(off.final.betweenRegion);
  });
});
