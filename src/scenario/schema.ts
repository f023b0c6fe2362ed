/**
 * The scenario schema: one run's world, with every default the model uses.
 *
 * Defaults live here and nowhere else. Times (`founded`, `ends`, `at`) are years when the
 * scenario has a `calendar`, ticks otherwise; `{tick: n}` is always a tick. Dimension values
 * are a map `{dimId: value}` (with `"*"` as the value for dimensions not named) or an array in
 * dimension order.
 */
import {z} from "zod";
import {maxSegmentLength, pathSegmentProblem} from "./pathSegment.js";
import {question} from "./question.js";

const unit = z.number().min(0).max(1);
/** Longest id of a state, dimension, process or facilitator, in characters. */
export const maxIdLength = 200;
const id = z.string().min(1).max(maxIdLength).regex(/^[A-Za-z0-9_.:-]+$/, "expected an id of letters, digits and _ . : -");
/**
 * The scenario's own id: it names its results folder (`results/<id>/`), so it must be a safe
 * path segment everywhere: letters, digits, `_`, `-` and `.` (not first or last), at most 100
 * characters, not a Windows device name.
 */
const scenarioIdPattern = /^[A-Za-z0-9_-]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
export const scenarioId = z.string().min(1).max(maxSegmentLength).regex(scenarioIdPattern, "expected an id of letters, digits, _ and - (and . inside): it names the results folder")
  .superRefine((value, ctx) => {
    // What the pattern and the length leave to check: the reserved device names.
    const problem = scenarioIdPattern.test(value) && value.length <= maxSegmentLength ? pathSegmentProblem(value) : undefined;
    if (problem !== undefined) ctx.addIssue({code: "custom", message: `cannot name a results folder: it ${problem}`});
  });
/** A state id in a membership list, or `"*"` for every state. */
const memberRef = z.string().min(1).regex(/^(\*|[A-Za-z0-9_.:-]+)$/, 'expected a state id, or "*" for every state');

/** A value per dimension: `{dimId: v, "*": default}` or `[v0, v1, ...]` in dimension order. */
export const dimValues = z.union([z.record(z.string(), unit), z.array(unit)]);
/** Non-negative weights per dimension, as a map or a list (agenda emphasis). */
export const dimWeights = z.union([z.record(z.string(), z.number().min(0).max(1000)), z.array(z.number().min(0).max(1000))]);
/** Like {@link dimValues} but in [-1, 1]: used for additive shifts. */
export const dimShifts = z.union([z.record(z.string(), z.number().min(-1).max(1)), z.array(z.number().min(-1).max(1))]);

/** A point in time: a year (with a calendar) or a tick (without), or `{tick}` explicitly. */
export const time = z.union([z.number(), z.strictObject({tick: z.number().int()})]);

export const dimension = z.strictObject({
  id,
  label: z.string().optional(),
  low: z.string().optional(),
  high: z.string().optional(),
  /** International standard in [0,1], the target of `toStandard` and of `bestPractice: standard`. */
  standard: unit.optional()
});

export const state = z.strictObject({
  id,
  name: z.string().optional(),
  region: z.string().default("world"),
  /** Power p_i > 0 (an economic measure); weights influence as p^hegemonBias. */
  power: z.number().positive().finite().default(1),
  /** Domestic ideal u_i, the point domestic politics pulls back to. */
  ideal: dimValues,
  /** Starting policy x_i(0); defaults to the ideal. */
  initial: dimValues.optional(),
  /** λ_i: share of the gap to the ideal closed each tick by domestic politics. */
  stubbornness: unit.default(0),
  /** o_i: how much the state takes from meetings, in [0,1]. */
  openness: unit.default(1)
});

const distribution = z.discriminatedUnion("dist", [
  z.strictObject({dist: z.literal("uniform"), min: unit.default(0), max: unit.default(1)}),
  z.strictObject({dist: z.literal("beta"), a: z.number().positive(), b: z.number().positive()}),
  z.strictObject({dist: z.literal("constant"), value: unit})
]);
const powerDistribution = z.discriminatedUnion("dist", [
  z.strictObject({dist: z.literal("constant"), value: z.number().positive().default(1)}),
  z.strictObject({dist: z.literal("pareto"), alpha: z.number().positive(), min: z.number().positive().default(1)})
]);

/** Synthetic states: `count` states with ideals and power drawn from the run's seed. */
export const generate = z.strictObject({
  count: z.number().int().min(1).max(100_000),
  prefix: z.string().max(50).default("S"),
  regions: z.array(z.string()).min(1).default(["world"]),
  ideal: distribution.default({dist: "uniform", min: 0, max: 1}),
  power: powerDistribution.default({dist: "constant", value: 1}),
  /** λ for every state, or drawn per state from a distribution. */
  stubbornness: z.union([unit, distribution]).default(0),
  openness: unit.default(1)
});

export const bestPractice = z.union([
  z.literal("standard"),
  z.strictObject({exemplars: z.array(id).min(1)}),
  z.strictObject({vector: dimValues})
]);

export const facilitator = z.strictObject({
  id,
  name: z.string().optional(),
  /** Where best practice comes from: the dimensions' standards, exemplar states' mean, or a vector. */
  bestPractice: bestPractice.default("standard"),
  /** e_f,d: weight of each dimension when the agenda is sampled. */
  emphasis: dimWeights.default({"*": 1}),
  /** α_f: capacity building, share of the gap to best practice closed per meeting. */
  capacityRate: unit.default(0).describe("α: share of the gap to best practice that training closes per meeting (0 = no capacity building)"),
  /** κ_f: clearing house, pull of members toward the process acquis each tick. */
  clearingHouse: unit.default(0),
  /** φ_f: how far funders steer best practice toward their own ideals. */
  funderSteering: unit.default(0)
});

export const process = z.strictObject({
  id,
  name: z.string().optional(),
  members: z.array(memberRef).min(1, "a process needs at least one member"),
  observers: z.array(memberRef).default([]),
  facilitator: id.optional(),
  funders: z.array(id).default([]),
  founded: time.default({tick: 0}),
  ends: time.optional(),
  /** Ticks between meetings. */
  meetEvery: z.number().int().min(1).default(1),
  /** Topics per meeting; all allowed topics when absent. */
  agendaSize: z.number().int().min(1).optional(),
  /** Dimension ids the process may discuss; all when absent. */
  topics: z.array(id).min(1).optional(),
  /** Probability that each member or observer attends a meeting. */
  attendance: unit.default(1).describe("probability that each member or observer attends a meeting (0 = nobody comes and the process does not meet)"),
  /** q_p: civil-society (NGO) participation. */
  ngo: unit.default(0).describe("q: NGO participation in the process's meetings, scaling civil society's pull (0 = government-only)"),
  /** Klekowski von Koppenfels stage at the start, 1..4. */
  stage: z.number().int().min(1).max(4).default(1)
});

const stateIds = z.array(id).min(1);
export const event = z.strictObject({
  at: time,
  /** Additive shift of some states' ideals (and optionally current positions), clipped to [0,1]. */
  shift: z.strictObject({
    states: z.union([z.literal("all"), stateIds, z.strictObject({region: z.string()})]),
    ideal: dimShifts.optional(),
    position: dimShifts.optional()
  }).optional(),
  /** A change to a process. */
  process: z.strictObject({
    id,
    join: z.array(id).optional(),
    leave: z.array(id).optional(),
    observe: z.array(id).optional(),
    ngo: unit.optional(),
    meetEvery: z.number().int().min(1).optional(),
    attendance: unit.optional(),
    end: z.boolean().optional()
  }).optional()
});

export const dynamics = z.strictObject({
  dialogue: z.strictObject({
    mode: z.enum(["averaging", "pairwise"]).default("averaging"),
    /** μ: share of the gap to the (weighted) neighbours closed per meeting. */
    rate: unit.default(0.3),
    /** ε: bounded confidence; only those within this distance (RMS over the agenda) are heard. */
    confidence: z.number().min(0).default(1).describe("ε: bounded confidence; only states within this distance (RMS over the agenda) are heard (1 or more: everyone hears everyone)"),
    /** Pairwise mode: encounters per attendee per meeting (at most 1,000). */
    encounters: z.number().min(0).max(1000).default(1)
  }).prefault({}),
  /** h: influence weight is power^h; 0 = equal voice. */
  hegemonBias: z.number().min(0).max(50).default(0).describe("h: a state's voice in dialogue weighs power^h (0 = equal voice; higher = the powerful count for more)"),
  agendaControl: z.strictObject({
    threshold: unit.default(0.2),
    strength: z.number().min(0).default(0).describe("how often the most powerful funder present keeps a topic it disagrees on off the agenda: probability strength × its power share (0 = off)")
  }).prefault({}),
  trust: z.strictObject({
    /** T⁰ for every pair (1 with gain 0: trust off); `sameRegion`/`otherRegion` override it. */
    initial: unit.default(1),
    sameRegion: unit.optional(),
    otherRegion: unit.optional(),
    gain: unit.default(0).describe("g: share of the gap to full trust closed between every pair of attendees at each meeting (0 = trust does not grow)"),
    decay: unit.default(0),
    /** τ: trust enters learning as T^τ; 0 turns trust off. */
    weight: z.number().min(0).default(1).describe("τ: trust scales learning as T^τ (0 = trust plays no part)")
  }).prefault({}),
  domestic: z.strictObject({noise: z.number().min(0).max(1).default(0)}).prefault({}),
  civilSociety: z.strictObject({
    position: dimValues.default({"*": 0.5}),
    rate: unit.default(0).describe("ν: how far NGOs at the table pull attendees toward the civil-society position per meeting, times the process's ngo (0 = off)")
  }).prefault({}),
  /** Multiplies observers' weight as sources in dialogue. */
  observerWeight: z.number().min(0).default(1),
  stages: z.strictObject({
    /** Meetings at a stage before it may rise. */
    meetings: z.number().int().min(1).default(4),
    /** Mean member trust needed to rise from stage 1, 2, 3. */
    trust: z.array(unit).length(3).default([0.4, 0.55, 0.7]),
    /** e_s: multiplier of capacity building and dialogue at stages 1..4. */
    effect: z.array(z.number().min(0).max(5)).length(4).default([1, 1, 1, 1])
  }).prefault({})
}).prefault({});

export const metrics = z.strictObject({
  /**
   * Single-linkage gap for `clusters` (RMS distance over all dimensions): states are in one cluster
   * when a chain of steps of at most this length joins them. Default 0.1: well above the noise
   * floor of domestic politics (about σ/√λ ≈ 0.02 in the built-in RCMP scenarios), so that states
   * a tenth of the scale apart on average are told apart and jitter is not.
   */
  clusterGap: z.number().positive().default(0.1),
  /** A cluster is major when it holds at least max(2, ⌈this share⌉ of its group's) states (all of a one-state group). Default 0.05. */
  majorShare: unit.default(0.05),
  /** `convergedAt` is the first tick from which dispersion stays at or below this to the end (`firstBelow`: the first tick at or below it). Default 0.05. */
  convergedBelow: z.number().min(0).default(0.05),
  /** Record metrics every this many ticks (the first and last tick are always recorded). */
  every: z.number().int().min(1).default(1),
  /** Group metrics by region and by process as well as for all states. */
  groups: z.boolean().default(true),
  /** Stop early once no position moves more than this in a tick (0: never). */
  stopWhenStable: z.number().min(0).default(0)
}).prefault({});

export const scenario = z.strictObject({
  id: scenarioId,
  title: z.string().default(""),
  description: z.string().default(""),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).describe("the run's random seed: the same seed and settings give the same run"),
  ticks: z.number().int().min(0).max(10_000_000).default(100),
  calendar: z.strictObject({start: z.number(), perYear: z.number().int().min(1)}).optional(),
  dimensions: z.array(dimension).min(1),
  states: z.array(state).optional(),
  generate: generate.optional(),
  facilitators: z.array(facilitator).default([]),
  processes: z.array(process).default([]),
  hegemon: id.optional(),
  dynamics,
  events: z.array(event).default([]),
  metrics,
  /** A claim for `rcmp ask` to test (question scenarios only; see question.ts). */
  question: question.optional()
});

/** A scenario after validation, with every default filled in. */
export type Scenario = z.output<typeof scenario>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenario>;
export type Dimension = z.output<typeof dimension>;
export type State = z.output<typeof state>;
export type Facilitator = z.output<typeof facilitator>;
export type Process = z.output<typeof process>;
export type ScenarioEvent = z.output<typeof event>;
export type Time = z.output<typeof time>;
export type DimValues = z.output<typeof dimValues>;
