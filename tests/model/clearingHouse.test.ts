/**
 * The clearing house (src/model/clearingHouse.ts, docs/MODEL.md III.iv 3): between meetings each
 * member (not observer) of each active process that has met moves x_i += κ·o_i·(m_p − x_i) on
 * every dimension. Expected positions are worked out by hand.
 */
import {describe, expect, test} from "vitest";
import {clearingHouse} from "../../src/model/clearingHouse.js";
import {step} from "../../src/model/step.js";
import {pos, worldOf} from "../helpers/world.js";

/** Members A (o = 1) and B (o = 0.5), observer C, outsider D; κ = 0.5; nothing else moves anyone. */
function secretariat(process: Record<string, unknown> = {}) {
  return worldOf({
    dimensions: [{id: "a"}, {id: "b"}],
    states: [
      {id: "A", ideal: [0.1, 0.9], openness: 1},
      {id: "B", ideal: [0.3, 0.5], openness: 0.5},
      {id: "C", ideal: [0.9, 0.1], openness: 1},
      {id: "D", ideal: [0.7, 0.7], openness: 1}
    ],
    facilitators: [{id: "F", clearingHouse: 0.5}],
    processes: [{id: "p", members: ["A", "B"], observers: ["C"], facilitator: "F", ...process}],
    dynamics: {dialogue: {rate: 0}}
  });
}

const positions = (world: ReturnType<typeof secretariat>) => ["A", "B", "C", "D"].flatMap((id) => [pos(world, id, 0), pos(world, id, 1)]);

describe("the clearing house", () => {
  test("moves members toward the acquis by κ·o_i on every dimension, and no one else", () => {
    const world = secretariat();
    world.processes[0].acquis = Float64Array.from([0.5, 0.3]);
    clearingHouse.run(world);
    const expected = [
      0.1 + 0.5 * (0.5 - 0.1), 0.9 + 0.5 * (0.3 - 0.9),
      0.3 + 0.25 * (0.5 - 0.3), 0.5 + 0.25 * (0.3 - 0.5),
      0.9, 0.1,
      0.7, 0.7
    ];
    positions(world).forEach((v, k) => expect(v, `value ${k}`).toBeCloseTo(expected[k], 14));
  });

  test("after a meeting, pulls toward that meeting's acquis (the mean of all attendees, the observer included)", () => {
    const world = secretariat();
    step(world);
    const m = [(0.1 + 0.3 + 0.9) / 3, (0.9 + 0.5 + 0.1) / 3];
    expect(pos(world, "A", 0)).toBeCloseTo(0.1 + 0.5 * (m[0] - 0.1), 14);
    expect(pos(world, "B", 1)).toBeCloseTo(0.5 + 0.25 * (m[1] - 0.5), 14);
    expect([pos(world, "C", 0), pos(world, "D", 0)]).toEqual([0.9, 0.7]);
  });

  test("keeps working in ticks without a meeting, toward the last acquis", () => {
    const world = secretariat({meetEvery: 3});
    step(world);
    const m = (0.1 + 0.3 + 0.9) / 3;
    const afterMeeting = pos(world, "A", 0);
    step(world); // no meeting at tick 1: the acquis of tick 0 stays
    expect(world.counts.meetings).toBe(0);
    expect(pos(world, "A", 0)).toBeCloseTo(afterMeeting + 0.5 * (m - afterMeeting), 14);
  });

  test("does nothing for an active process that has not met (nobody came)", () => {
    const world = secretariat({attendance: 0});
    const before = positions(world);
    step(world);
    step(world);
    expect(world.processes[0].acquis).toBeNull();
    expect(positions(world)).toEqual(before);
  });

  test("does nothing for a process not yet founded, even given an acquis", () => {
    const world = secretariat({founded: {tick: 2}});
    const before = positions(world);
    world.processes[0].acquis = Float64Array.from([0.5, 0.3]);
    clearingHouse.run(world);
    expect(positions(world)).toEqual(before);
  });

  test("does nothing for a process that has ended, though it has an acquis", () => {
    const world = secretariat({ends: {tick: 1}});
    step(world); // meets at tick 0, clearing house at tick 0
    const after = positions(world);
    expect(world.processes[0].acquis).not.toBeNull();
    step(world); // tick 1: ended
    expect(positions(world)).toEqual(after);
  });

  test("does nothing with κ = 0", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.1]}, {id: "B", ideal: [0.3]}],
      facilitators: [{id: "F", clearingHouse: 0}],
      processes: [{id: "p", members: ["*"], facilitator: "F"}]
    });
    world.processes[0].acquis = Float64Array.from([0.9]);
    clearingHouse.run(world);
    expect([pos(world, "A"), pos(world, "B")]).toEqual([0.1, 0.3]);
  });
});
