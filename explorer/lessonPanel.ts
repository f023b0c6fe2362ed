/**
 * The lesson panel: the four steps of the guided path (src/explore/lesson.ts), the current
 * step's question in large type, and what to look at.
 */
import {lessonSteps, type LessonStep} from "../src/explore/lesson.js";
import {h} from "./dom.js";

/** The panel with step `current` (0-based) shown; `go` opens a step. */
export function lessonPanel(current: number, go: (k: number) => void, close: () => void): HTMLElement {
  const step: LessonStep = lessonSteps[current];
  return h("section", {class: "lesson", "data-step": String(current + 1)},
    h("nav", {},
      lessonSteps.map((s, k) => h("button", {class: k === current ? "current" : "", "data-step": String(k + 1), onclick: () => go(k)}, s.title)),
      h("button", {class: "close", onclick: close, title: "close the lesson"}, "✕")),
    h("p", {class: "question"}, step.question),
    h("p", {class: "look"}, step.lookAt, " Press ▶ Play to watch it unfold; move any slider to try your own answer."));
}
