/**
 * The lesson's four steps: each names a built-in scenario, a dimension it has and sliders that
 * exist; and each step's comparison shows what its "look at" line points to (checked with the
 * engine, seed as in the file), so that no step is a dud.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {simulate} from "../../src/run/simulate.js";
import {controlsFor} from "../../src/explore/controls.js";
import {lessonSettings, lessonSteps, type LessonStep} from "../../src/explore/lesson.js";
import {runSpec} from "../../src/explore/runSpec.js";

/** Final numbers of a step's `before` and `after` runs. */
function outcomes(step: LessonStep) {
  const text = readFileSync(step.scenario, "utf8");
  const controls = controlsFor(parseScenario(text, step.scenario));
  return [step.before, step.after].map((values) => {
    const spec = runSpec(controls, lessonSettings(controls, values));
    const r = simulate(parseScenario(text, step.scenario, spec.overrides), {skip: spec.skip});
    return {final: r.summary.final.all, pull: r.summary.towardHegemonStart ?? NaN, withheld: r.summary.totals.withheld};
  });
}

describe("lesson", () => {
  it("has four steps, each on a built-in scenario with its dimension", () => {
    expect(lessonSteps).toHaveLength(4);
    for (const step of lessonSteps) {
      const s = parseScenario(readFileSync(step.scenario, "utf8"), step.scenario);
      expect(s.dimensions.map((d) => d.id), step.title).toContain(step.dim);
      expect(step.question.endsWith("?"), step.title).toBe(true);
    }
  });

  it("1: a hegemon whose voice counts for more pulls the states further toward itself", () => {
    const [equal, weighted] = outcomes(lessonSteps[0]);
    expect(weighted.pull).toBeGreaterThan(equal.pull + 0.15);
  });

  it("2: agenda control withholds asylum, which stays more spread", () => {
    const [open, controlled] = outcomes(lessonSteps[1]);
    expect(open.withheld).toBe(0);
    expect(controlled.withheld).toBeGreaterThan(0);
    expect(controlled.final["sd.asylum"]).toBeGreaterThan(1.5 * open.final["sd.asylum"]);
  });

  it("3: NGOs at the IGC's table bring asylum protection nearer the standard", () => {
    const [without, withNgos] = outcomes(lessonSteps[2]);
    expect(withNgos.final["mean.asylum"]).toBeGreaterThan(without.final["mean.asylum"]);
    expect(withNgos.final.toStandard).toBeLessThan(without.final.toStandard);
  });

  it("4: with all thirteen processes dispersion ends lower than with the IGC alone", () => {
    const [igcOnly, all] = outcomes(lessonSteps[3]);
    expect(all.final.dispersion).toBeLessThan(igcOnly.final.dispersion);
    expect(all.final.betweenRegion).toBeLessThan(igcOnly.final.betweenRegion);
  });

  it("refuses a step value on no slider", () => {
    const controls = controlsFor(parseScenario(readFileSync("scenarios/igc-1985.yaml", "utf8"), "igc.yaml"));
    expect(() => lessonSettings(controls, [["processes.nowhere.ngo", 1]])).toThrow(/no slider/);
  });
});
