/**
 * `explainScenario`: the ODD+D description carries the scenario's own numbers, every process,
 * the engine's schedule in its order, and the metrics a run actually records.
 */
import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {explainScenario} from "../../src/explain/explainScenario.js";
import {observedGroups, observedMetrics} from "../../src/explain/observation.js";
import {populationOf} from "../../src/explain/population.js";
import {mechanisms} from "../../src/model/mechanisms.js";
import {compile} from "../../src/model/compile.js";
import {simulate} from "../../src/run/simulate.js";
import {scenarioFromObject} from "../../src/scenario/load.js";
import {toTick} from "../../src/scenario/resolve.js";
import {scenarioFiles} from "../../src/cli/list.js";
import {builtin} from "../helpers/scenarios.js";

const IGC = "scenarios/igc-1985.yaml";
const WORLD = "scenarios/world-2004.yaml";

const headings = [
  "## I. Overview",
  "### I.i Purpose",
  "### I.ii Entities, state variables and scales",
  "### I.iii Process overview and scheduling",
  "## II. Design concepts",
  "### II.i Theoretical and empirical background",
  "### II.ii Individual decision making",
  "### II.iii Learning",
  "### II.iv Individual sensing",
  "### II.v Individual prediction",
  "### II.vi Interaction",
  "### II.vii Collectives",
  "### II.viii Heterogeneity",
  "### II.ix Stochasticity",
  "### II.x Observation",
  "## III. Details",
  "### III.i Implementation details",
  "### III.ii Initialisation",
  "### III.iii Input data",
  "### III.iv Submodels"
];

/** The Markdown table row whose first cell is `` `key` ``. */
const row = (md: string, key: string): string => md.split("\n").find((l) => l.startsWith(`| \`${key}\` |`)) ?? "";
/** The schedule or submodel line of a mechanism. */
const mechanismLine = (md: string, name: string): string => md.split("\n").find((l) => l.includes(`(\`${name}\`)`)) ?? "";
/** The text of a section, from its heading to the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const start = md.indexOf(heading);
  const rest = md.slice(start + heading.length);
  const next = rest.search(/\n#{2,3} /);
  return next < 0 ? rest : rest.slice(0, next);
}

describe("explain igc-1985", () => {
  const s = builtin(IGC);
  const md = explainScenario(s, {file: IGC, sha256: "ab".repeat(32)});

  test("has every ODD+D heading, in order", () => {
    const at = headings.map((h) => md.indexOf(h));
    for (const [k, i] of at.entries()) expect(i, headings[k]).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("names the file, its sha256, the seed and the ticks", () => {
    expect(md).toContain(`| sha256 of the file | \`${"ab".repeat(32)}\` |`);
    expect(md).toContain(`\`${IGC}\``);
    expect(md).toContain(`| seed | ${s.seed} |`);
    expect(md).toContain(`| ticks | ${s.ticks} |`);
  });

  test("lists every process, every state and every dimension with its standard", () => {
    for (const p of s.processes) expect(row(md, p.id), p.id).not.toBe("");
    for (const st of s.states!) expect(md).toContain(st.id);
    for (const d of s.dimensions) expect(row(md, d.id)).toContain(d.standard === undefined ? "none" : String(d.standard));
  });

  test("gives founding as a year with its tick", () => {
    const igc = s.processes[0];
    expect(row(md, igc.id)).toContain(`${igc.founded} (tick ${toTick(igc.founded, s.calendar)})`);
  });

  test("reports every dynamics parameter with its value", () => {
    const dy = s.dynamics;
    expect(row(md, "dialogue.rate")).toContain(`| ${dy.dialogue.rate} |`);
    expect(row(md, "hegemonBias")).toContain(`| ${dy.hegemonBias} |`);
    expect(row(md, "trust.gain")).toContain(`| ${dy.trust.gain} |`);
    expect(row(md, "trust.decay")).toContain(`| ${dy.trust.decay} |`);
    expect(row(md, "domestic.noise")).toContain(`| ${dy.domestic.noise} |`);
    expect(row(md, "agendaControl.strength")).toContain("off (strength 0)");
  });
});

describe("explain follows --set overrides", () => {
  test("a hegemon bias of 2.5 shows up as 2.5", () => {
    const plain = explainScenario(builtin(IGC));
    const biased = explainScenario(builtin(IGC, {"dynamics.hegemonBias": 2.5}));
    expect(row(plain, "hegemonBias")).not.toContain("2.5");
    expect(row(biased, "hegemonBias")).toContain("| h | 2.5 |");
    expect(biased).toContain("h = 2.5");
  });

  test("a capacity rate of 0 is reported as off", () => {
    const on = explainScenario(builtin(IGC));
    const off = explainScenario(builtin(IGC, {"facilitators.UNHCR.capacityRate": 0}));
    expect(mechanismLine(on, "capacityBuilding")).not.toContain("off (rate 0)");
    expect(mechanismLine(off, "capacityBuilding")).toContain("off (rate 0)");
    expect(row(off, "UNHCR")).toContain("0, off (rate 0)");
  });

  test("other zeros switch their mechanisms off by name", () => {
    const md = explainScenario(
      builtin(IGC, {"dynamics.dialogue.rate": 0, "dynamics.trust.gain": 0, "facilitators.UNHCR.clearingHouse": 0, "dynamics.domestic.noise": 0})
    );
    expect(mechanismLine(md, "dialogue")).toContain("off (rate 0)");
    expect(mechanismLine(md, "trust")).toContain("off (rate 0)");
    expect(mechanismLine(md, "clearingHouse")).toContain("off (rate 0)");
    expect(row(md, "domestic.noise")).toContain("off (noise 0)");
  });

  test("the overrides are named, with the command that reproduces the run", () => {
    const md = explainScenario(builtin(IGC, {"dynamics.hegemonBias": 2.5}), {file: IGC, overrides: [{path: "dynamics.hegemonBias", value: 2.5}]});
    expect(md).toContain(`\`rcmp run ${IGC} --set dynamics.hegemonBias=2.5\``);
  });
});

describe("explain world-2004", () => {
  const s = builtin(WORLD);
  const md = explainScenario(s);

  test("lists all its processes with member counts and observers", () => {
    for (const p of s.processes) {
      const r = row(md, p.id);
      expect(r, p.id).toContain(`| ${p.members.length} |`);
      for (const o of p.observers) expect(r).toContain(o);
    }
  });

  test("gives the number of states per region and their power range, as the file lists them", () => {
    const byRegion = new Map<string, number[]>();
    for (const st of s.states!) byRegion.set(st.region, [...(byRegion.get(st.region) ?? []), st.power]);
    expect(byRegion.size).toBeGreaterThan(1);
    for (const [region, powers] of byRegion) {
      const r = row(md, region);
      expect(r, region).toContain(`| ${powers.length} |`);
      expect(r, region).toContain(`${Math.min(...powers)}`);
      expect(r, region).toContain(`${Math.max(...powers)}`);
    }
  });

  test("lists the events in time order", () => {
    const list = section(md, "### III.iii Input data");
    const ticks = [...list.matchAll(/^\d+\. .*?\(tick (-?\d+)\)/gm)].map((m) => Number(m[1]));
    expect(ticks).toHaveLength(s.events.length);
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
  });
});

describe("events given out of order", () => {
  test("are listed in the order the run applies them", () => {
    const s = scenarioFromObject({
      id: "order",
      ticks: 10,
      dimensions: [{id: "a"}],
      states: [{id: "X", ideal: [0.5]}],
      events: [{at: 7, shift: {states: "all", ideal: [0.1]}}, {at: 2, shift: {states: "all", ideal: [-0.2]}}, {at: 12, shift: {states: "all", ideal: [0.3]}}]
    });
    const list = section(explainScenario(s), "### III.iii Input data");
    expect(list.indexOf("tick 2")).toBeLessThan(list.indexOf("tick 7"));
    expect(list).toContain("tick 12 (after the last step: never applied)");
  });
});

describe("the schedule is the engine's", () => {
  const md = explainScenario(builtin(IGC));
  test("tick and meeting mechanisms appear in the order of the registry, each with its title and what it does", () => {
    const schedule = section(md, "### I.iii Process overview and scheduling");
    const at = mechanisms.map((m) => schedule.indexOf(`**${m.title}** (\`${m.name}\`): ${m.does}.`));
    for (const [k, i] of at.entries()) expect(i, mechanisms[k].name).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  test("every mechanism's equation is in the submodels, as the registry has it", () => {
    const submodels = section(md, "### III.iv Submodels");
    for (const m of mechanisms) if ("equation" in m && m.equation) for (const line of m.equation.split("\n")) expect(submodels, m.name).toContain(`    ${line}`);
  });
});

describe("what explain says the run records is what it records", () => {
  for (const file of [IGC, WORLD, "scenarios/classic/degroot.yaml"]) {
    test(file, () => {
      const s = builtin(file);
      const {series} = simulate(s, {ticks: 1});
      const pop = populationOf(s);
      expect(series.groups).toEqual(observedGroups(s, pop));
      series.groups.forEach((g, k) => expect(series.metrics[k], g).toEqual(observedMetrics(s, g)));
      // and both are what the docs say, worked out from the file: all and (with metrics.groups) a
      // group per region when there are several and one per process; mean and sd per dimension;
      // toStandard when a dimension has a standard; trust, meetings and withheld for all only
      const regions = [...new Set(s.states?.map((st) => st.region) ?? s.generate!.regions)].sort();
      const byGroup = [...(regions.length > 1 ? regions.map((r) => `region:${r}`) : []), ...s.processes.map((p) => `process:${p.id}`)];
      expect(series.groups).toEqual(["all", ...(s.metrics.groups ? byGroup : [])]);
      const dims = s.dimensions.map((d) => d.id);
      series.groups.forEach((g, k) => {
        const names = series.metrics[k];
        for (const d of dims) expect(names, g).toEqual(expect.arrayContaining([`mean.${d}`, `sd.${d}`]));
        expect(names.includes("toStandard"), g).toBe(s.dimensions.some((d) => d.standard !== undefined));
        expect(names.includes("meanTrust"), g).toBe(g === "all");
      });
      const world = compile(s);
      expect(pop.ids).toEqual(world.stateIds);
      expect(pop.ids[pop.hegemon]).toBe(world.stateIds[world.hegemon]);
      expect(Array.from(pop.power)).toEqual(Array.from(world.power));
      expect(Array.from(pop.initial)).toEqual(Array.from(world.x));
      if (s.hegemon !== undefined) expect(pop.ids[pop.hegemon]).toBe(s.hegemon);
    });
  }
});

describe("every built-in scenario explains cleanly", () => {
  test("no undefined, NaN or empty placeholder in any description", async () => {
    const files = (await scenarioFiles("scenarios")).filter((f) => !/^base:/m.test(readFileSync(f, "utf8")));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const md = explainScenario(builtin(file), {file});
      expect(md, file).not.toMatch(/undefined|NaN|\[object Object\]/);
      for (const h of headings) expect(md, `${file}: ${h}`).toContain(h);
    }
  });
});
