/**
 * Every mechanism of the registry gets a status in `rcmp explain`: its own written one, or the
 * generic one read off its `offSettings`, which says "off" exactly when the scenario is already
 * at those settings.
 */
import {describe, expect, test} from "vitest";
import {mechanisms} from "../../src/model/mechanisms.js";
import type {Mechanism} from "../../src/model/mechanism.js";
import {genericStatus, mechanismStatus} from "../../src/explain/mechanismStatus.js";
import {populationOf} from "../../src/explain/population.js";
import {builtin} from "../helpers/scenarios.js";

const IGC = "scenarios/igc-1985.yaml";

describe("mechanism status", () => {
  test("every mechanism of the registry has a non-empty status", () => {
    const s = builtin(IGC);
    const status = mechanismStatus(s, populationOf(s));
    for (const m of mechanisms) expect(status[m.name]?.length, m.name).toBeGreaterThan(1);
  });

  test("the generic status is off once the mechanism's offSettings are applied, and on where the scenario uses it", () => {
    for (const m of mechanisms as readonly Mechanism[]) {
      if (m.offSettings === undefined) continue;
      const off = builtin(IGC, m.offSettings as Record<string, unknown>);
      expect(genericStatus(off, m), m.name).toBe(`off (${m.off.replace(/`/g, "")})`);
    }
    const s = builtin(IGC);
    for (const name of ["capacityBuilding", "dialogue", "trust", "domesticPolitics", "events"]) {
      expect(genericStatus(s, mechanisms.find((m) => m.name === name)!), name).toBe("on");
    }
  });
});
