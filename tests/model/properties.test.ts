/**
 * Invariants of the engine over random small scenarios that switch on every mechanism.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {simulate} from "../../src/run/simulate.js";
import {scenarioFromObject} from "../../src/scenario/load.js";
import {applyOverrides} from "../../src/scenario/overrides.js";
import {statesCsv, summaryJson, timeseriesCsv} from "../../src/results/runFiles.js";
import {arbitraryScenario, rawScenario} from "../helpers/arbitraryScenario.js";
import {mechanisms} from "../../src/model/mechanisms.js";
import type {Mechanism} from "../../src/model/mechanism.js";

const runs = {numRuns: 60};

describe("engine properties", () => {
  test("positions stay finite and in [0,1] at every tick", () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        simulate(s, {
          onTick: (w) => {
            for (const v of w.x) if (!(v >= 0 && v <= 1)) throw new Error(`position ${v} at tick ${w.tick}`);
          }
        });
      }),
      runs
    );
  });

  test("the same seed gives byte-identical result files", () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        const a = simulate(s);
        const b = simulate(s);
        expect(timeseriesCsv(b.series)).toBe(timeseriesCsv(a.series));
        expect(statesCsv(b)).toBe(statesCsv(a));
        expect(summaryJson(b)).toBe(summaryJson(a));
      }),
      {numRuns: 30}
    );
  });

  test("a different seed gives different results when something is random", () => {
    const s = scenarioFromObject({...JSON.parse(JSON.stringify(baseRandom))});
    expect(timeseriesCsv(simulate(s, {seed: 2}).series)).not.toBe(timeseriesCsv(simulate(s, {seed: 1}).series));
  });

  test("relabelling (reordering) the states permutes states.csv and changes nothing else", () => {
    fc.assert(
      fc.property(rawScenario, fc.integer({min: 1, max: 1000}), (raw, shuffleSeed) => {
        const states = raw.states as unknown[];
        const permuted = shuffle(states, shuffleSeed);
        const a = simulate(scenarioFromObject(raw));
        const b = simulate(scenarioFromObject({...raw, states: permuted}));
        expect(timeseriesCsv(b.series)).toBe(timeseriesCsv(a.series));
        expect(summaryJson(b)).toBe(summaryJson(a));
        const rowsA = statesCsv(a).trimEnd().split("\n");
        const rowsB = statesCsv(b).trimEnd().split("\n");
        expect(rowsB[0]).toBe(rowsA[0]);
        const byId = new Map(rowsA.slice(1).map((r) => [r.split(",")[0], r]));
        permuted.forEach((st, k) => expect(rowsB[k + 1]).toBe(byId.get((st as {id: string}).id)));
      }),
      {numRuns: 40}
    );
  });

  // Each mechanism turned off by its parameters (the registry's offSettings) must give exactly the run with it left out.
  const switches = (mechanisms as readonly Mechanism[]).flatMap((m) => (m.offSettings === undefined ? [] : [[m.name, m.offSettings] as const]));
  test("most mechanisms can be turned off by parameters alone", () => {
    expect(switches.length).toBeGreaterThanOrEqual(11);
  });
  for (const [mechanism, sets] of switches) {
    test(`${mechanism} turned off by its parameters leaves the other mechanisms' results exactly unchanged`, () => {
      fc.assert(
        fc.property(rawScenario, (raw) => {
          const zeroed = structuredClone(raw);
          applyOverrides(zeroed, Object.entries(sets).map(([path, value]) => ({path, value})));
          const s = scenarioFromObject(zeroed);
          const off = simulate(s);
          const left = simulate(s, {skip: [mechanism]});
          expect(timeseriesCsv(off.series)).toBe(timeseriesCsv(left.series));
          expect(statesCsv(off)).toBe(statesCsv(left));
        }),
        {numRuns: 25}
      );
    });
  }

  test("averaging dialogue without domestic pull or noise never widens the range of any dimension", () => {
    fc.assert(
      fc.property(rawScenario, (raw) => {
        const r = structuredClone(raw);
        applyOverrides(r, [
          {path: "dynamics.dialogue.mode", value: "averaging"},
          {path: "facilitators.*.capacityRate", value: 0},
          {path: "facilitators.*.clearingHouse", value: 0},
          {path: "dynamics.civilSociety.rate", value: 0},
          {path: "states.*.stubbornness", value: 0},
          {path: "dynamics.domestic.noise", value: 0},
          {path: "events", value: []}
        ]);
        const s = scenarioFromObject(r);
        let previous: number[] | undefined;
        simulate(s, {
          onTick: (w) => {
            const ranges = w.dims.map((_, k) => {
              let lo = Infinity;
              let hi = -Infinity;
              for (let i = 0; i < w.n; i++) {
                lo = Math.min(lo, w.x[i * w.d + k]);
                hi = Math.max(hi, w.x[i * w.d + k]);
              }
              return hi - lo;
            });
            if (previous) ranges.forEach((v, k) => expect(v).toBeLessThanOrEqual(previous![k] + 1e-12));
            previous = ranges;
          }
        });
      }),
      runs
    );
  });
});

const baseRandom = {
  id: "noisy",
  ticks: 10,
  dimensions: [{id: "a"}],
  states: [
    {id: "A", ideal: [0.2], stubbornness: 0.1},
    {id: "B", ideal: [0.8], stubbornness: 0.1}
  ],
  processes: [{id: "p", members: ["*"]}],
  dynamics: {domestic: {noise: 0.05}}
};

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
