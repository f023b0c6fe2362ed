/**
 * Civil society (src/model/civilSociety.ts, docs/MODEL.md III.iv 2.7): x_id += q·ν·o_i·(v_d − x_id)
 * for attendees on the agenda, with no stage effect. Expected positions are worked out by hand.
 */
import {describe, expect, test} from "vitest";
import {civilSociety} from "../../src/model/civilSociety.js";
import {step} from "../../src/model/step.js";
import {meetingOf, pos, worldOf} from "../helpers/world.js";

/** A (o = 1), B (o = 0.5), C; NGO position (0.9, 0.1), ν = 0.4, participation q. */
const table = (ngo: number, rate = 0.4, process: Record<string, unknown> = {}) =>
  worldOf({
    dimensions: [{id: "a"}, {id: "b"}],
    states: [
      {id: "A", ideal: [0.2, 0.6], openness: 1},
      {id: "B", ideal: [0.4, 0.3], openness: 0.5},
      {id: "C", ideal: [0.5, 0.5], openness: 1}
    ],
    processes: [{id: "p", members: ["*"], ngo, ...process}],
    dynamics: {dialogue: {rate: 0}, civilSociety: {rate, position: {a: 0.9, b: 0.1}}}
  });

describe("civil society", () => {
  test("pulls attendees toward the NGO position by q·ν·o_i on agenda topics only, whatever the stage effect", () => {
    const world = table(0.5);
    civilSociety.run(world, meetingOf(world, {attendees: ["A", "B"], agenda: [0], effect: 3}));
    // q·ν = 0.2: A moves 0.2 of the way on a, B 0.1; b is off the agenda; C is absent
    expect(pos(world, "A", "a")).toBeCloseTo(0.2 + 0.2 * (0.9 - 0.2), 14);
    expect(pos(world, "B", "a")).toBeCloseTo(0.4 + 0.1 * (0.9 - 0.4), 14);
    expect([pos(world, "A", "b"), pos(world, "B", "b"), pos(world, "C", "a"), pos(world, "C", "b")]).toEqual([0.6, 0.3, 0.5, 0.5]);
  });

  test("in a meeting with every topic, moves every attendee on every dimension", () => {
    const world = table(1, 0.25);
    step(world);
    expect(pos(world, "B", "b")).toBeCloseTo(0.3 + 0.125 * (0.1 - 0.3), 14);
    expect(pos(world, "C", "a")).toBeCloseTo(0.5 + 0.25 * (0.9 - 0.5), 14);
  });

  test("a process's topics limit it: a topic the process may not discuss is never pulled", () => {
    const world = table(1, 0.25, {topics: ["b"]});
    step(world);
    expect(pos(world, "C", "a")).toBe(0.5);
    expect(pos(world, "C", "b")).toBeCloseTo(0.5 + 0.25 * (0.1 - 0.5), 14);
  });

  test("does nothing with q = 0 or ν = 0", () => {
    for (const world of [table(0), table(0.8, 0)]) {
      civilSociety.run(world, meetingOf(world, {attendees: ["A", "B", "C"]}));
      expect([pos(world, "A", "a"), pos(world, "B", "b")]).toEqual([0.2, 0.3]);
    }
  });
});
