/**
 * The explorer's sliders come from the schema: one per teaching parameter, one per process or
 * facilitator where the parameter is theirs, each starting at the scenario's own value (read here
 * from the file's YAML, not through the explorer), with the schema's description and bounds.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {parseScenario} from "../../src/scenario/load.js";
import {dynamics, facilitator, process} from "../../src/scenario/schema.js";
import {controlsFor, valueAt} from "../../src/explore/controls.js";

const file = "scenarios/igc-1985.yaml";
const text = readFileSync(file, "utf8");
const raw = parse(text) as {dynamics: {hegemonBias: number; agendaControl: {strength: number}}; processes: {id: string; ngo: number}[]; facilitators: {id: string; capacityRate: number}[]};
const scenario = parseScenario(text, file);
const controls = controlsFor(scenario);
const byPath = new Map(controls.map((c) => [c.path, c]));

describe("controlsFor", () => {
  it("has one slider per process and per facilitator for their parameters", () => {
    for (const p of raw.processes) expect(byPath.get(`processes.${p.id}.ngo`)?.value).toBe(p.ngo);
    for (const f of raw.facilitators) expect(byPath.get(`facilitators.${f.id}.capacityRate`)?.value).toBe(f.capacityRate);
    expect(controls.filter((c) => c.path.endsWith(".attendance"))).toHaveLength(raw.processes.length);
  });

  it("starts each slider at the file's value", () => {
    expect(byPath.get("dynamics.hegemonBias")?.value).toBe(raw.dynamics.hegemonBias);
    expect(byPath.get("dynamics.agendaControl.strength")?.value).toBe(raw.dynamics.agendaControl.strength);
    expect(byPath.get("seed")?.value).toBe(1);
  });

  it("takes description, default and bounds from the schema, within a teaching range", () => {
    const h = byPath.get("dynamics.hegemonBias");
    expect(h?.description).toBe(dynamics.unwrap().shape.hegemonBias.description);
    expect(h?.schemaDefault).toBe("0");
    expect([h?.min, h?.max]).toEqual([0, 4]); // the schema allows 50; a class needs 0 to 4
    const ngo = byPath.get("processes.igc.ngo");
    expect(ngo?.description).toBe(process.shape.ngo.description);
    expect([ngo?.min, ngo?.max]).toEqual([0, 1]);
    expect(byPath.get("facilitators.UNHCR.capacityRate")?.description).toBe(facilitator.shape.capacityRate.description);
    for (const c of controls) expect(c.description, c.path).not.toBe("");
  });

  it("widens a slider whose scenario value lies beyond the teaching range", () => {
    const strong = parseScenario(text, file, [{path: "dynamics.hegemonBias", value: 7}]);
    expect(controlsFor(strong).find((c) => c.path === "dynamics.hegemonBias")?.max).toBe(7);
  });

  it("each slider's path is a --set path that sets the value it reads", () => {
    for (const c of controls) {
      const moved = c.min === c.value ? c.max : c.min;
      expect(valueAt(parseScenario(text, file, [{path: c.path, value: moved}]), c.path), c.path).toBe(moved);
    }
  });
});
