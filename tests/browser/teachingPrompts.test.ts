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
const equalVoice = {"dynamics.hegemonBias": 0, "dynamics.agendaControl.strength": 0};

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
  it("1: with equal voice the states still converge, and are pulled less toward the hegemon", () => {
    const equal = outcome(equalVoice);
    expect(equal.dispersion).toBeLessThan(equal.dispersion0 / 2);
    expect(equal.pull).toBeLessThan(outcome({}).pull);
  });

  it("2: raising hegemon bias pulls the mean toward the hegemon and asylum down", () => {
    const pulls = [0, 1, 2, 4].map((h) => outcome({...equalVoice, "dynamics.hegemonBias": h}));
    expect(pulls[1].pull).toBeGreaterThan(pulls[0].pull);
    expect(pulls[2].pull).toBeGreaterThan(pulls[1].pull);
    expect(pulls[3].final["mean.asylum"]).toBeLessThan(pulls[0].final["mean.asylum"]);
  });

  it("3: agenda control withholds asylum, which then stays spread but out of the hegemon's reach", () => {
    const [off, mid, on] = [0, 0.5, 1.5].map((a) => outcome({"dynamics.agendaControl.strength": a}));
    expect(off.withheld).toBe(0);
    expect(mid.withheld).toBeGreaterThan(0);
    expect(on.withheld).toBeGreaterThan(mid.withheld);
    expect(on.final["sd.asylum"]).toBeGreaterThan(2 * off.final["sd.asylum"]);
    expect(on.final["mean.asylum"]).toBeGreaterThan(off.final["mean.asylum"]);
  });

  it("4: without trust growth dispersion ends higher", () => {
    expect(outcome({...equalVoice, "dynamics.trust.gain": 0}).dispersion).toBeGreaterThan(outcome(equalVoice).dispersion * 1.2);
  });

  it("5: with equal voice the pull toward the hegemon comes from capacity building", () => {
    const none = outcome({...equalVoice, "facilitators.*.capacityRate": 0});
    const strong = outcome({...equalVoice, "facilitators.*.capacityRate": 0.3});
    expect(Math.abs(none.pull)).toBeLessThan(0.1);
    expect(strong.pull).toBeGreaterThan(outcome(equalVoice).pull);
    expect(strong.dispersion).toBeLessThan(outcome(equalVoice).dispersion);
    expect(strong.toStandard).toBeLessThan(outcome(equalVoice).toStandard);
  });

  it("6: civil society lowers the pull toward the hegemon", () => {
    expect(outcome({"processes.*.ngo": 1}).pull).toBeLessThan(outcome({}).pull / 2);
  });

  it("7: domestic stubbornness keeps dispersion high", () => {
    const stubborn = outcome({"states.*.stubbornness": 0.2});
    expect(stubborn.dispersion).toBeGreaterThan(1.5 * outcome({}).dispersion);
    expect(stubborn.pull).toBeLessThan(outcome({}).pull);
  });
});
