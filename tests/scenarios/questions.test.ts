/**
 * The question scenarios (scenarios/questions/*.yaml) each declare a claim in a question block;
 * these tests run `rcmp ask`'s algorithm on each with the file's own settings and check what it
 * reports against what the header quotes, and against questions written here with a known
 * answer: a claim that holds by construction (holds in every draw) and one written to be false
 * (fails in every draw). They also check that every `--set` command written in a header applies.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import {parseText, validateScenario} from "../../src/scenario/load.js";
import {parseSetArg} from "../../src/scenario/overrides.js";
import {askPlan} from "../../src/analysis/ask.js";
import {askInProcess} from "../../src/analysis/askRuns.js";
import {askSummary, type AskSummary} from "../../src/analysis/askSummary.js";
import {sobolUnit} from "../../src/sweep/sobol.js";
import {simulate} from "../../src/run/simulate.js";
import {expectQuoted} from "../helpers/header.js";

const dir = "scenarios/questions";
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).map((f) => `${dir}/${f}`);

/** What `rcmp ask <file>` reports, with the file's draws, replicates and seed. */
function ask(text: string, file: string): AskSummary {
  const parsed = parseText(text, file);
  const s = validateScenario(parsed);
  const k = Object.keys(s.question!.assumptions).length;
  const plan = askPlan(s, sobolUnit(k === 0 ? 1 : s.question!.draws, k, s.seed));
  return askSummary(plan, askInProcess(parsed, [], plan.runs, plan.target));
}

const n = "([+-]?\\d+\\.\\d+)";
const askLine = new RegExp(`rcmp ask \\(16 draws, 3 replicates\\): effect ${n} on average, 90% interval ${n} to ${n}; the claim holds in (\\d+)% of draws`);

describe("question scenarios", () => {
  const answers = new Map<string, AskSummary>();
  beforeAll(() => {
    for (const file of files) answers.set(file, ask(readFileSync(file, "utf8"), file));
  }, 240_000);

  it("every built-in question has a question block and its header quotes what rcmp ask reports", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const a = answers.get(file)!;
      expectQuoted(file, askLine, [a.meanEffect, a.low, a.high, 100 * a.holds]);
    }
  });

  it("at least one claim comes out either way over its plausible range", () => {
    const partial = files.filter((f) => answers.get(f)!.holds > 0 && answers.get(f)!.holds < 1).map((f) => f.split("/").pop());
    expect(partial).toEqual(["caribbean-agenda.yaml", "protection-in-the-region.yaml"]);
  });

  it("protection-in-the-region: the sign depends on how restrictive the exemplars are", () => {
    const file = `${dir}/protection-in-the-region.yaml`;
    const top = answers.get(file)!.influence[0];
    expect(top.path).toBe("states.GBR.ideal.asylum");
    expectQuoted(file, new RegExp(`UK's asylum ideal \\(ρ = ${n}\\): it holds in (\\d+)% of draws with the UK at or below the median \\(${n}\\) and in (\\d+)% above`),
      [top.rho, 100 * top.holdsBelow, top.median, 100 * top.holdsAbove]);
  });

  it("caribbean-agenda: the US withholds return only, at about 40% of meetings, and return stays further apart", () => {
    const file = `${dir}/caribbean-agenda.yaml`;
    const s = validateScenario(parseText(readFileSync(file, "utf8"), file));
    const usa = s.states!.find((st) => st.id === "USA")!.ideal as Record<string, number>;
    const imp = s.facilitators[0];
    const taught = (imp.bestPractice as {vector: Record<string, number>}).vector;
    const gap = (d: string) => Math.abs(usa[d] - ((1 - imp.funderSteering) * taught[d] + imp.funderSteering * usa[d]));
    const withheldTopics = Object.keys(taught).filter((d) => gap(d) > s.dynamics.agendaControl.threshold);
    expect(withheldTopics).toEqual(["return"]);
    expectQuoted(file, new RegExp(`only return lies more than the threshold 0.3 from best practice \\(${n} after the US's funder steering; asylum and rights ${n}\\)`), [gap("return"), gap("asylum")]);
    let withheld = 0;
    let meetings = 0;
    const sd = [0, 0];
    [[], ["dynamics.agendaControl.strength=0"]].forEach((sets, v) => {
      const scenario = validateScenario(parseText(readFileSync(file, "utf8"), file), sets.map((x) => parseSetArg(x)));
      for (let seed = 1; seed <= 20; seed++) {
        const r = simulate(scenario, {seed, metrics: ["sd.return"]});
        sd[v] += r.summary.final["process:carib"]["sd.return"] / 20;
        if (v === 0) {
          withheld += r.summary.totals.withheld / 20;
          meetings += r.summary.totals.meetings / 20;
        }
      }
    });
    expectQuoted(file, new RegExp(`topics withheld: ${n} per run, in (\\d+) meetings`), [withheld, meetings]);
    expectQuoted(file, new RegExp(`sd.return ends at ${n} with agenda control and at ${n} without`), sd);
    expectQuoted(file, new RegExp(`funder steering, ρ = ${n} with the effect`), [answers.get(file)!.influence[0].rho]);
  });

  it("the other headers quote the assumption the effect depends on most", () => {
    for (const [name, path] of [["interregional", "dynamics.dialogue.confidence"], ["berne-initiative", "processes.berne.attendance"]]) {
      const file = `${dir}/${name}.yaml`;
      const top = answers.get(file)!.influence[0];
      expect(top.path).toBe(path);
      expectQuoted(file, new RegExp(`\\(ρ = ${n}\\)`), [top.rho]);
    }
  });

  it("every --set command in a question header applies to its scenario and changes it", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const sets = [...text.matchAll(/--set\s+'?([\w.*-]+=[^\s']+)'?/g)].map((m) => m[1]);
      expect(sets.length, `${file}: its header names the comparison run`).toBeGreaterThan(0);
      const base = validateScenario(parseText(text, file));
      for (const set of sets) {
        const changed = validateScenario(parseText(text, file), [parseSetArg(set)]);
        expect(changed, `${file}: --set ${set} leaves the scenario as it is`).not.toEqual(base);
      }
    }
  });
});

describe("rcmp ask on questions with a known answer", () => {
  const base = readFileSync("scenarios/teaching/equal-voice.yaml", "utf8");
  /** equal-voice.yaml with a question: NGOs (position 0.9 on asylum, above every state) let in or not. */
  const question = (expect: "greater" | "less") => `${base}
question:
  claim: NGOs that want more protection than any state raise the states' mean asylum protection
  variants:
    ngos: {processes.forum.ngo: 1}
    none: {}
  metric: mean.asylum
  expect: ${expect}
  assumptions:
    dynamics.civilSociety.rate: {uniform: [0.02, 0.3]}
    dynamics.dialogue.confidence: {uniform: [0.1, 1]}
    dynamics.hegemonBias: {loguniform: [0.01, 3]}
  draws: 8
  replicates: 2
`;

  it("reports a claim that holds by construction as holding in every draw", () => {
    const a = ask(question("greater"), "by-construction.yaml");
    expect(a.draws).toHaveLength(8);
    expect(a.holds).toBe(1);
    expect(a.clearlyHolds).toBe(1);
    expect(a.low).toBeGreaterThan(0);
    expect(a.influence[0].path).toBe("dynamics.civilSociety.rate");
    expect(a.influence[0].rho).toBeGreaterThan(0.8);
  });

  it("reports the same claim written the wrong way round as failing in every draw", () => {
    const a = ask(question("less"), "false-claim.yaml");
    expect(a.holds).toBe(0);
    expect(a.clearlyFails).toBe(1);
  });
});
