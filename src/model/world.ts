/**
 * The compiled world: a scenario as typed arrays, the state one run advances tick by tick.
 * Positions are one N×D Float64Array (row-major), trust one N×N array. Nothing is an object
 * per agent.
 */
import type {Facilitator, Process, Scenario} from "../scenario/schema.js";
import type {Streams} from "./random.js";
import type {Scratch} from "./scratch.js";

/** Where a facilitator's best practice comes from. */
export type Source =
  | {kind: "standard"; vector: Float64Array; has: Uint8Array}
  | {kind: "exemplars"; states: Int32Array}
  | {kind: "vector"; vector: Float64Array};

/**
 * A facilitator as the engine holds it: the scenario's `facilitators[]` entry (every field under
 * the schema's name and meaning, e.g. `capacityRate` α, `clearingHouse` κ, `funderSteering` φ),
 * with its best practice resolved to a `source` and its `emphasis` to a vector (e_f,d).
 */
export type FacilitatorState = Omit<Facilitator, "bestPractice" | "emphasis"> & {
  /** Where its best practice comes from (`bestPractice`), resolved to states and vectors. */
  source: Source;
  /** e_f,d, agenda weight per dimension. */
  emphasis: Float64Array;
};

/**
 * A process as the engine holds it: the scenario's `processes[]` entry (under the schema's names:
 * `attendance`, `ngo`, `meetEvery`, `stage`, ...), with states as masks and indices, times as
 * ticks, and its running state (stage, meetings, acquis). Events may change members, observers,
 * `ngo`, `meetEvery`, `attendance` and `ends`.
 */
export type ProcessState = Omit<Process, "members" | "observers" | "founded" | "ends" | "topics" | "agendaSize" | "facilitator" | "funders"> & {
  /** 1 where state i is a member / an observer. */
  members: Uint8Array;
  observers: Uint8Array;
  /**
   * The states set in `members`, ascending (`membersOf`), so that a tick's work over a process's
   * members does not scan all N states: whatever changes `members` sets it anew (the process
   * events of compileEvents.ts are the only such code).
   */
  memberList: Int32Array;
  /** First tick it meets at, and the first tick at which it no longer meets (Infinity: never ends). */
  founded: number;
  ends: number;
  /** Allowed topics (dimension indices, ascending). */
  topics: Int32Array;
  /** Topics per meeting, at most the allowed topics. */
  agendaSize: number;
  facilitator: FacilitatorState | null;
  /** Indices of the funding states. */
  funders: Int32Array;
  /** Meetings held at the current stage, and in all. */
  meetingsAtStage: number;
  meetings: number;
  /** m_p, mean position of the last meeting's attendees; null before the first meeting. */
  acquis: Float64Array | null;
};

type Dynamics = Scenario["dynamics"];

/**
 * The dynamics of a run: the scenario's `dynamics` as validated, every field under the schema's
 * name, meaning and default (src/scenario/schema.ts), so that a parameter added to the schema
 * reaches the mechanisms as it is; resolved where the engine needs it: trust's `initial` folded
 * into `sameRegion` and `otherRegion`, the civil-society position as a vector.
 */
export type Params = Omit<Dynamics, "trust" | "civilSociety"> & {
  trust: Omit<Dynamics["trust"], "initial" | "sameRegion" | "otherRegion"> & {
    /** T⁰ between states of one region, and of different regions. */
    sameRegion: number;
    otherRegion: number;
  };
  civilSociety: Omit<Dynamics["civilSociety"], "position"> & {
    /** v, the NGOs' position (length D). */
    position: Float64Array;
  };
};

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
  /**
   * b, the best practice of this meeting (length D). Read it through `meetingBest`: at the
   * opening it is still to be computed as the attendees' mean (`bestReady` false), which only a
   * meeting that asks for it pays for. The mechanisms that ask all run before any mechanism moves
   * positions, so the mean is the attendees' mean at the opening.
   */
  best: Float64Array;
  /** false while `best` is still to be computed as the attendees' mean; absent: `best` is as given. */
  bestReady?: boolean;
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

/** See `World.grownPairs`. */
export interface GrownPairs {
  at: Int32Array;
  mirror: Int32Array;
  base: Float64Array;
  count: number;
  listed: Uint8Array;
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
  /**
   * The pairs i < j whose trust has grown at a meeting, in the order they first did, so that
   * trust decay visits them and not all N² (every other pair is at T⁰, which decay leaves as it
   * is): the first `count` entries of `at` (i·N + j), `mirror` (j·N + i) and `base` (T⁰_ij);
   * `listed` marks them by i·N + j. Null when trust cannot grow. Whatever changes T must list
   * the pair here (`growTrust` in trust.ts does).
   */
  grownPairs: GrownPairs | null;
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
