/**
 * The explorer's link: the page's settings in the URL fragment, so that a link (or a reload)
 * opens the same scenario with the same sliders, switches, dimension and tick.
 * `#scenario=scenarios/igc-1985.yaml&set=dynamics.hegemonBias=2&off=trust&dim=asylum&tick=40`
 */
import {parseSetArg, type Override} from "../scenario/overrides.js";
import type {Control} from "./controls.js";
import {setArg} from "./commandLine.js";
import type {Settings} from "./runSpec.js";

/** What a link restores. */
export interface PageState {
  /** The scenario's key: a built-in path (`scenarios/igc-1985.yaml`) or a loaded file's name. */
  scenario: string;
  settings: Settings;
  /** The dimension shown on the map. */
  dim?: string;
  tick?: number;
}

/** The fragment (with its `#`) for a page state: only what differs from the scenario file is written. */
export function fragmentOf(state: PageState, controls: readonly Control[]): string {
  const q = new URLSearchParams();
  q.set("scenario", state.scenario);
  for (const o of state.settings.extra) q.append("set", setArg(o.path, o.value));
  for (const c of controls) {
    const v = state.settings.values[c.path];
    if (v !== undefined && v !== c.value) q.append("set", setArg(c.path, v));
  }
  if (state.settings.off.length > 0) q.set("off", state.settings.off.join(","));
  if (state.dim !== undefined) q.set("dim", state.dim);
  if (state.tick !== undefined) q.set("tick", String(state.tick));
  return `#${q.toString()}`;
}

/** The raw parts of a fragment, before a scenario (and so its controls) is known; undefined when it has no scenario. */
export function readFragment(fragment: string): {scenario: string; sets: Override[]; off: string[]; dim?: string; tick?: number} | undefined {
  const q = new URLSearchParams(fragment.replace(/^#/, ""));
  const scenario = q.get("scenario");
  if (scenario === null || scenario === "") return undefined;
  const tick = q.get("tick");
  return {
    scenario,
    sets: q.getAll("set").map((arg) => parseSetArg(arg, "link")),
    off: (q.get("off") ?? "").split(",").filter((name) => name !== ""),
    dim: q.get("dim") ?? undefined,
    tick: tick === null || !/^\d+$/.test(tick) ? undefined : Number(tick)
  };
}

/**
 * Settings from `--set`s (of `rcmp explore` or of a link): a numeric one on a slider's path sets
 * that slider; any other is kept as an extra `--set`.
 */
export function settingsFrom(controls: readonly Control[], sets: readonly Override[], off: readonly string[] = []): Settings {
  const values: Record<string, number> = Object.fromEntries(controls.map((c) => [c.path, c.value]));
  const extra: Override[] = [];
  for (const o of sets) {
    if (typeof o.value === "number" && controls.some((c) => c.path === o.path)) values[o.path] = o.value;
    else extra.push({path: o.path, value: o.value});
  }
  return {values, off: [...off], extra};
}
