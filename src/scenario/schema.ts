/**
 * The scenario schema: one run's world, with every default the model uses.
 *
 * Defaults live here and nowhere else. Times (`founded`, `ends`, `at`) are years when the
 * scenario has a `calendar`, ticks otherwise; `{tick: n}` is always a tick. Dimension values
 * are a map `{dimId: value}` (with `"*"` as the value for dimensions not named) or an array in
 * dimension order.
 *
 * Each field's help is its `.describe()` text, and only there: `rcmp schema` writes it into the
 * JSON Schema (with the field's default appended), so editors show it on hover. Say what the
 * field is, its unit or range, and what its absence means; the default comes from `.default()`.
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
export const time = z.union([z.number(), z.strictObject({tick: z.number().int().describe("a tick (a whole number), whether or not the scenario has a calendar")})]);

export const dimension = z.strictObject({
  id: id.describe("the dimension's id, used in value maps ({asylum: 0.4}), topics and metric names (sd.asylum)"),
  label: z.string().optional().describe("readable name, for figures and `rcmp explain`; absent: the id"),
  low: z.string().optional().describe("what a position of 0 means, e.g. restrictive"),
  high: z.string().optional().describe("what a position of 1 means, e.g. protective"),
  standard: unit.optional().describe("international standard on this dimension, in [0, 1]: the target of the toStandard metric and of `bestPractice: standard`; absent: none")
});

export const state = z.strictObject({
  id: id.describe("the state's id, used in member lists, funders, exemplars, events and `--set states.<id>...`"),
  name: z.string().optional().describe("readable name; absent: the id"),
  region: z.string().default("world").describe("region name: metrics are also recorded per region (group region:<name>)"),
  power: z.number().positive().finite().default(1).describe("power p > 0, an economic measure (e.g. GDP in US$ billions); weighs influence in dialogue as p^hegemonBias"),
  ideal: dimValues.describe("domestic ideal u per dimension, in [0, 1]: the position domestic politics pulls back to"),
  initial: dimValues.optional().describe("starting position x(0) per dimension, in [0, 1]; absent: the ideal"),
  stubbornness: unit.default(0).describe("λ: share of the gap to the ideal that domestic politics closes each tick, in [0, 1]; 0: no pull back"),
  openness: unit.default(1).describe("o: how much the state takes from meetings and the clearing house, in [0, 1]; 0: nothing")
});

const distribution = z.discriminatedUnion("dist", [
  z.strictObject({dist: z.literal("uniform").describe("uniform between min and max"), min: unit.default(0).describe("lowest value, in [0, 1]"), max: unit.default(1).describe("highest value, in [0, 1]")}),
  z.strictObject({dist: z.literal("beta").describe("Beta(a, b) on [0, 1]"), a: z.number().positive().describe("Beta shape a > 0"), b: z.number().positive().describe("Beta shape b > 0")}),
  z.strictObject({dist: z.literal("constant").describe("the same value for every state"), value: unit.describe("the value, in [0, 1]")})
]);
const powerDistribution = z.discriminatedUnion("dist", [
  z.strictObject({dist: z.literal("constant").describe("the same power for every state"), value: z.number().positive().default(1).describe("the power, > 0")}),
  z.strictObject({dist: z.literal("pareto").describe("Pareto: p = min/(1 − U)^(1/alpha)"), alpha: z.number().positive().describe("Pareto shape α > 0 (smaller: more unequal)"), min: z.number().positive().default(1).describe("lowest power, > 0")})
]);

/** Synthetic states: `count` states with ideals and power drawn from the run's seed. */
export const generate = z.strictObject({
  count: z.number().int().min(1).max(100_000).describe("number of states, 1 to 100,000"),
  prefix: z.string().max(50).default("S").describe("id prefix: ids are the prefix and a zero-padded number (S0001, S0002, ...)"),
  regions: z.array(z.string()).min(1).default(["world"]).describe("region names, assigned to the states in turn"),
  ideal: distribution.default({dist: "uniform", min: 0, max: 1}).describe("distribution of every ideal value (each state and dimension drawn alone), in [0, 1]; positions start at the ideals"),
  power: powerDistribution.default({dist: "constant", value: 1}).describe("distribution of the states' power"),
  stubbornness: z.union([unit, distribution]).default(0).describe("λ for every state (a number in [0, 1]), or a distribution to draw it per state from"),
  openness: unit.default(1).describe("o for every state, in [0, 1]")
});

export const bestPractice = z.union([
  z.literal("standard"),
  z.strictObject({exemplars: z.array(id).min(1).describe("ids of the exemplar states: best practice is their mean current position")}),
  z.strictObject({vector: dimValues.describe("best practice per dimension, in [0, 1]")})
]);

export const facilitator = z.strictObject({
  id: id.describe("the facilitator's id, named by processes"),
  name: z.string().optional().describe("readable name; absent: the id"),
  bestPractice: bestPractice.default("standard").describe("where best practice comes from: `standard` (the dimensions' standards), {exemplars: [state ids]} (their mean position) or {vector: values}"),
  emphasis: dimWeights.default({"*": 1}).describe("weight of each dimension (0 to 1000) when a meeting's agenda is drawn"),
  capacityRate: unit.default(0).describe("α: share of the gap to best practice that training closes per meeting, in [0, 1] (0 = no capacity building)"),
  clearingHouse: unit.default(0).describe("κ: clearing house, share of the gap to the process's acquis that members close each tick, in [0, 1]; 0: none"),
  funderSteering: unit.default(0).describe("φ: how far the funders' power-weighted mean ideal replaces best practice, in [0, 1]; 0: no steering")
});

export const process = z.strictObject({
  id: id.describe("the process's id, used in events, metric groups (process:<id>) and `--set processes.<id>...`"),
  name: z.string().optional().describe("readable name; absent: the id"),
  members: z.array(memberRef).min(1, "a process needs at least one member").describe("ids of the member states, or [\"*\"] for every state"),
  observers: z.array(memberRef).default([]).describe("ids of observer states: they attend and learn; their weight as sources is multiplied by dynamics.observerWeight"),
  facilitator: id.optional().describe("id of the facilitator that trains toward best practice and runs the clearing house; absent: none"),
  funders: z.array(id).default([]).describe("ids of the funding states: they steer best practice (funderSteering) and the most powerful one present controls the agenda"),
  founded: time.default({tick: 0}).describe("first meeting: a year with a calendar, else a tick (or {tick: n})"),
  ends: time.optional().describe("no meetings from this time on (a year with a calendar, else a tick); absent: never ends"),
  meetEvery: z.number().int().min(1).default(1).describe("ticks between meetings (4 with a quarterly calendar: once a year)"),
  agendaSize: z.number().int().min(1).optional().describe("topics per meeting, drawn by emphasis and disagreement; absent: every allowed topic"),
  topics: z.array(id).min(1).optional().describe("ids of the dimensions the process may discuss; absent: all"),
  attendance: unit.default(1).describe("probability that each member or observer attends a meeting, in [0, 1] (0 = nobody comes and the process does not meet)"),
  ngo: unit.default(0).describe("q: NGO participation in the process's meetings, in [0, 1], scaling civil society's pull toward dynamics.civilSociety.position (0 = government-only)"),
  stage: z.number().int().min(1).max(4).default(1).describe("Klekowski von Koppenfels stage at the start, 1 to 4; rises with meetings and trust (dynamics.stages)")
});

const stateIds = z.array(id).min(1);
export const event = z.strictObject({
  at: time.describe("when: a year with a calendar (2001.75: the last quarter of 2001), else a tick (or {tick: n})"),
  label: z.string().max(60).optional().describe("a few words naming the event in figures, e.g. 9/11; absent: made from what it does (control +0.15)"),
  shift: z.strictObject({
    states: z.union([z.literal("all"), stateIds, z.strictObject({region: z.string().describe("every state of this region")})]).describe("whose ideals shift: `all`, a list of state ids, or {region: name}"),
    ideal: dimShifts.optional().describe("amount added to each named dimension of the ideals, in [−1, 1]; the result is clipped to [0, 1]"),
    position: dimShifts.optional().describe("amount added to the current positions too, in [−1, 1]; absent: positions follow only through domestic politics")
  }).optional().describe("an additive shift of some states' ideals (and optionally positions), e.g. a securitisation shock"),
  process: z.strictObject({
    id: id.describe("id of the process to change"),
    join: z.array(id).optional().describe("state ids that become members"),
    leave: z.array(id).optional().describe("state ids that leave (as members or observers)"),
    observe: z.array(id).optional().describe("state ids that become observers"),
    ngo: unit.optional().describe("new civil-society participation q, in [0, 1]"),
    meetEvery: z.number().int().min(1).optional().describe("new ticks between meetings"),
    attendance: unit.optional().describe("new attendance probability, in [0, 1]"),
    end: z.boolean().optional().describe("true: the process meets no more")
  }).optional().describe("a change to a process")
});

export const dynamics = z.strictObject({
  dialogue: z.strictObject({
    mode: z.enum(["averaging", "pairwise"]).default("averaging").describe("`averaging`: every attendee moves at once toward its weighted neighbours (DeGroot, Hegselmann–Krause); `pairwise`: random pairs in turn (Deffuant–Weisbuch)"),
    rate: unit.default(0.3).describe("μ: share of the gap to the (weighted) neighbours closed per meeting, in [0, 1]; 0: no dialogue"),
    confidence: z.number().min(0).default(1).describe("ε: bounded confidence; only states within this distance (RMS over the agenda's dimensions) are heard (1 or more: everyone hears everyone)"),
    encounters: z.number().min(0).max(1000).default(1).describe("pairwise mode: encounters per attendee per meeting, at most 1,000")
  }).prefault({}).describe("how officials learn from each other at meetings"),
  hegemonBias: z.number().min(0).max(50).default(0).describe("h: a state's voice in dialogue weighs power^h, 0 to 50 (0 = equal voice; higher = the powerful count for more)"),
  agendaControl: z.strictObject({
    threshold: unit.default(0.2).describe("θ: a topic is at risk when the controller's ideal is further than this from best practice, in [0, 1]"),
    strength: z.number().min(0).default(0).describe("how often the most powerful funder present keeps a topic it disagrees on (beyond threshold) off the agenda: probability min(1, strength × its power share) (0 = off)")
  }).prefault({}).describe("the most powerful funder present (else attendee) keeps topics off the agenda"),
  trust: z.strictObject({
    initial: unit.default(1).describe("T⁰: starting trust of every pair, in [0, 1] (1 with gain 0: trust plays no part)"),
    sameRegion: unit.optional().describe("T⁰ of pairs in one region, in [0, 1]; absent: initial"),
    otherRegion: unit.optional().describe("T⁰ of pairs of different regions, in [0, 1]; absent: initial"),
    gain: unit.default(0).describe("g: share of the gap to full trust closed between every pair of attendees at each meeting, in [0, 1] (0 = trust does not grow)"),
    decay: unit.default(0).describe("δ: share of the gap back to T⁰ that trust loses each tick, in [0, 1]"),
    weight: z.number().min(0).default(1).describe("τ: trust scales learning as T^τ (0 = trust plays no part)")
  }).prefault({}).describe("trust between officials: grows at meetings, decays between them"),
  domestic: z.strictObject({
    noise: z.number().min(0).max(1).default(0).describe("σ: standard deviation of the domestic noise added to each position each tick, 0 to 1")
  }).prefault({}).describe("domestic politics (its pull is each state's stubbornness)"),
  civilSociety: z.strictObject({
    position: dimValues.default({"*": 0.5}).describe("v: the position NGOs push toward, per dimension, in [0, 1]"),
    rate: unit.default(0).describe("ν: how far NGOs at the table pull attendees toward the civil-society position per meeting, in [0, 1], times the process's ngo (0 = off)")
  }).prefault({}).describe("civil society at meetings where processes let NGOs in"),
  observerWeight: z.number().min(0).default(1).describe("multiplies observers' weight as sources in dialogue; 0: observers learn but are not heard"),
  stages: z.strictObject({
    meetings: z.number().int().min(1).default(4).describe("meetings held at a stage before it may rise"),
    trust: z.array(unit).length(3).default([0.4, 0.55, 0.7]).describe("mean member trust needed to rise from stage 1, 2 and 3, each in [0, 1]"),
    effect: z.array(z.number().min(0).max(5)).length(4).default([1, 1, 1, 1]).describe("e: multiplier of capacity building and dialogue at stages 1 to 4, each 0 to 5")
  }).prefault({}).describe("the processes' stages (Klekowski von Koppenfels)")
}).prefault({});

export const metrics = z.strictObject({
  clusterGap: z.number().positive().default(0.1).describe("single-linkage gap for `clusters` (RMS distance over all dimensions): states joined by a chain of steps at most this long are one cluster; 0.1 is well above the noise floor of domestic politics (about σ/√λ ≈ 0.02 in the built-in RCMP scenarios), so that states a tenth of the scale apart are told apart and jitter is not"),
  majorShare: unit.default(0.05).describe("a cluster is major when it holds at least max(2, ⌈this share⌉ of its group's) states (all of a one-state group), in [0, 1]"),
  convergedBelow: z.number().min(0).default(0.05).describe("`convergedAt` is the first tick from which dispersion stays at or below this to the end (`firstBelow`: the first tick at or below it)"),
  every: z.number().int().min(1).default(1).describe("record metrics every this many ticks (the first and last tick are always recorded)"),
  groups: z.boolean().default(true).describe("record metrics per region and per process as well as for all states"),
  stopWhenStable: z.number().min(0).default(0).describe("stop early once no position moves more than this in a tick; 0: never")
}).prefault({});

/**
 * What a run's figures show: the scenario's headline metrics (the ones its question asks
 * about), the groups drawn beside all states, and the dimension of the positions figure.
 */
export const figures = z.strictObject({
  metrics: z.array(z.string().min(1)).min(1).max(6).optional()
    .describe("metrics of the convergence figure, one panel each, in this order (e.g. [betweenRegion, withinRegion]); absent: the question's metric (with a question block), dispersion, toStandard (with a standard) and toHegemon"),
  groups: z.union([z.enum(["regions", "processes", "all-only"]), z.array(z.string().min(1)).min(1)]).optional()
    .describe("groups drawn beside all states: regions, processes, all-only, or a list such as [process:carib]; absent: the question's group (when not all), else regions"),
  dimension: id.optional().describe("id of the dimension of the positions figure (states over time); absent: the first dimension a figure metric names (sd.return: return), else the first dimension")
});

export const scenario = z.strictObject({
  id: scenarioId.describe("the scenario's id: it names the results folder (results/<id>/), so letters, digits, _ and - (and . inside), at most 100 characters"),
  title: z.string().default("").describe("a title for figures and the run's headline; empty: the id"),
  description: z.string().default("").describe("free text about the scenario"),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).describe("the run's random seed, 0 to 2³²−1: the same seed and settings give the same run, byte for byte (`rcmp run --seed` overrides it)"),
  ticks: z.number().int().min(0).max(10_000_000).default(100).describe("ticks to run (`rcmp run --ticks` overrides it)"),
  calendar: z.strictObject({
    start: z.number().describe("the year of tick 0"),
    perYear: z.number().int().min(1).describe("ticks per year (4: quarters)")
  }).optional().describe("maps ticks to years, so that times in the file are years; absent: times are ticks"),
  dimensions: z.array(dimension).min(1).describe("the policy dimensions; every position is in [0, 1] on each"),
  states: z.array(state).optional().describe("the states (or `generate` for synthetic ones)"),
  generate: generate.optional().describe("synthetic states drawn from the seed, instead of `states`"),
  facilitators: z.array(facilitator).default([]).describe("the facilitating organisations (IOM, UNHCR, ICMPD, ...)"),
  processes: z.array(process).default([]).describe("the regional consultative processes"),
  hegemon: id.optional().describe("id of the state whose distance the toHegemon metric measures; absent: the most powerful state"),
  dynamics: dynamics.describe("the mechanisms' parameters"),
  events: z.array(event).default([]).describe("shifts of ideals and changes of processes at given times"),
  metrics: metrics.describe("what is recorded, and when a run stops"),
  figures: figures.optional().describe("what a run's figures show; absent: the default metrics, by region"),
  question: question.optional().describe("a claim for `rcmp ask` to test (question scenarios only): two variants compared on one metric")
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
export type Figures = z.output<typeof figures>;
export type DimValues = z.output<typeof dimValues>;
