/**
 * Attendance (src/model/attendance.ts, docs/MODEL.md III.iv 2.1): members and observers in id
 * order, one draw each from the `attendance` stream, present when the draw is below the
 * process's attendance; nothing drawn at attendance 1 or 0, so that such a process leaves every
 * other process's attendance as it would be without it (common random numbers).
 */
import {describe, expect, test} from "vitest";
import {createStreams} from "../../src/model/random.js";
import {step} from "../../src/model/step.js";
import {simulate} from "../../src/run/simulate.js";
import {scenarioFromObject} from "../../src/scenario/load.js";
import {statesCsv} from "../../src/results/runFiles.js";
import {watchMeetings, worldOf} from "../helpers/world.js";

const ids = ["A", "B", "C", "D", "E", "F"];
const starts = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8];

/** Six states; process `p` (attendance 0.5, E observing) after the processes given first. */
function scenario(before: Record<string, unknown>[]) {
  return {
    id: "attend",
    seed: 3,
    ticks: 12,
    dimensions: [{id: "a"}],
    states: ids.map((id, i) => ({id, ideal: [starts[i]]})),
    processes: [...before, {id: "p", members: ["A", "B", "C", "D", "F"], observers: ["E"], attendance: 0.5}],
    dynamics: {dialogue: {rate: 0.3}}
  };
}

/** The attendees of process p at each of `ticks` meetings (empty when nobody came). */
function attendeesOfP(raw: Record<string, unknown>, ticks: number): string[][] {
  const world = worldOf(raw);
  const seen = watchMeetings(world, "attendance");
  const out: string[][] = [];
  for (let t = 0; t < ticks; t++) {
    step(world);
    out.push(seen.find((m) => m.tick === t && m.process === "p")?.attendees ?? []);
  }
  return out;
}

describe("attendance", () => {
  test("one draw per member or observer, in id order, present when below the attendance", () => {
    const fresh = createStreams(3).attendance;
    const expected = Array.from({length: 12}, () => ids.filter(() => fresh() < 0.5));
    const got = attendeesOfP(scenario([]), 12);
    expect(got).toEqual(expected);
    // the draws do vary: some meetings have some states and not others
    expect(new Set(got.map((a) => a.join())).size).toBeGreaterThan(3);
  });

  test("best practice opens as the mean of those present, not of all members", () => {
    const world = worldOf(scenario([]));
    const seen = watchMeetings(world, "attendance");
    step(world);
    const m = seen[0];
    const mean = m.attendees.reduce((s, id) => s + starts[ids.indexOf(id)], 0) / m.attendees.length;
    expect(m.attendees.length).toBeLessThan(ids.length);
    expect(m.best[0]).toBeCloseTo(mean, 14);
  });

  test("attendance 0 draws nothing: the other processes' attendees and every position are as without that process", () => {
    const quiet = {id: "quiet", members: ["*"], attendance: 0};
    const without = attendeesOfP(scenario([]), 12);
    expect(attendeesOfP(scenario([quiet]), 12)).toEqual(without);
    const a = simulate(scenarioFromObject(scenario([quiet])));
    const b = simulate(scenarioFromObject(scenario([])));
    expect(statesCsv(a)).toBe(statesCsv(b));
    expect(a.summary.totals.meetings).toBe(b.summary.totals.meetings);
  });

  test("attendance 1 draws nothing either: everyone comes, and the other processes' attendees are unchanged", () => {
    const all = {id: "all", members: ["A", "B", "C"], observers: ["D"], attendance: 1};
    const world = worldOf(scenario([all]));
    const seen = watchMeetings(world, "attendance");
    step(world);
    expect(seen.find((m) => m.process === "all")).toMatchObject({attendees: ["A", "B", "C", "D"], observers: ["D"]});
    expect(attendeesOfP(scenario([all]), 12)).toEqual(attendeesOfP(scenario([]), 12));
  });
});
