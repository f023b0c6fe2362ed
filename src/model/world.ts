/**
 * The compiled world: a scenario as typed arrays, the state one run advances tick by tick.
 * Positions are one N×D Float64Array (row-major), trust one N×N array. Nothing is an object
 * per agent.
 */
import type {Streams} from "./random.js";
import type {Scratch} from "./scratch.js";

/** Where a facilitator's best practice comes from. */
export type Source =
  | {kind: "standard"; vector: Float64Array; has: Uint8Array}
  | {kind: "exemplars"; states: Int32Array}
  | {kind: "vector"; vector: Float64Array};

/** A facilitator, with the schema's names (`facilitators[]`). */
export interface FacilitatorState {
  id: string;
  /** Where its best practice comes from (`bestPractice`). */
  source: Source;
  /** e_f,d, agenda weight per dimension (`emphasis`). */
  emphasis: Float64Array;
  /** α_f, share of the gap to best practice closed per meeting (`capacityRate`). */
  capacityRate: number;
  /** κ_f, pull of members toward the acquis per tick (`clearingHouse`). */
  clearingHouse: number;
  /** φ_f, how far funders steer best practice toward their ideals (`funderSteering`). */
  funderSteering: number;
}

export interface ProcessState {
  id: string;
  /** 1 where state i is a member / an observer. */
  members: Uint8Array;
  observers: Uint8Array;
  founded: number;
  /** First tick at which it no longer meets (Infinity: never ends). */
  ends: number;
  meetEvery: number;
  /** Allowed topics (dimension indices, ascending). */
  topics: Int32Array;
  agendaSize: number;
  attendance: number;
  ngo: number;
  stage: number;
  meetingsAtStage: number;
  meetings: number;
  facilitator: FacilitatorState | null;
  funders: Int32Array;
  /** m_p, mean position of the last meeting's attendees; null before the first meeting. */
  acquis: Float64Array | null;
}

/**
 * The dynamics of a run, with the schema's names (`dynamics` in a scenario; see
 * src/scenario/schema.ts for each field's meaning and default), resolved for the engine: dimension
 * maps become vectors, trust's `initial` is folded into `sameRegion` and `otherRegion`.
 */
export interface Params {
  dialogue: {
    mode: "averaging" | "pairwise";
    /** μ, share of the gap to the (weighted) neighbours closed per meeting. */
    rate: number;
    /** ε, bounded confidence: RMS distance over the agenda within which a peer is heard. */
    confidence: number;
    /** Pairwise mode: encounters per attendee per meeting. */
    encounters: number;
  };
  /** h: influence weight in dialogue is power^h. */
  hegemonBias: number;
  agendaControl: {
    /** θ: a topic is at risk when the controller's ideal is further than this from best practice. */
    threshold: number;
    /** Multiplies the controller's share of power in the room into the chance of withholding. */
    strength: number;
  };
  trust: {
    /** T⁰ between states of one region, and of different regions. */
    sameRegion: number;
    otherRegion: number;
    /** g, growth toward 1 per shared meeting. */
    gain: number;
    /** δ, relaxation toward T⁰ per tick. */
    decay: number;
    /** τ: trust enters learning as T^τ. */
    weight: number;
  };
  domestic: {
    /** σ, SD of the domestic noise per dimension and tick. */
    noise: number;
  };
  civilSociety: {
    /** v, the NGOs' position (length D). */
    position: Float64Array;
    /** ν, the pull of NGOs at full participation. */
    rate: number;
  };
  /** Multiplies observers' weight as sources in dialogue. */
  observerWeight: number;
  stages: {
    /** Meetings at a stage before it may rise. */
    meetings: number;
    /** Mean member trust needed to rise from stage 1, 2, 3. */
    trust: number[];
    /** e_s, multiplier of capacity building and dialogue at stages 1..4. */
    effect: number[];
  };
}

/**
 * What one meeting works on. It opens with every member and observer present, the attendees'
 * mean as best practice (practised nowhere) and every allowed topic on the agenda; the meeting
 * mechanisms from attendance to agenda control refine it in turn, so that a mechanism left out
 * leaves this default.
 */
export interface Meeting {
  process: ProcessState;
  /** Indices of attending states, ascending. */
  attendees: Int32Array;
  /** 1 where attendees[a] attends as an observer. */
  observer: Uint8Array;
  /** b, the best practice of this meeting (length D). */
  best: Float64Array;
  /** 1 where b comes from the facilitator's source; 0 where it is only the attendees' mean (no training there). */
  practiced: Uint8Array;
  /** G, the dimensions on the agenda (ascending), after agenda control. */
  agenda: Int32Array;
  /** e_s, the stage's effect on capacity building and dialogue. */
  effect: number;
}

/** A step of the tick as the world runs it: a mechanism's name and run (see mechanism.ts). */
export interface TickStep {
  readonly name: string;
  readonly run: (world: World) => void;
}

/** A step of each meeting as the world runs it. */
export interface MeetingStep {
  readonly name: string;
  readonly run: (world: World, meeting: Meeting) => void;
}

/** Called after each step with its name (and the process, for a meeting's); throws to stop the run. */
export type Check = (mechanism: string, process?: string) => void;

export interface CompiledEvent {
  tick: number;
  apply: (world: World) => void;
}

export interface World {
  n: number;
  d: number;
  dims: string[];
  /** States are held in the order of their ids; fileOrder[k] is the index of the k-th state of the file. */
  stateIds: string[];
  fileOrder: Int32Array;
  names: string[];
  regions: string[];
  regionOf: Int32Array;
  /** x, current positions, N×D. */
  x: Float64Array;
  /** u, domestic ideals, N×D. */
  u: Float64Array;
  /** x(0), starting positions. */
  x0: Float64Array;
  power: Float64Array;
  /** p^h divided by the largest p^h (so it never overflows). */
  weight: Float64Array;
  stubbornness: Float64Array;
  openness: Float64Array;
  standard: Float64Array;
  hasStandard: Uint8Array;
  /** T, N×N, or null when trust is constant (`trustConstant` between distinct states). */
  trust: Float64Array | null;
  trustConstant: number;
  processes: ProcessState[];
  events: CompiledEvent[];
  /** Events before this index have been applied. */
  eventCursor: number;
  params: Params;
  hegemon: number;
  /** The tick being computed: step t turns tick t into tick t + 1. */
  tick: number;
  streams: Streams;
  /** Meetings held and topics withheld in the current tick, and in all. */
  counts: {meetings: number; withheld: number; totalMeetings: number; totalWithheld: number};
  /** The mechanisms of this run in order, those left out (`simulate({skip})`) already removed. */
  steps: {tick: readonly TickStep[]; meeting: readonly MeetingStep[]};
  /** Called after every step; the default does nothing (see guard.ts for the strict one). */
  check: Check;
  /** Buffers each meeting works in (see scratch.ts). */
  scratch: Scratch;
}
