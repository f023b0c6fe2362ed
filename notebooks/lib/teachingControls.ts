/**
 * The teaching notebook's sliders: which scenario path each one sets, its range, and its
 * starting value read from the scenario, so that the untouched notebook is the scenario file.
 */
import type {Override} from "../../src/scenario/overrides.js";
import type {Scenario} from "../../src/scenario/schema.js";

/** One slider: a `--set` path, a label, a range and a step. */
export interface Control {
  /** Override path, as `rcmp run --set` takes it. */
  path: string;
  label: string;
  min: number;
  max: number;
  step: number;
  /** The value the scenario itself has for this path. */
  start: (s: Scenario) => number;
}

/** The sliders in display order. */
export const controls: Control[] = [
  {path: "dynamics.hegemonBias", label: "Hegemon bias h (voice ∝ powerʰ)", min: 0, max: 4, step: 0.1, start: (s) => s.dynamics.hegemonBias},
  {path: "dynamics.trust.gain", label: "Trust gain per meeting", min: 0, max: 0.5, step: 0.01, start: (s) => s.dynamics.trust.gain},
  {path: "dynamics.agendaControl.strength", label: "Agenda-control strength", min: 0, max: 3, step: 0.1, start: (s) => s.dynamics.agendaControl.strength},
  {path: "facilitators.*.funderSteering", label: "Funder steering φ (who pays, steers)", min: 0, max: 1, step: 0.05, start: (s) => s.facilitators[0]?.funderSteering ?? 0},
  {path: "facilitators.*.capacityRate", label: "Capacity-building rate", min: 0, max: 0.3, step: 0.01, start: (s) => s.facilitators[0]?.capacityRate ?? 0},
  {path: "processes.*.ngo", label: "Civil-society participation (NGOs)", min: 0, max: 1, step: 0.05, start: (s) => s.processes[0]?.ngo ?? 0},
  {path: "states.*.stubbornness", label: "Domestic stubbornness λ", min: 0, max: 0.3, step: 0.01, start: (s) => s.states?.[0]?.stubbornness ?? 0},
  {path: "seed", label: "Seed", min: 1, max: 100, step: 1, start: (s) => s.seed}
];

/**
 * The overrides for the sliders' values: only those that differ from the scenario. (The teaching
 * scenarios give civil society a position and rate, so the NGO slider alone lets NGOs in.)
 */
export function controlOverrides(s: Scenario, values: Record<string, number>): Override[] {
  return controls
    .filter((c) => values[c.path] !== undefined && values[c.path] !== c.start(s))
    .map((c) => ({path: c.path, value: values[c.path]}));
}

/** The `rcmp run` command that computes the same run as the notebook shows (shell-quoted where needed). */
export function cliCommand(file: string, overrides: readonly Override[]): string {
  const sets = overrides.map((o) => {
    const arg = `${o.path}=${typeof o.value === "object" ? JSON.stringify(o.value) : String(o.value)}`;
    return ` \\\n  --set ${/[^\w.=-]/.test(arg) ? `'${arg}'` : arg}`;
  });
  return `rcmp run ${file}${sets.join("")}`;
}
