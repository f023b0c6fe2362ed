/**
 * Trust-weighted dialogue (src/model/dialogue.ts, averaging.ts, pairwise.ts; docs/MODEL.md
 * III.iv 2.6), one meeting of three states worked out by hand:
 *   averaging: x_i += min(1, μ·o_i·e_s)·Σ_{j∈N_i} q_ij·T_ij^τ·(x_j − x_i),  q_ij = w_j / Σ_{k∈N_i} w_k
 *   pairwise:  x_i += min(1, μ·o_i·e_s·c_ij)·T_ij^τ·(x_j − x_i)
 * A and B are in the north, C in the south; T = 0.8 within a region and 0.3 between.
 */
import {describe, expect, test} from "vitest";
import {step} from "../../src/model/step.js";
import {pos, worldOf} from "../helpers/world.js";

function meeting(dynamics: Record<string, unknown>, powers = [1, 2, 3], starts = [0.1, 0.5, 0.9]) {
  const world = worldOf({
    dimensions: [{id: "a"}],
    states: [
      {id: "A", region: "north", power: powers[0], ideal: [starts[0]]},
      {id: "B", region: "north", power: powers[1], ideal: [starts[1]]},
      {id: "C", region: "south", power: powers[2], ideal: [starts[2]]}
    ],
    processes: [{id: "p", members: ["*"]}],
    dynamics: {hegemonBias: 1, trust: {sameRegion: 0.8, otherRegion: 0.3}, ...dynamics}
  });
  step(world);
  return [pos(world, "A"), pos(world, "B"), pos(world, "C")];
}

const expectClose = (actual: number[], expected: number[]) => actual.forEach((v, k) => expect(v, "ABC"[k]).toBeCloseTo(expected[k], 14));

describe("averaging dialogue with trust", () => {
  test("τ = 1: everyone hears everyone, weighted by power (h = 1) and scaled by trust", () => {
    // q = p/6; μ = 0.5
    expectClose(meeting({dialogue: {rate: 0.5}}), [
      0.1 + 0.5 * ((2 / 6) * 0.8 * (0.5 - 0.1) + (3 / 6) * 0.3 * (0.9 - 0.1)),
      0.5 + 0.5 * ((1 / 6) * 0.8 * (0.1 - 0.5) + (3 / 6) * 0.3 * (0.9 - 0.5)),
      0.9 + 0.5 * ((1 / 6) * 0.3 * (0.1 - 0.9) + (2 / 6) * 0.3 * (0.5 - 0.9))
    ]);
  });

  test("τ = 2: trust enters squared", () => {
    expectClose(meeting({dialogue: {rate: 0.5}, trust: {sameRegion: 0.8, otherRegion: 0.3, weight: 2}}), [
      0.1 + 0.5 * ((2 / 6) * 0.64 * 0.4 + (3 / 6) * 0.09 * 0.8),
      0.5 + 0.5 * ((1 / 6) * 0.64 * -0.4 + (3 / 6) * 0.09 * 0.4),
      0.9 + 0.5 * ((1 / 6) * 0.09 * -0.8 + (2 / 6) * 0.09 * -0.4)
    ]);
  });

  test("τ = 0 leaves trust out: the plain weighted average", () => {
    expectClose(meeting({dialogue: {rate: 0.5}, trust: {sameRegion: 0.8, otherRegion: 0.3, weight: 0}}), [
      0.1 + 0.5 * ((2 / 6) * 0.4 + (3 / 6) * 0.8),
      0.5 + 0.5 * ((1 / 6) * -0.4 + (3 / 6) * 0.4),
      0.9 + 0.5 * ((1 / 6) * -0.8 + (2 / 6) * -0.4)
    ]);
  });

  test("bounded confidence (ε = 0.5): the weights are normalised over those heard", () => {
    // A hears A, B (|0.4| ≤ 0.5); B hears everyone; C hears B, C
    expectClose(meeting({dialogue: {rate: 0.5, confidence: 0.5}}), [
      0.1 + 0.5 * ((2 / 3) * 0.8 * 0.4),
      0.5 + 0.5 * ((1 / 6) * 0.8 * -0.4 + (3 / 6) * 0.3 * 0.4),
      0.9 + 0.5 * ((2 / 5) * 0.3 * -0.4)
    ]);
  });

  test("constant trust (one starting value, no gain) scales every pair alike, on the fast paths too", () => {
    // ε = 1: everyone hears everyone (the closed form); ε = 0.5 on one topic: sorted windows
    const trust = {initial: 0.3};
    expectClose(meeting({dialogue: {rate: 0.5}, trust}), [
      0.1 + 0.5 * ((2 / 6) * 0.3 * 0.4 + (3 / 6) * 0.3 * 0.8),
      0.5 + 0.5 * ((1 / 6) * 0.3 * -0.4 + (3 / 6) * 0.3 * 0.4),
      0.9 + 0.5 * ((1 / 6) * 0.3 * -0.8 + (2 / 6) * 0.3 * -0.4)
    ]);
    expectClose(meeting({dialogue: {rate: 0.5, confidence: 0.5}, trust}), [
      0.1 + 0.5 * ((2 / 3) * 0.3 * 0.4),
      0.5 + 0.5 * ((1 / 6) * 0.3 * -0.4 + (3 / 6) * 0.3 * 0.4),
      0.9 + 0.5 * ((2 / 5) * 0.3 * -0.4)
    ]);
  });

  test("trust that grows (gain > 0, one starting value): each meeting uses the trust of its start", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.1]}, {id: "B", ideal: [0.5]}, {id: "C", ideal: [0.9]}],
      processes: [{id: "p", members: ["*"]}],
      dynamics: {dialogue: {rate: 0.5}, trust: {initial: 0.5, gain: 0.2}}
    });
    expect(world.trust).not.toBeNull();
    step(world);
    // T = 0.5, q = 1/3: A += 0.5·(1/3)·0.5·(0.4 + 0.8) = 0.1
    expectClose([pos(world, "A"), pos(world, "B"), pos(world, "C")], [0.2, 0.5, 0.8]);
    step(world);
    // T = 0.5 + 0.2·0.5 = 0.6: A += 0.5·(1/3)·0.6·(0.3 + 0.6) = 0.09
    expectClose([pos(world, "A"), pos(world, "B"), pos(world, "C")], [0.29, 0.5, 0.71]);
  });

  test("a stage effect and openness scale the step, capped at 1", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.1], openness: 0.5}, {id: "B", ideal: [0.5]}],
      processes: [{id: "p", members: ["*"], stage: 2}],
      dynamics: {dialogue: {rate: 0.8}, trust: {initial: 0.5, gain: 0.1}, stages: {effect: [1, 2, 1, 1]}}
    });
    step(world);
    // A: min(1, 0.8·0.5·2) = 0.8; B: min(1, 1.6) = 1; each moves by step·(1/2)·T·(x_j − x_i)
    expectClose([pos(world, "A"), pos(world, "B")], [0.1 + 0.8 * 0.5 * 0.5 * 0.4, 0.5 - 1 * 0.5 * 0.5 * 0.4]);
  });
});

describe("pairwise dialogue with trust", () => {
  // Two states in different regions: the one encounter (round(0.5·2) = 1) pairs them, whichever is drawn first.
  const pair = (weight: number) => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", region: "north", ideal: [0.2]}, {id: "B", region: "south", ideal: [0.8]}],
      processes: [{id: "p", members: ["*"]}],
      dynamics: {dialogue: {mode: "pairwise", rate: 0.5, encounters: 0.5}, trust: {sameRegion: 1, otherRegion: 0.4, weight}}
    });
    step(world);
    return [pos(world, "A"), pos(world, "B")];
  };

  test("each moves min(1, μ·c)·T^τ of the gap toward the other (c = 1 at equal weight)", () => {
    expectClose(pair(1), [0.2 + 0.5 * 0.4 * 0.6, 0.8 - 0.5 * 0.4 * 0.6]);
    expectClose(pair(2), [0.2 + 0.5 * 0.16 * 0.6, 0.8 - 0.5 * 0.16 * 0.6]);
    expectClose(pair(0), [0.2 + 0.5 * 0.6, 0.8 - 0.5 * 0.6]);
  });
});
