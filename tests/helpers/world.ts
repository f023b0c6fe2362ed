/**
 * Small worlds and meetings for testing one mechanism at a time: a world compiled from a
 * scenario object, a meeting built by hand (to call a meeting mechanism's `run` directly), and
 * a probe that copies each meeting as the engine holds it after a given meeting step.
 */
import {compile} from "../../src/model/compile.js";
import {scenarioFromObject} from "../../src/scenario/load.js";
import type {Meeting, World} from "../../src/model/world.js";
import {meetingBest} from "../../src/model/meetings.js";

/** A compiled world from a scenario object (`id` defaults to "test"), with a seed and mechanisms left out. */
export function worldOf(raw: Record<string, unknown>, options: {seed?: number; skip?: readonly string[]} = {}): World {
  const s = scenarioFromObject({id: "test", ...raw});
  return compile(s, options.seed ?? s.seed, options.skip ?? []);
}

/** Index of a state id in the world (states are held in id order). */
export function at(world: World, id: string): number {
  const i = world.stateIds.indexOf(id);
  if (i < 0) throw new Error(`no state ${id}`);
  return i;
}

/** Position of state `id` on dimension `dim` (an index or an id). */
export function pos(world: World, id: string, dim: number | string = 0): number {
  const k = typeof dim === "number" ? dim : world.dims.indexOf(dim);
  return world.x[at(world, id) * world.d + k];
}

/** A meeting of process `process` built by hand: attendees by id (ascending), the rest as the test says. */
export function meetingOf(
  world: World,
  spec: {process?: number; attendees: string[]; observers?: string[]; best?: number[]; practiced?: number[]; agenda?: number[]; effect?: number}
): Meeting {
  const attendees = Int32Array.from(spec.attendees, (id) => at(world, id)).sort();
  const observers = new Set(spec.observers ?? []);
  return {
    process: world.processes[spec.process ?? 0],
    attendees,
    observer: Uint8Array.from(attendees, (i) => (observers.has(world.stateIds[i]) ? 1 : 0)),
    best: Float64Array.from(spec.best ?? Array.from({length: world.d}, () => 0)),
    practiced: Uint8Array.from(spec.practiced ?? Array.from({length: world.d}, () => 0)),
    agenda: Int32Array.from(spec.agenda ?? Array.from({length: world.d}, (_, k) => k)),
    effect: spec.effect ?? 1
  };
}

/** A meeting as the probe saw it: copies, with states and topics by id. */
export interface MeetingView {
  tick: number;
  process: string;
  attendees: string[];
  observers: string[];
  best: number[];
  practiced: number[];
  agenda: string[];
  effect: number;
  stage: number;
}

/**
 * Records every meeting the world holds from now on as it stands right after the meeting step
 * `after` (`null`: as it opens, before any meeting step). Throws when `after` is not one of the
 * world's meeting steps (left out, or misspelt).
 */
export function watchMeetings(world: World, after: string | null): MeetingView[] {
  const seen: MeetingView[] = [];
  const steps = [...world.steps.meeting];
  const place = after === null ? 0 : steps.findIndex((s) => s.name === after) + 1;
  if (place === 0 && after !== null) throw new Error(`no meeting step ${after} in this world`);
  steps.splice(place, 0, {
    name: "probe",
    run: (w: World, m: Meeting) => {
      seen.push({
        tick: w.tick,
        process: m.process.id,
        attendees: Array.from(m.attendees, (i) => w.stateIds[i]),
        observers: Array.from(m.attendees, (i) => w.stateIds[i]).filter((_, a) => m.observer[a] === 1),
        best: Array.from(meetingBest(w, m)), // b as the meeting's mechanisms read it (computed when first asked for)
        practiced: Array.from(m.practiced),
        agenda: Array.from(m.agenda, (k) => w.dims[k]),
        effect: m.effect,
        stage: m.process.stage
      });
    }
  });
  world.steps = {tick: world.steps.tick, meeting: steps};
  return seen;
}

/** null when two arrays of numbers agree within `tolerance` everywhere, else where they first differ (for `expect(...).toBeNull()`). */
export function closeTo(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): string | null {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  for (let k = 0; k < actual.length; k++) {
    if (!(Math.abs(actual[k] - expected[k]) <= tolerance)) return `[${k}] = ${actual[k]}, expected ${expected[k]}`;
  }
  return null;
}
