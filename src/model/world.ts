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

export interface FacilitatorState {
  id: string;
  source: Source;
  /** e_f,d, agenda weight per dimension. */
  emphasis: Float64Array;
  /** α_f capacity building. */
  alpha: number;
  /** κ_f clearing house. */
  kappa: number;
  /** φ_f funder steering. */
  phi: number;
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

export interface Params {
  mode: "averaging" | "pairwise";
  /** μ dialogue rate. */
  rate: number;
  /** ε bounded confidence. */
  confidence: number;
  encounters: number;
  /** h hegemon bias. */
  hegemonBias: number;
  agendaThreshold: number;
  agendaStrength: number;
  trustGain: number;
  trustDecay: number;
  /** τ trust weight. */
  trustWeight: number;
  trustSame: number;
  trustOther: number;
  noise: number;
  civilPosition: Float64Array;
  civilRate: number;
  observerWeight: number;
  stageMeetings: number;
  stageTrust: number[];
  stageEffect: number[];
}

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
  /** Mechanisms left out of the step entirely (ablation; see `mechanismNames`). */
  skip: ReadonlySet<string>;
  /** Buffers each meeting works in (see scratch.ts). */
  scratch: Scratch;
}
