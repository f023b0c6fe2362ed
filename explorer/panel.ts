/**
 * The panel of sliders and switches, generated from the scenario schema (the explorer's teaching
 * parameters, src/explore/controls.ts) and from the registry of mechanisms, each with its
 * description. Every change calls `onChange` with the new settings.
 */
import {mechanisms} from "../src/model/mechanisms.js";
import type {Mechanism} from "../src/model/mechanism.js";
import type {Control} from "../src/explore/controls.js";
import {fixedPaths, pathCovers, type Settings} from "../src/explore/runSpec.js";
import {h} from "./dom.js";

/** A panel and a way to show other settings in it (a lesson step, a link). */
export interface Panel {
  element: HTMLElement;
  set(settings: Settings): void;
}

/** Groups with more sliders than this start folded. */
const openUpTo = 4;

const format = (v: number) => String(Number(v.toPrecision(4)));

/** Builds the panel for a scenario's controls, starting from `settings`. */
export function panel(controls: readonly Control[], start: Settings, onChange: (s: Settings) => void): Panel {
  let settings = start;
  const inputs = new Map<string, {input: HTMLInputElement; shown: HTMLElement; row: HTMLElement}>();
  const switches = new Map<string, HTMLInputElement>();
  const changed = () => {
    refresh();
    onChange(settings);
  };
  const groups = [...new Set(controls.map((c) => c.group))];
  const sections = groups.map((group) => {
    const members = controls.filter((c) => c.group === group);
    const rows = members.map((c) => {
      const input = h("input", {type: "range", min: c.min, max: c.max, step: c.step, value: settings.values[c.path] ?? c.value, "data-param": c.path, "aria-label": c.label});
      const shown = h("output", {class: "value"});
      const row = h("div", {class: "control"},
        h("label", {}, h("span", {class: "label"}, c.label), shown),
        input,
        h("div", {class: "help"}, c.description, ` (in the file: ${format(c.value)}; schema default ${c.schemaDefault || "none"}; --set ${c.path})`));
      input.addEventListener("input", () => {
        settings = {...settings, values: {...settings.values, [c.path]: Number(input.value)}};
        changed();
      });
      inputs.set(c.path, {input, shown, row});
      return row;
    });
    return h("details", {class: "group", open: members.length <= openUpTo}, h("summary", {}, `${group}${members.length > openUpTo ? ` (${members.length})` : ""}`), rows);
  });
  const mechanismRows = (mechanisms as readonly Mechanism[]).map((m) => {
    const box = h("input", {type: "checkbox", "data-mechanism": m.name, checked: !settings.off.includes(m.name)});
    box.addEventListener("change", () => {
      const off = settings.off.filter((n) => n !== m.name);
      settings = {...settings, off: box.checked ? off : [...off, m.name]};
      changed();
    });
    switches.set(m.name, box);
    const how = m.offSettings === undefined ? `off: --skip ${m.name}` : `off: ${Object.entries(m.offSettings).map(([p, v]) => `--set ${p}=${JSON.stringify(v)}`).join(" ")}`;
    return h("label", {class: "mechanism"}, box, h("span", {}, h("strong", {}, m.title), h("span", {class: "help"}, ` ${m.does}. `, h("em", {}, how))));
  });
  const element = h("div", {class: "panel"}, sections,
    h("details", {class: "group mechanisms"}, h("summary", {}, `Mechanisms (${mechanismRows.length}): switch each on or off`), mechanismRows));
  function refresh(): void {
    const fixed = fixedPaths(settings.off);
    for (const c of controls) {
      const ui = inputs.get(c.path);
      if (ui === undefined) continue;
      const v = settings.values[c.path] ?? c.value;
      if (Number(ui.input.value) !== v) ui.input.value = String(v);
      const isFixed = fixed.some((p) => pathCovers(p, c.path));
      ui.input.disabled = isFixed;
      ui.row.classList.toggle("fixed", isFixed);
      ui.row.classList.toggle("moved", v !== c.value);
      ui.shown.textContent = isFixed ? "fixed: mechanism off" : format(v);
    }
    for (const [name, box] of switches) box.checked = !settings.off.includes(name);
  }
  refresh();
  return {
    element,
    set(s) {
      settings = s;
      refresh();
    }
  };
}
