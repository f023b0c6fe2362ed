/**
 * Agenda control (src/model/agendaControl.ts, docs/MODEL.md III.iv 2.4): who controls the agenda,
 * which topics it may withhold (|u_H − b| > θ), with what chance (min(1, strength·p_H / Σ_A p)),
 * one draw per topic at risk from the `agendaControl` stream, and the `withheld` counts. Expected
 * agendas are worked out from the rule, with the draws taken from a fresh stream of the same seed.
 */
import {describe, expect, test} from "vitest";
import {agendaControl, agendaController} from "../../src/model/agendaControl.js";
import {createStreams} from "../../src/model/random.js";
import {step} from "../../src/model/step.js";
import {meetingOf, watchMeetings, worldOf} from "../helpers/world.js";

describe("the controller", () => {
  const power = [5, 1, 3, 3];

  test("is the strongest funder present, even when a non-funder present is stronger", () => {
    expect(agendaController([1, 2], [0, 1, 2, 3], power)).toBe(2);
    expect(agendaController([1], [0, 1, 2, 3], power)).toBe(1);
  });

  test("is the strongest attendee when no funder is present: an absent funder does not control", () => {
    expect(agendaController([0], [1, 2, 3], power)).toBe(2);
    expect(agendaController([], [1, 2, 3], power)).toBe(2);
  });

  test("is the first in id order on ties, among funders and among attendees, whatever the funders' order", () => {
    expect(agendaController([3, 2], [0, 1, 2, 3], power)).toBe(2);
    expect(agendaController([], [1, 3, 2], [1, 1, 1, 1])).toBe(1);
    expect(agendaController([], [2, 3], power)).toBe(2);
  });

  test("is nobody (-1) in an empty room", () => {
    expect(agendaController([1], [], power)).toBe(-1);
  });
});

/**
 * Four states on five topics; best practice 0.5 everywhere (a vector). H's ideal decides which
 * topics are at risk: with θ = 0.25, topic k is at risk for H when |u_Hk − 0.5| > 0.25.
 */
function room(options: {strength: number; funders?: string[]; threshold?: number; hegemonBias?: number; seed?: number}) {
  return worldOf({
    seed: options.seed ?? 7,
    dimensions: ["t0", "t1", "t2", "t3", "t4"].map((id) => ({id})),
    states: [
      // distance from 0.5: 0.4, 0.25 (exactly θ: not at risk), 0, 0.3, 0.1
      {id: "A", power: 4, ideal: [0.9, 0.75, 0.5, 0.2, 0.6]},
      // distance from 0.5: 0, 0.4, 0.4, 0, 0.26
      {id: "B", power: 2, ideal: [0.5, 0.9, 0.1, 0.5, 0.76]},
      {id: "C", power: 1, ideal: [0.5, 0.5, 0.5, 0.5, 0.5]},
      {id: "D", power: 1, ideal: [0.5, 0.5, 0.5, 0.5, 0.5]}
    ],
    facilitators: [{id: "F", bestPractice: {vector: [0.5, 0.5, 0.5, 0.5, 0.5]}}],
    processes: [{id: "p", members: ["*"], facilitator: "F", funders: options.funders ?? []}],
    dynamics: {
      hegemonBias: options.hegemonBias ?? 0,
      agendaControl: {strength: options.strength, threshold: options.threshold ?? 0.25}
    }
  });
}

const withheldBy = (world: ReturnType<typeof room>, attendees: string[]) => {
  const m = meetingOf(world, {attendees, best: [0.5, 0.5, 0.5, 0.5, 0.5]});
  agendaControl.run(world, m);
  return Array.from(m.agenda, (k) => world.dims[k]);
};

describe("the topics withheld", () => {
  test("with strength·share ≥ 1: exactly those where H's ideal is further than θ from best practice", () => {
    // A controls (strongest, no funders): share 4/8, strength 2 → chance 1; A's topics at risk: t0, t3
    expect(withheldBy(room({strength: 2}), ["A", "B", "C", "D"])).toEqual(["t1", "t2", "t4"]);
    // B funds the process: B controls with share 2/8, strength 4 → chance 1; B's topics at risk: t1, t2, t4
    expect(withheldBy(room({strength: 4, funders: ["B"]}), ["A", "B", "C", "D"])).toEqual(["t0", "t3"]);
    // the funder B is absent: A controls again
    expect(withheldBy(room({strength: 4, funders: ["B"]}), ["A", "C", "D"])).toEqual(["t1", "t2", "t4"]);
    // a lower threshold puts more at risk: |0.6 − 0.5| > 0.05 for A on t4, but t2 (distance 0) never
    expect(withheldBy(room({strength: 2, threshold: 0.05}), ["A", "B", "C", "D"])).toEqual(["t2"]);
  });

  test("by H's ideal, not its current position", () => {
    const world = room({strength: 2});
    world.x.fill(0.5); // everyone's position is best practice; A's ideal still differs on t0, t3
    expect(withheldBy(world, ["A", "B", "C", "D"])).toEqual(["t1", "t2", "t4"]);
  });

  test("with strength 0: nothing, and no draw from the stream", () => {
    const world = room({strength: 0});
    expect(withheldBy(world, ["A", "B"])).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(world.counts.totalWithheld).toBe(0);
    expect(world.streams.agendaControl()).toBe(createStreams(7).agendaControl());
  });

  test("one draw per topic at risk, in topic order, withheld when below min(1, strength·p_H / Σ_A p)", () => {
    // A and B present: A controls with share 4/6 (powers themselves, not p^h with h = 3: that would be 64/72)
    const world = room({strength: 1, hegemonBias: 3, seed: 11});
    const fresh = createStreams(11).agendaControl;
    const chance = 4 / 6;
    let withheld = 0;
    let inBetween = 0; // draws that p^h instead of p would have decided the other way
    for (let meeting = 0; meeting < 40; meeting++) {
      const expected = ["t1", "t2", "t4"];
      for (const topic of ["t0", "t3"]) {
        const u = fresh();
        if (u >= chance) expected.push(topic);
        else withheld++;
        if (u >= chance && u < 64 / 72) inBetween++;
      }
      expect(withheldBy(world, ["A", "B"]), `meeting ${meeting}`).toEqual(expected.sort());
    }
    expect(withheld).toBeGreaterThan(10);
    expect(withheld).toBeLessThan(70);
    expect(inBetween).toBeGreaterThan(0);
    expect(world.counts.totalWithheld).toBe(withheld);
    // the stream has been drawn exactly twice per meeting: the next draws agree
    expect(world.streams.agendaControl()).toBe(fresh());
  });

  test("only topics on the agenda are considered", () => {
    const world = room({strength: 2});
    const m = meetingOf(world, {attendees: ["A", "B"], best: [0.5, 0.5, 0.5, 0.5, 0.5], agenda: [1, 2, 3]});
    agendaControl.run(world, m);
    expect(Array.from(m.agenda, (k) => world.dims[k])).toEqual(["t1", "t2"]);
    expect(world.counts.withheld).toBe(1);
  });
});

describe("in a run", () => {
  test("withheld counts are per tick and in all; the agenda after control is what the meeting works on", () => {
    const world = room({strength: 2});
    const seen = watchMeetings(world, "agendaControl");
    step(world);
    expect(world.counts.withheld).toBe(2);
    step(world);
    expect(world.counts.withheld).toBe(2);
    expect(world.counts.totalWithheld).toBe(4);
    expect(seen.map((m) => m.agenda)).toEqual([["t1", "t2", "t4"], ["t1", "t2", "t4"]]);
  });
});
