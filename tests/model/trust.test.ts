/**
 * Trust growth and decay (src/model/trust.ts, trustDecay.ts; docs/MODEL.md III.iv 2.8 and 4):
 * T_ij += g·(1 − T_ij) for every pair of attendees at a meeting, then every tick
 * T_ij −= δ·(T_ij − T⁰_ij), so that after a last meeting T − T⁰ shrinks by (1 − δ) per tick.
 */
import {describe, expect, test} from "vitest";
import {step} from "../../src/model/step.js";
import {at, worldOf} from "../helpers/world.js";
import type {World} from "../../src/model/world.js";

/** A, B (north) and C, D (south); one process of A and B (C observing, when asked) meets at tick 0 only. */
function club(options: {observers?: string[]; gain?: number; decay?: number}) {
  return worldOf({
    dimensions: [{id: "a"}],
    states: [
      {id: "A", region: "north", ideal: [0.2]},
      {id: "B", region: "north", ideal: [0.4]},
      {id: "C", region: "south", ideal: [0.6]},
      {id: "D", region: "south", ideal: [0.8]}
    ],
    processes: [{id: "p", members: ["A", "B"], observers: options.observers ?? [], ends: {tick: 1}}],
    dynamics: {trust: {sameRegion: 0.4, otherRegion: 0.2, gain: options.gain ?? 0.5, decay: options.decay ?? 0.1}}
  });
}

const trust = (world: World, a: string, b: string) => world.trust![at(world, a) * world.n + at(world, b)];

describe("trust", () => {
  test("starts at T⁰ by region, 1 on the diagonal", () => {
    const world = club({});
    expect([trust(world, "A", "B"), trust(world, "A", "C"), trust(world, "C", "D"), trust(world, "B", "B")]).toEqual([0.4, 0.2, 0.4, 1]);
  });

  test("grows by g·(1 − T) between attendees at a meeting, symmetrically, and nowhere else", () => {
    const world = club({decay: 0});
    step(world);
    expect(trust(world, "A", "B")).toBeCloseTo(0.4 + 0.5 * 0.6, 15);
    expect(trust(world, "B", "A")).toBe(trust(world, "A", "B"));
    expect([trust(world, "A", "C"), trust(world, "C", "D"), trust(world, "A", "D")]).toEqual([0.2, 0.4, 0.2]);
  });

  test("grows with observers too", () => {
    const world = club({decay: 0, observers: ["C"]});
    step(world);
    expect(trust(world, "A", "C")).toBeCloseTo(0.2 + 0.5 * 0.8, 15);
    expect(trust(world, "C", "B")).toBeCloseTo(0.2 + 0.5 * 0.8, 15);
    expect(trust(world, "C", "D")).toBe(0.4);
  });

  test("decays toward its own region's T⁰: T⁰ + (T − T⁰)·(1 − δ)^k after k ticks", () => {
    const world = club({observers: ["C"]});
    for (let k = 1; k <= 12; k++) {
      step(world); // tick 0: meeting, then the first decay; later ticks: decay only
      // A–B (north, T⁰ 0.4) reached 0.7 at the meeting; A–C (across, T⁰ 0.2) reached 0.6
      expect(trust(world, "A", "B"), `tick ${k}`).toBeCloseTo(0.4 + 0.3 * 0.9 ** k, 13);
      expect(trust(world, "A", "C"), `tick ${k}`).toBeCloseTo(0.2 + 0.4 * 0.9 ** k, 13);
      expect(trust(world, "C", "D")).toBe(0.4);
    }
  });

  test("is a constant, with no matrix, when it can never change", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.2]}, {id: "B", ideal: [0.4]}],
      processes: [{id: "p", members: ["*"]}],
      dynamics: {trust: {initial: 0.3, decay: 0.5}}
    });
    expect(world.trust).toBeNull();
    expect(world.trustConstant).toBe(0.3);
  });
});
