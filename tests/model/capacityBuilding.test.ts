/**
 * Best practice, funder steering and capacity building (src/model/bestPractice.ts,
 * funderSteering.ts, capacityBuilding.ts; docs/MODEL.md III.iv 2.2 and 2.5): the facilitator
 * trains attendees toward b only on practised dimensions and on the agenda,
 * x_id += min(1, α·o_i·e_s)·(b_d − x_id). Expected values are worked out by hand.
 */
import {describe, expect, test} from "vitest";
import {capacityBuilding} from "../../src/model/capacityBuilding.js";
import {step} from "../../src/model/step.js";
import {closeTo, meetingOf, pos, watchMeetings, worldOf} from "../helpers/world.js";

/** A (o = 1), B (o = 0.5), C; dimension a has standard 0.8, b has none; capacity rate α. */
function school(facilitator: Record<string, unknown>, process: Record<string, unknown> = {}, ideals: Record<string, number[]> = {}) {
  return worldOf({
    dimensions: [{id: "a", standard: 0.8}, {id: "b"}],
    states: [
      {id: "A", power: 1, initial: [0.2, 0.1], ideal: ideals.A ?? [0.2, 0.1], openness: 1},
      {id: "B", power: 3, initial: [0.4, 0.7], ideal: ideals.B ?? [0.4, 0.7], openness: 0.5},
      {id: "C", power: 1, initial: [0.6, 0.4], ideal: ideals.C ?? [0.6, 0.4], openness: 1}
    ],
    facilitators: [{id: "F", capacityRate: 0.25, ...facilitator}],
    processes: [{id: "p", members: ["*"], facilitator: "F", ...process}],
    dynamics: {dialogue: {rate: 0}}
  });
}

describe("best practice from standards", () => {
  test("is the standard where there is one, the attendees' mean elsewhere, and only the first is practised", () => {
    const world = school({});
    const seen = watchMeetings(world, "bestPractice");
    step(world);
    expect(seen[0].best[0]).toBe(0.8);
    expect(seen[0].best[1]).toBeCloseTo((0.1 + 0.7 + 0.4) / 3, 14);
    expect(seen[0].practiced).toEqual([1, 0]);
  });

  test("capacity building trains toward the standard, and not at all on a dimension without one", () => {
    const world = school({});
    step(world);
    expect(pos(world, "A", "a")).toBeCloseTo(0.2 + 0.25 * (0.8 - 0.2), 14);
    expect(pos(world, "B", "a")).toBeCloseTo(0.4 + 0.125 * (0.8 - 0.4), 14);
    // b_b is the attendees' mean 0.4: training toward it would move A and B; they stay
    expect([pos(world, "A", "b"), pos(world, "B", "b"), pos(world, "C", "b")]).toEqual([0.1, 0.7, 0.4]);
  });
});

describe("best practice from exemplars or a vector", () => {
  test("exemplars: the mean current position (not ideal) of the exemplars, present or not, practised everywhere", () => {
    const world = school({bestPractice: {exemplars: ["B", "C"]}}, {members: ["A"]}, {B: [1, 1], C: [1, 1]});
    step(world);
    // b = (0.5, 0.55); only A attends and learns, with o = 1: x += 0.25·(b − x)
    expect(pos(world, "A", "a")).toBeCloseTo(0.2 + 0.25 * (0.5 - 0.2), 14);
    expect(pos(world, "A", "b")).toBeCloseTo(0.1 + 0.25 * (0.55 - 0.1), 14);
    expect([pos(world, "B", "a"), pos(world, "C", "b")]).toEqual([0.4, 0.4]);
  });

  test("a vector: the vector itself, practised everywhere, on the agenda only", () => {
    const world = school({bestPractice: {vector: [0.9, 0.3]}}, {topics: ["b"]});
    step(world);
    expect(pos(world, "A", "a")).toBe(0.2);
    expect(pos(world, "A", "b")).toBeCloseTo(0.1 + 0.25 * (0.3 - 0.1), 14);
    expect(pos(world, "B", "b")).toBeCloseTo(0.7 + 0.125 * (0.3 - 0.7), 14);
  });
});

describe("funder steering", () => {
  test("pulls b toward the power-weighted mean ideal of all funders, present or not: b ← (1 − φ)·b + φ·ū_F", () => {
    // funders A (p = 1) and B (p = 3), B absent: ū_F = (0.25·0.2 + 0.75·0.4, 0.25·0.1 + 0.75·0.7) = (0.35, 0.55)
    const world = school({bestPractice: {vector: [0.9, 0.3]}, funderSteering: 0.4}, {members: ["A", "C"], funders: ["A", "B"]});
    const seen = watchMeetings(world, "funderSteering");
    step(world);
    expect(seen[0].best[0]).toBeCloseTo(0.6 * 0.9 + 0.4 * 0.35, 14);
    expect(seen[0].best[1]).toBeCloseTo(0.6 * 0.3 + 0.4 * 0.55, 14);
  });
});

describe("capacity building", () => {
  test("moves each attendee by min(1, α·o_i·e_s) of the gap, on practised agenda topics only", () => {
    const world = school({capacityRate: 0.5});
    const m = meetingOf(world, {attendees: ["A", "B"], best: [0.9, 0.3], practiced: [1, 1], agenda: [1], effect: 1.5});
    capacityBuilding.run(world, m);
    // steps: A min(1, 0.75) = 0.75, B min(1, 0.375); topic a is off the agenda
    expect(pos(world, "A", "b")).toBeCloseTo(0.1 + 0.75 * (0.3 - 0.1), 14);
    expect(pos(world, "B", "b")).toBeCloseTo(0.7 + 0.375 * (0.3 - 0.7), 14);
    expect([pos(world, "A", "a"), pos(world, "C", "b")]).toEqual([0.2, 0.4]);
  });

  test("a dimension not practised is left alone even on the agenda", () => {
    const world = school({capacityRate: 0.5});
    capacityBuilding.run(world, meetingOf(world, {attendees: ["A", "B", "C"], best: [0.9, 0.3], practiced: [0, 1]}));
    expect([pos(world, "A", "a"), pos(world, "B", "a"), pos(world, "C", "a")]).toEqual([0.2, 0.4, 0.6]);
    expect(pos(world, "C", "b")).toBeCloseTo(0.4 + 0.5 * (0.3 - 0.4), 14);
  });

  test("is capped at 1: it lands on b and never overshoots", () => {
    const world = school({capacityRate: 0.5});
    capacityBuilding.run(world, meetingOf(world, {attendees: ["A", "C"], best: [0.9, 0.3], practiced: [1, 1], effect: 5}));
    const after = [pos(world, "A", "a"), pos(world, "A", "b"), pos(world, "C", "a"), pos(world, "C", "b")];
    expect(closeTo(after, [0.9, 0.3, 0.9, 0.3], 1e-15)).toBeNull();
  });

  test("does nothing without a facilitator", () => {
    const world = worldOf({
      dimensions: [{id: "a", standard: 0.8}],
      states: [{id: "A", ideal: [0.2]}, {id: "B", ideal: [0.4]}],
      processes: [{id: "p", members: ["*"]}]
    });
    capacityBuilding.run(world, meetingOf(world, {attendees: ["A", "B"], best: [0.8], practiced: [1]}));
    expect([pos(world, "A"), pos(world, "B")]).toEqual([0.2, 0.4]);
  });
});
