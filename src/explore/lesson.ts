/**
 * The explorer's guided path for a class: four steps, each a question with two runs to set side
 * by side. A step loads its built-in scenario, sets the sliders to the `before` values, pins that
 * run as the baseline, then sets the `after` values: the screen shows the difference at once.
 */
import type {Control} from "./controls.js";
import {pathCovers, type Settings} from "./runSpec.js";
import {z} from "zod";
import steps from "./lessonSteps.json" with {type: "json"};

/** Slider values by `--set` path pattern (`*` for every element); null: the scenario's own value. Applied in order. */
export type LessonValues = readonly (readonly [pattern: string, value: number | null])[];

/** One step of the lesson. */
export interface LessonStep {
  title: string;
  /** The question for the class, shown large above the map. */
  question: string;
  /** What to look at, one sentence. */
  lookAt: string;
  /** The built-in scenario it uses. */
  scenario: string;
  /** The dimension to show on the map. */
  dim: string;
  /** The pinned run (drawn grey and dashed). */
  before: LessonValues;
  /** The run drawn over it, in colour. */
  after: LessonValues;
}

const lessonValues = z.array(z.tuple([z.string(), z.number().nullable()]));

/** What lessonSteps.json holds: a list of {@link LessonStep}. */
export const lessonSchema = z.array(z.strictObject({
  title: z.string(), question: z.string(), lookAt: z.string(), scenario: z.string(), dim: z.string(), before: lessonValues, after: lessonValues
}));

/**
 * The four steps, from lessonSteps.json: text a teacher may reword (the lesson test checks that
 * each step's claim still holds and that every path names a slider), read through {@link lessonSchema}.
 */
export const lessonSteps: readonly LessonStep[] = lessonSchema.parse(steps);

/** The scenario's own settings with a step's values applied (mechanisms all on, no extra `--set`). */
export function lessonSettings(controls: readonly Control[], values: LessonValues): Settings {
  const out: Record<string, number> = Object.fromEntries(controls.map((c) => [c.path, c.value]));
  for (const [pattern, value] of values) {
    const hits = controls.filter((c) => pathCovers(pattern, c.path));
    if (hits.length === 0) throw new Error(`lesson: no slider at ${pattern}`);
    for (const c of hits) out[c.path] = value ?? c.value;
  }
  return {values: out, off: [], extra: []};
}
