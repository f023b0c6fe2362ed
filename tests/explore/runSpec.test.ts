/**
 * The run the panel stands for: moved sliders become --sets, a mechanism switched off becomes
 * its registry `offSettings` where it has them and a --skip where it does not, and a slider on a
 * path such a switch fixes is left out (the switch wins).
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {mechanisms} from "../../src/model/mechanisms.js";
import type {Mechanism} from "../../src/model/mechanism.js";
import {controlsFor} from "../../src/explore/controls.js";
import {settingsFrom} from "../../src/explore/fragment.js";
import {pathCovers, runSpec} from "../../src/explore/runSpec.js";

const file = "scenarios/igc-1985.yaml";
const controls = controlsFor(parseScenario(readFileSync(file, "utf8"), file));
const start = settingsFrom(controls, []);

describe("runSpec", () => {
  it("sets nothing for an untouched panel", () => {
    expect(runSpec(controls, start)).toEqual({overrides: [], skip: []});
  });

  it("sets each moved slider, in panel order", () => {
    const s = {...start, values: {...start.values, "processes.igc.ngo": 0.5, "dynamics.hegemonBias": 2}};
    expect(runSpec(controls, s).overrides).toEqual([{path: "dynamics.hegemonBias", value: 2}, {path: "processes.igc.ngo", value: 0.5}]);
  });

  it("turns each mechanism off by its offSettings, or by --skip where it has none", () => {
    for (const m of mechanisms as readonly Mechanism[]) {
      const spec = runSpec(controls, {...start, off: [m.name]});
      if (m.offSettings === undefined) expect(spec, m.name).toEqual({overrides: [], skip: [m.name]});
      else expect(spec, m.name).toEqual({overrides: Object.entries(m.offSettings).map(([path, value]) => ({path, value})), skip: []});
    }
  });

  it("leaves out a moved slider whose path a switched-off mechanism fixes", () => {
    const s = {...start, values: {...start.values, "facilitators.UNHCR.capacityRate": 0.2, "dynamics.hegemonBias": 1}, off: ["capacityBuilding"]};
    expect(runSpec(controls, s).overrides).toEqual([{path: "dynamics.hegemonBias", value: 1}, {path: "facilitators.*.capacityRate", value: 0}]);
  });

  it("keeps extra --sets first and refuses an unknown mechanism", () => {
    const s = {...start, extra: [{path: "ticks", value: 10}], values: {...start.values, seed: 3}};
    expect(runSpec(controls, s).overrides).toEqual([{path: "ticks", value: 10}, {path: "seed", value: 3}]);
    expect(() => runSpec(controls, {...start, off: ["trsut"]})).toThrow(/unknown mechanism: trsut/);
  });

  it("matches * patterns segment by segment", () => {
    expect(pathCovers("processes.*.ngo", "processes.igc.ngo")).toBe(true);
    expect(pathCovers("processes.*.ngo", "processes.igc.attendance")).toBe(false);
    expect(pathCovers("processes.*.ngo", "processes.ngo")).toBe(false);
  });
});
