/**
 * The explorer's sliders, generated from the scenario schema: for each parameter that matters
 * for teaching (hegemon bias, agenda control, NGO participation per process, capacity building
 * per facilitator, trust, bounded confidence, attendance per process, the seed) a control with
 * the `--set` path, the schema's description, bounds and default, and the scenario's own value.
 */
import {z} from "zod";
import type {Scenario} from "../scenario/schema.js";
import {schemaAt} from "../scenario/schemaAt.js";

/** One slider of the explorer's panel. */
export interface Control {
  /** The `rcmp run --set` path it sets, e.g. `processes.igc.ngo`. */
  path: string;
  /** The panel section it sits in: `Power and agenda`, `Trust and dialogue`, `Civil society`, `Processes`, `Facilitators`, `Run`. */
  group: string;
  /** A short label, e.g. "Hegemon bias h". */
  label: string;
  /** What the parameter does: the schema's description. */
  description: string;
  /** The schema's default ("" when it has none). */
  schemaDefault: string;
  min: number;
  max: number;
  step: number;
  /** The value the scenario file has (after the schema's defaults). */
  value: number;
}

/** What the explorer shows for a parameter, beyond what the schema knows. */
interface ControlSpec {
  /** Path with `<id>` standing for each process or facilitator id. */
  path: string;
  group: string;
  label: string;
  /** A bound for the slider where the schema has none or a very wide one (the scenario's value may exceed it). */
  max?: number;
  step: number;
}

/** The teaching parameters in panel order. */
export const controlSpecs: readonly ControlSpec[] = [
  {path: "dynamics.hegemonBias", group: "Power and agenda", label: "Hegemon bias h", max: 4, step: 0.1},
  {path: "dynamics.agendaControl.strength", group: "Power and agenda", label: "Agenda-control strength", max: 3, step: 0.1},
  {path: "dynamics.trust.gain", group: "Trust and dialogue", label: "Trust gain per meeting g", max: 0.5, step: 0.01},
  {path: "dynamics.trust.weight", group: "Trust and dialogue", label: "Trust weight τ", max: 4, step: 0.1},
  {path: "dynamics.dialogue.confidence", group: "Trust and dialogue", label: "Bounded confidence ε", max: 1, step: 0.01},
  {path: "dynamics.civilSociety.rate", group: "Civil society", label: "NGOs' pull ν", max: 0.5, step: 0.01},
  {path: "processes.<id>.ngo", group: "Civil society", label: "NGO participation", step: 0.05},
  {path: "facilitators.<id>.capacityRate", group: "Facilitators", label: "Capacity building", max: 0.3, step: 0.01},
  {path: "processes.<id>.attendance", group: "Processes", label: "Attendance", step: 0.05},
  {path: "seed", group: "Run", label: "Seed", max: 100, step: 1}
];

/** The controls for a scenario: one per spec, or one per process or facilitator for `<id>` specs. */
export function controlsFor(scenario: Scenario): Control[] {
  const out: Control[] = [];
  for (const spec of controlSpecs) {
    const list = spec.path.startsWith("processes.") ? scenario.processes : spec.path.startsWith("facilitators.") ? scenario.facilitators : undefined;
    const ids = spec.path.includes("<id>") ? (list ?? []).map((e) => ({id: e.id, name: e.name})) : [undefined];
    for (const entry of ids) {
      const path = entry === undefined ? spec.path : spec.path.replace("<id>", entry.id);
      const label = entry === undefined ? spec.label : `${spec.label}: ${entry.name ?? entry.id}`;
      out.push(controlOf(scenario, spec, path, label));
    }
  }
  return out;
}

function controlOf(scenario: Scenario, spec: ControlSpec, path: string, label: string): Control {
  const node = schemaAt(path.split("."));
  if (node === undefined) throw new Error(`no schema field at ${path}`);
  const json = z.toJSONSchema(node, {io: "input", unrepresentable: "any"}) as {description?: string; default?: unknown; minimum?: number; maximum?: number};
  const value = valueAt(scenario, path);
  const min = json.minimum ?? 0;
  const max = Math.max(Math.min(json.maximum ?? Infinity, spec.max ?? Infinity), value);
  if (!Number.isFinite(max)) throw new Error(`control ${path} needs a maximum`);
  return {
    path, group: spec.group, label, step: spec.step, min, max, value,
    description: json.description ?? "",
    schemaDefault: json.default === undefined ? "" : String(json.default)
  };
}

/**
 * The number at a `--set` path of a validated scenario (list elements by id or index);
 * throws when the path holds no number.
 */
export function valueAt(scenario: Scenario, path: string): number {
  let at: unknown = scenario;
  for (const key of path.split(".")) {
    if (Array.isArray(at)) at = at.find((e: {id?: unknown}) => e?.id === key) ?? at[Number(key)];
    else if (typeof at === "object" && at !== null) at = (at as Record<string, unknown>)[key];
    else at = undefined;
  }
  if (typeof at !== "number") throw new Error(`no number at ${path}`);
  return at;
}
