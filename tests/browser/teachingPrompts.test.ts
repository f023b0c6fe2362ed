/**
 * The "try this" prompts of teaching.html say which way each slider moves the results; this
 * checks each claim with the engine (in Node, seed 1, the notebook's own override paths), so
 * the text cannot drift from what the model does.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseText, validateScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {controlOverrides, controls} from "../../notebooks/lib/teachingControls.js";

const parsed = parseText(readFileSync("scenarios/teaching/hegemon.yaml", "utf8"), "scenarios/teaching/hegemon.yaml");
const base = validateScenario(parsed);
const equalVoice = {"dynamics.hegemonBias": 0, "dynamics.agendaControl.strength": 0, "facilitators.*.funderSteering": 0};

interface Outcome {
  dispersion: number;
  dispersion0: number;
  pull: number;
  withheld: number;
  toStandard: number;
  final: Record<string, number>;
}

/** Runs the scenario with the sliders at their start values except `changes`. */
function outcome(changes: Record<string, number>): Outcome {
  const values = {...Object.fromEntries(controls.map((c) => [c.path, c.start(base)])), ...changes};
  const result = simulate(validateScenario(parsed, controlOverrides(base, values)));
  const all = result.summary.final.all;
  return {
    dispersion: all.dispersion,
    dispersion0: result.series.values[0][result.series.metrics[0].indexOf("dispersion")][0],
    pull: result.summary.hegemonPull ?? NaN,
    withheld: result.summary.totals.withheld,
    toStandard: all.toStandard,
    final: all
  };
}

describe("teaching.html prompts", () => {
  it("1: with equal voice the states still converge, and the hegemon's pull is 0", () => {
    const equal = outcome(equalVoice);
    expect(equal.dispersion).toBeLessThan(equal.dispersion0 / 2);
    expect(equal.pull).toBe(0);
    expect(equal.final.toHegemon).toBeLessThan(0.6 * 0.445);
  });

  it("2: raising hegemon bias raises the pull, which levels off, and moves control and return toward the hegemon", () => {
    const pulls = [0, 1, 2, 4].map((h) => outcome({...equalVoice, "dynamics.hegemonBias": h}));
    expect(pulls[1].pull).toBeGreaterThan(0.04);
    expect(pulls[2].pull).toBeGreaterThan(pulls[1].pull);
    expect(pulls[3].pull - pulls[2].pull).toBeLessThan(pulls[2].pull - pulls[1].pull);
    for (const dim of ["mean.control", "mean.return"]) expect(pulls[2].final[dim]).toBeGreaterThan(pulls[0].final[dim] + 0.1);
  });

  it("3: funder steering raises the pull with it", () => {
    const [none, some, more] = [0, 0.4, 0.8].map((f) => outcome({...equalVoice, "facilitators.*.funderSteering": f}));
    expect(none.pull).toBe(0);
    expect(some.pull).toBeGreaterThan(0.01);
    expect(more.pull).toBeGreaterThan(some.pull);
  });

  it("4: agenda control withholds asylum, which then stays spread, and is no pull", () => {
    const [off, on] = [0, 1.5].map((a) => outcome({"dynamics.agendaControl.strength": a}));
    expect(off.withheld).toBe(0);
    expect(on.withheld).toBeGreaterThan(20);
    expect(on.final["sd.asylum"]).toBeGreaterThan(1.6 * off.final["sd.asylum"]);
    expect(off.pull).toBeGreaterThan(on.pull);
  });

  it("5: without trust growth dispersion ends higher", () => {
    expect(outcome({...equalVoice, "dynamics.trust.gain": 0}).dispersion).toBeGreaterThan(outcome(equalVoice).dispersion * 1.2);
  });

  it("6: training in the facilitator's practice works against the hegemon", () => {
    const [none, strong, scenario] = [outcome({"facilitators.*.capacityRate": 0}), outcome({"facilitators.*.capacityRate": 0.3}), outcome({})];
    expect(strong.pull).toBeLessThan(scenario.pull / 2);
    expect(strong.toStandard).toBeLessThan(scenario.toStandard);
    expect(none.pull).toBeGreaterThan(scenario.pull);
  });

  it("7: civil society lowers the pull toward the hegemon by more than half", () => {
    expect(outcome({"processes.*.ngo": 1}).pull).toBeLessThan(outcome({}).pull / 2);
  });

  it("8: domestic stubbornness keeps dispersion high", () => {
    expect(outcome({"states.*.stubbornness": 0.2}).dispersion).toBeGreaterThan(1.8 * outcome({}).dispersion);
  });
});
