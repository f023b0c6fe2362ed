/**
 * The link: what the page shows goes into the URL fragment and comes back the same; a --set on
 * no slider is kept as an extra; a bad --set in a link is bad input.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {InputError} from "../../src/scenario/problems.js";
import {controlsFor} from "../../src/explore/controls.js";
import {fragmentOf, readFragment, settingsFrom} from "../../src/explore/fragment.js";

const file = "scenarios/world-2004.yaml";
const controls = controlsFor(parseScenario(readFileSync(file, "utf8"), file));

describe("fragment", () => {
  it("round-trips scenario, sliders, switches, extras, dimension and tick", () => {
    const settings = settingsFrom(controls, [{path: "processes.rcm.ngo", value: 0.8}, {path: "ticks", value: 40}, {path: "dynamics.hegemonBias", value: 2}], ["trust", "acquis"]);
    const fragment = fragmentOf({scenario: file, settings, dim: "rights", tick: 12}, controls);
    const back = readFragment(fragment);
    expect(back).toMatchObject({scenario: file, off: ["trust", "acquis"], dim: "rights", tick: 12});
    expect(settingsFrom(controls, back?.sets ?? [], back?.off)).toEqual(settings);
    expect(settings.extra).toEqual([{path: "ticks", value: 40}]);
  });

  it("writes only what differs from the file", () => {
    expect(fragmentOf({scenario: file, settings: settingsFrom(controls, [])}, controls)).toBe("#scenario=scenarios%2Fworld-2004.yaml");
  });

  it("has no scenario without one, and refuses a --set with no value", () => {
    expect(readFragment("#tick=3")).toBeUndefined();
    expect(readFragment("")).toBeUndefined();
    expect(() => readFragment("#scenario=a.yaml&set=seed")).toThrow(InputError);
  });
});
