/**
 * The explorer's guided path for a class: four steps, each a question with two runs to set side
 * by side. A step loads its built-in scenario, sets the sliders to the `before` values, pins that
 * run as the baseline, then sets the `after` values: the screen shows the difference at once.
 */
import type {Control} from "./controls.js";
import {pathCovers, type Settings} from "./runSpec.js";

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

/** The four steps. */
export const lessonSteps: readonly LessonStep[] = [
  {
    title: "1. Equal voice against a hegemon",
    question: "Hegemonia holds most of the power. If its voice counts for more, do the states still converge, and toward whom?",
    lookAt: "Grey rings: every voice counts the same (h = 0). Coloured dots: voice weighs power² (h = 2). Compare where the dots end, and how far the mean moved toward the hegemon (the table).",
    scenario: "scenarios/teaching/hegemon.yaml",
    dim: "asylum",
    before: [["dynamics.hegemonBias", 0], ["dynamics.agendaControl.strength", 0]],
    after: [["dynamics.hegemonBias", 2], ["dynamics.agendaControl.strength", 0]]
  },
  {
    title: "2. An issue kept off the agenda",
    question: "Hegemonia pays for the meetings and can now keep asylum off the agenda. Do the states still agree on asylum, and who gains?",
    lookAt: "Grey: no agenda control. Colour: agenda-control strength 1.5. Watch the spread of the dots on asylum protection and the dispersion curve.",
    scenario: "scenarios/teaching/hegemon.yaml",
    dim: "asylum",
    before: [["dynamics.hegemonBias", 2], ["dynamics.agendaControl.strength", 0]],
    after: [["dynamics.hegemonBias", 2], ["dynamics.agendaControl.strength", 1.5]]
  },
  {
    title: "3. NGOs at the table",
    question: "The IGC is government-only. If NGOs join every meeting, does asylum protection move toward the Refugee Convention's standard?",
    lookAt: "Grey: government-only (ngo 0). Colour: NGOs at every meeting (ngo 1). Read the map's colours against the legend and the distance to the standard.",
    scenario: "scenarios/igc-1985.yaml",
    dim: "asylum",
    before: [["processes.igc.ngo", 0]],
    after: [["processes.igc.ngo", 1]]
  },
  {
    title: "4. More processes",
    question: "From one process (the IGC) to the thirteen of 2004: does the multiplication of regional processes fragment migration policy or make it converge?",
    lookAt: "Grey: only the IGC meets (every other process's attendance 0). Colour: all thirteen processes. Compare the dispersion curves and the map.",
    scenario: "scenarios/world-2004.yaml",
    dim: "rights",
    before: [["processes.*.attendance", 0], ["processes.igc.attendance", null]],
    after: []
  }
];

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
