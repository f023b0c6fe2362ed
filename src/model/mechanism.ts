/**
 * What a mechanism is: one step of a tick or of a meeting, with its name, its run function and
 * its description. Every mechanism is one entry of the ordered registry (`mechanisms.ts`), which
 * is the only place that decides whether and when it runs; `mechanismNames`, `rcmp explain`'s
 * description of each mechanism and the mechanism table of docs/MODEL.md all come from it.
 */
import type {Meeting} from "./world.js";
import type {World} from "./world.js";

/** How a mechanism is described to users: in `rcmp explain`, docs/MODEL.md and the notebooks. */
export interface MechanismDescription {
  /** A short title: "Capacity building". */
  title: string;
  /** What it does, in one sentence without a final full stop. */
  does: string;
  /** The update as the code computes it: plain text, one line per case (absent for pure bookkeeping). */
  equation?: string;
  /** The scenario parameters that drive it, as Markdown: "`facilitators[].capacityRate` α". */
  parameters: string;
  /** The setting that turns it off, as Markdown: "α = 0 (or no facilitator)". */
  off: string;
  /**
   * The same as `--set` overrides (path → value), where parameters alone can turn it off: a run
   * with them gives exactly the run that leaves the mechanism out (a property test checks it),
   * unless an event sets the parameter again later (an event can set `attendance` or `ngo`).
   */
  offSettings?: Readonly<Record<string, unknown>>;
  /** Files of src/model beyond its own that implement it (helpers it calls). */
  uses?: readonly string[];
}

interface Common<N extends string> extends MechanismDescription {
  /** The name `simulate({skip})` takes and errors report; also the name of its file (`<name>.ts`). */
  name: N;
  /** Called once when a world is compiled, if the mechanism is part of the run (not skipped). */
  init?: (world: World) => void;
}

/** A step of the tick (events, meetings, clearing house, trust decay, domestic politics). */
export interface TickMechanism<N extends string = string> extends Common<N> {
  scope: "tick";
  run: (world: World) => void;
}

/** A step of each meeting, from attendance to the acquis. */
export interface MeetingMechanism<N extends string = string> extends Common<N> {
  scope: "meeting";
  run: (world: World, meeting: Meeting) => void;
}

export type Mechanism<N extends string = string> = TickMechanism<N> | MeetingMechanism<N>;

/** Defines a mechanism, keeping its name as a literal type (so that maps keyed by name can be checked whole). */
export function mechanism<const N extends string, M extends Mechanism<N>>(m: M & {name: N}): M {
  return m;
}
