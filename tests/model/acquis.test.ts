/**
 * The acquis and the stage of a process (src/model/acquis.ts, docs/MODEL.md III.iv 2.9), and the
 * stage's effect on capacity building and dialogue: expected stages and positions are worked out
 * by hand from the documented rule.
 */
import {describe, expect, test} from "vitest";
import {step} from "../../src/model/step.js";
import {pos, watchMeetings, worldOf} from "../helpers/world.js";

/** Three states A, B, C in one process of all of them; nothing moves (dialogue off). */
function forum(options: {meetings: number; bars?: number[]; trust?: Record<string, number>; stage?: number; observers?: string[]; members?: string[]}) {
  return worldOf({
    dimensions: [{id: "a"}],
    states: [
      {id: "A", region: "north", ideal: [0.2]},
      {id: "B", region: "north", ideal: [0.5]},
      {id: "C", region: "south", ideal: [0.8]}
    ],
    processes: [{id: "p", members: options.members ?? ["*"], observers: options.observers ?? [], stage: options.stage ?? 1}],
    dynamics: {
      dialogue: {rate: 0},
      trust: options.trust ?? {initial: 1},
      stages: {meetings: options.meetings, trust: options.bars ?? [0.4, 0.55, 0.7]}
    }
  });
}

/** The process's stage after each of `ticks` ticks (one meeting per tick). */
function stages(world: ReturnType<typeof forum>, ticks: number): number[] {
  return Array.from({length: ticks}, () => {
    step(world);
    return world.processes[0].stage;
  });
}

describe("stages", () => {
  test("rise after `stages.meetings` meetings at a stage, not before, when trust is at the bar", () => {
    // trust 1 ≥ every bar: the stage rises at every 3rd meeting, 1 → 2 → 3 → 4, then stays at 4
    expect(stages(forum({meetings: 3}), 12)).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
  });

  test("rise at most one stage per meeting, and never above 4", () => {
    expect(stages(forum({meetings: 1}), 6)).toEqual([2, 3, 4, 4, 4, 4]);
  });

  test("a process founded at stage 4 stays there", () => {
    expect(stages(forum({meetings: 1, stage: 4}), 3)).toEqual([4, 4, 4]);
  });

  test("do not rise while mean member trust is below the bar; trust exactly at the bar suffices", () => {
    expect(stages(forum({meetings: 1, trust: {initial: 0.39}}), 5)).toEqual([1, 1, 1, 1, 1]);
    // 0.5 clears the first bar (0.4) but not the second (0.55)
    expect(stages(forum({meetings: 1, trust: {initial: 0.5}}), 5)).toEqual([2, 2, 2, 2, 2]);
    expect(stages(forum({meetings: 2, bars: [0.5, 0.9, 0.9], trust: {initial: 0.5}}), 4)).toEqual([1, 2, 2, 2]);
  });

  test("follow trust as it grows: T after k meetings is 1 − (1 − T⁰)(1 − g)^k", () => {
    // T⁰ = 0.2, g = 0.2: trust after meeting k is 1 − 0.8^(k+1) = 0.36, 0.488, 0.5904, 0.67232, 0.737856.
    // Bars 0.4, 0.55, 0.7 with one meeting per stage: 1 (0.36 < 0.4), 2, 3, 3 (0.672 < 0.7), 4, 4.
    expect(stages(forum({meetings: 1, trust: {initial: 0.2, gain: 0.2}}), 6)).toEqual([1, 2, 3, 3, 4, 4]);
  });

  test("count the trust of members only, not of observers", () => {
    // members A, B (north) trust each other 0.9; observer C (south) is trusted 0.1.
    // Members' mean 0.9 clears the bar 0.5; counting C would give (0.9 + 0.1 + 0.1)/3 = 0.37.
    const trust = {sameRegion: 0.9, otherRegion: 0.1};
    expect(stages(forum({meetings: 1, bars: [0.5, 0.95, 0.95], trust, members: ["A", "B"], observers: ["C"]}), 2)).toEqual([2, 2]);
    // the same numbers with C a member: (0.9 + 0.1 + 0.1)/3 < 0.5
    expect(stages(forum({meetings: 1, bars: [0.5, 0.95, 0.95], trust}), 2)).toEqual([1, 1]);
  });

  test("a meeting nobody attends counts neither as a meeting nor toward the stage", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.2]}, {id: "B", ideal: [0.6]}],
      processes: [{id: "p", members: ["*"], attendance: 0}],
      dynamics: {stages: {meetings: 1}}
    });
    for (let t = 0; t < 3; t++) step(world);
    const p = world.processes[0];
    expect([p.stage, p.meetings, p.meetingsAtStage, world.counts.totalMeetings]).toEqual([1, 0, 0, 0]);
    expect(p.acquis).toBeNull();
  });
});

describe("the acquis", () => {
  test("is the attendees' mean position on every dimension, observers included, after the meeting's learning", () => {
    const world = worldOf({
      dimensions: [{id: "a"}, {id: "b", standard: 1}],
      states: [
        {id: "A", ideal: [0.1, 0.2]},
        {id: "B", ideal: [0.3, 0.6]},
        {id: "C", ideal: [0.8, 0.4]},
        {id: "D", ideal: [0.9, 0.9]}
      ],
      facilitators: [{id: "F", capacityRate: 0.5, clearingHouse: 0.1}], // the clearing house (after the meetings) is the acquis' reader
      processes: [{id: "p", members: ["A", "B"], observers: ["C"], facilitator: "F"}],
      dynamics: {dialogue: {rate: 0}}
    });
    step(world);
    // capacity building moves b halfway to 1 first: 0.6, 0.8, 0.7; dimension a is not practised (no standard)
    const acquis = Array.from(world.processes[0].acquis!);
    expect(acquis[0]).toBeCloseTo((0.1 + 0.3 + 0.8) / 3, 14);
    expect(acquis[1]).toBeCloseTo((0.6 + 0.8 + 0.7) / 3, 14);
  });

  test("is not computed for a process whose facilitator runs no clearing house (κ = 0), which alone reads it", () => {
    const world = worldOf({
      dimensions: [{id: "a"}],
      states: [{id: "A", ideal: [0.1]}, {id: "B", ideal: [0.3]}],
      facilitators: [{id: "F", capacityRate: 0.5}],
      processes: [{id: "p", members: ["A", "B"], facilitator: "F"}]
    });
    step(world);
    expect(world.processes[0].meetingsAtStage).toBe(1); // it met
    expect(world.processes[0].acquis).toBeNull();
  });
});

describe("the stage effect e_s", () => {
  const pair = (effect: number[], stage: number, dialogue: number, capacityRate: number) =>
    worldOf({
      dimensions: [{id: "a", standard: 1}],
      states: [{id: "A", ideal: [0.2]}, {id: "B", ideal: [0.6]}],
      facilitators: [{id: "F", capacityRate}],
      processes: [{id: "p", members: ["*"], facilitator: "F", stage}],
      dynamics: {dialogue: {rate: dialogue}, stages: {meetings: 1, effect}}
    });

  test("multiplies capacity building, with the stage at the start of the meeting", () => {
    const world = pair([1, 3, 3, 3], 1, 0, 0.1);
    const seen = watchMeetings(world, null);
    step(world);
    // stage 1 (e = 1) during the first meeting, though it rises to 2 at its end: x += 0.1·(1 − x)
    expect(pos(world, "A")).toBeCloseTo(0.2 + 0.1 * 0.8, 14);
    expect(pos(world, "B")).toBeCloseTo(0.6 + 0.1 * 0.4, 14);
    step(world);
    // stage 2 (e = 3): x += 0.3·(1 − x)
    expect(pos(world, "A")).toBeCloseTo(0.28 + 0.3 * 0.72, 14);
    expect(pos(world, "B")).toBeCloseTo(0.64 + 0.3 * 0.36, 14);
    expect(seen.map((m) => m.effect)).toEqual([1, 3]);
  });

  test("multiplies dialogue", () => {
    const world = pair([1, 2, 1, 1], 2, 0.2, 0);
    step(world);
    // μ·e = 0.4 toward the equal-weight mean 0.4: A += 0.4·0.5·(0.6 − 0.2)
    expect(pos(world, "A")).toBeCloseTo(0.2 + 0.4 * 0.5 * 0.4, 14);
    expect(pos(world, "B")).toBeCloseTo(0.6 - 0.4 * 0.5 * 0.4, 14);
  });

  test("a capacity step capped at 1 lands on best practice and does not overshoot", () => {
    const world = pair([1, 4, 4, 4], 2, 0, 0.5); // α·o·e = 2
    step(world);
    expect([pos(world, "A"), pos(world, "B")]).toEqual([1, 1]);
  });
});
