/**
 * The page's header: the scenario menu (every built-in scenario and each file opened), a file
 * picker, dropping a file anywhere on the page, and the lesson button.
 */
import type {ScenarioSource} from "../src/explore/explorerHtml.js";
import {h} from "./dom.js";

/** What the header calls back. */
export interface HeaderActions {
  open(source: ScenarioSource): void;
  lesson(): void;
}

/** The header over `sources` (the menu lists them in order), `current` selected. */
export function header(sources: readonly ScenarioSource[], current: string, title: string, act: HeaderActions): HTMLElement {
  const menu = h("select", {id: "scenario-menu", "aria-label": "scenario"},
    sources.map((s) => h("option", {value: s.path, selected: s.path === current}, `${s.title || s.path} (${s.path})`)));
  menu.addEventListener("change", () => {
    const chosen = sources.find((s) => s.path === menu.value);
    if (chosen !== undefined) act.open(chosen);
  });
  const picker = h("input", {type: "file", id: "scenario-file", accept: ".yaml,.yml,.json", hidden: true});
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    if (file !== undefined) void readFile(file).then(act.open);
    picker.value = "";
  });
  return h("header", {class: "top"},
    h("h1", {}, title),
    h("div", {class: "choose"},
      menu,
      h("button", {onclick: () => picker.click()}, "Open a scenario file…"), picker,
      h("button", {class: "lesson-button", "data-action": "lesson", onclick: () => act.lesson()}, "Lesson for a class"),
      h("span", {class: "help"}, "or drop a YAML or JSON file on the page")));
}

/** A dropped or picked file as a scenario source (its name is the path the command line shows). */
export async function readFile(file: File): Promise<ScenarioSource> {
  return {path: file.name, title: "", text: await file.text()};
}

/** Opens a scenario file dropped anywhere on the page. */
export function acceptDrops(open: (source: ScenarioSource) => void): void {
  addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dropping");
  });
  addEventListener("dragleave", () => document.body.classList.remove("dropping"));
  addEventListener("drop", (e) => {
    e.preventDefault();
    document.body.classList.remove("dropping");
    const file = e.dataTransfer?.files[0];
    if (file !== undefined) void readFile(file).then(open);
  });
}
