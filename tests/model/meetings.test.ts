/**
 * How a meeting opens and what a meeting mechanism left out leaves (src/model/meetings.ts,
 * docs/MODEL.md III.iv 2): everyone present (members and observers), the attendees' mean as best
 * practice with nothing practised, every allowed topic on the agenda, the stage's effect. Each
 * meeting mechanism only refines that, so a run that skips it sees the default.
 */
import {describe, expect, test} from "vitest";
import {createStreams} from "../../src/model/random.js";
import {step} from "../../src/model/step.js";
import {pos, watchMeetings, worldOf} from "../helpers/world.js";

/**
 * Four states on three dimensions (all with standards); members A, B, C, observer D, E outside;
 * a facilitator with standards and capacity building; attendance 0.3, two topics of a and c per
 * meeting, a strong agenda controller.
 */
function busy(skip: string[]) {
  return worldOf(
    {
      seed: 5,
      dimensions: [{id: "a", standard: 0.9}, {id: "b", standard: 0.9}, {id: "c", standard: 0.9}],
      states: [
        {id: "A", power: 5, ideal: [0.1, 0.2, 0.3]},
        {id: "B", power: 1, ideal: [0.3, 0.4, 0.5]},
        {id: "C", power: 1, ideal: [0.5, 0.6, 0.1]},
        {id: "D", power: 1, ideal: [0.7, 0.2, 0.9]},
        {id: "E", power: 1, ideal: [0.9, 0.9, 0.9]}
      ],
      facilitators: [{id: "F", capacityRate: 0.5, emphasis: {a: 1, b: 1, c: 1}}],
      processes: [{id: "p", members: ["A", "B", "C"], observers: ["D"], facilitator: "F", topics: ["a", "c"], agendaSize: 1, attendance: 0.3, stage: 3}],
      dynamics: {dialogue: {rate: 0}, agendaControl: {strength: 10, threshold: 0.1}, stages: {effect: [1, 1, 1.5, 2]}}
    },
    {skip}
  );
}

const everyone = ["A", "B", "C", "D"];
/** The mean starting position of A, B, C and D on a dimension. */
const meanOf = (dim: number) => [[0.1, 0.3, 0.5, 0.7], [0.2, 0.4, 0.6, 0.2], [0.3, 0.5, 0.1, 0.9]][dim].reduce((s, v) => s + v, 0) / 4;

describe("a meeting opens", () => {
  test("with everyone present, the attendees' mean as best practice, nothing practised, every allowed topic, the stage's effect", () => {
    const world = busy([]);
    const seen = watchMeetings(world, null);
    step(world);
    expect(seen).toHaveLength(1);
    const m = seen[0];
    expect(m.attendees).toEqual(everyone);
    expect(m.observers).toEqual(["D"]);
    m.best.forEach((b, k) => expect(b, `b[${k}]`).toBeCloseTo(meanOf(k), 14));
    expect(m.practiced).toEqual([0, 0, 0]);
    expect(m.agenda).toEqual(["a", "c"]);
    expect(m.effect).toBe(1.5);
  });
});

describe("a meeting mechanism left out leaves the default", () => {
  test("attendance: everyone comes, and nothing is drawn", () => {
    const world = busy(["attendance"]);
    const seen = watchMeetings(world, "bestPractice");
    step(world);
    expect(seen[0].attendees).toEqual(everyone);
    expect(world.streams.attendance()).toBe(createStreams(5).attendance());
  });

  test("bestPractice: b stays the attendees' mean, nothing is practised, so capacity building moves no one", () => {
    const world = busy(["attendance", "bestPractice", "agendaControl"]);
    const seen = watchMeetings(world, "agenda");
    step(world);
    seen[0].best.forEach((b, k) => expect(b, `b[${k}]`).toBeCloseTo(meanOf(k), 14));
    expect(seen[0].practiced).toEqual([0, 0, 0]);
    expect([pos(world, "A", "a"), pos(world, "A", "c"), pos(world, "D", "a")]).toEqual([0.1, 0.3, 0.7]);
  });

  test("agenda: every allowed topic, and nothing is drawn", () => {
    const world = busy(["attendance", "agenda", "agendaControl"]);
    const seen = watchMeetings(world, "bestPractice");
    step(world);
    expect(seen[0].agenda).toEqual(["a", "c"]);
    expect(world.streams.agenda()).toBe(createStreams(5).agenda());
    // capacity building works on both allowed topics, not on b: x += 0.5·1.5·(0.9 − x)
    expect(pos(world, "B", "a")).toBeCloseTo(0.3 + 0.75 * 0.6, 14);
    expect(pos(world, "B", "c")).toBeCloseTo(0.5 + 0.75 * 0.4, 14);
    expect(pos(world, "B", "b")).toBe(0.4);
  });

  test("agendaControl: nothing is withheld, and nothing is drawn", () => {
    const kept = busy(["attendance", "agendaControl"]);
    const seen = watchMeetings(kept, "capacityBuilding");
    step(kept);
    expect(seen[0].agenda).toHaveLength(1);
    expect(kept.counts.totalWithheld).toBe(0);
    expect(kept.streams.agendaControl()).toBe(createStreams(5).agendaControl());
    // with it, A (strongest, |u_A − 0.9| > 0.1 on every topic, chance 1) withholds the one topic drawn
    const controlled = busy(["attendance"]);
    const after = watchMeetings(controlled, "agendaControl");
    step(controlled);
    expect(after[0].agenda).toEqual([]);
    expect(controlled.counts.totalWithheld).toBe(1);
  });
});

describe("the agenda", () => {
  test("draws agendaSize allowed topics, never one of emphasis 0", () => {
    const world = worldOf({
      dimensions: ["a", "b", "c", "d"].map((id) => ({id, standard: 0.5})),
      states: [{id: "A", ideal: [0.1, 0.2, 0.3, 0.4]}, {id: "B", ideal: [0.9, 0.8, 0.7, 0.6]}],
      facilitators: [{id: "F", emphasis: {a: 1, b: 0, c: 2, d: 1}}],
      processes: [{id: "p", members: ["*"], facilitator: "F", topics: ["a", "b", "c"], agendaSize: 2}],
      dynamics: {dialogue: {rate: 0}}
    });
    const seen = watchMeetings(world, "agenda");
    for (let t = 0; t < 20; t++) step(world);
    for (const m of seen) expect(m.agenda).toEqual(["a", "c"]);
    expect(seen).toHaveLength(20);
  });
});
