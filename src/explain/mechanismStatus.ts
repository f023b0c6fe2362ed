/**
 * Which mechanisms a scenario switches on, and which a zero switches off, in words: the
 * "here" of every mechanism in `rcmp explain`. A mechanism whose rate is zero is reported as
 * `off (rate 0)` (other zeros name their parameter: `off (strength 0)`, `off (noise 0)`).
 */
import type {Facilitator, Process, Scenario} from "../scenario/schema.js";
import {mechanisms, type MechanismName} from "../model/mechanisms.js";
import type {Mechanism} from "../model/mechanism.js";
import {applyOverrides} from "../scenario/overrides.js";
import {agendaController} from "../model/agendaControl.js";
import {resolveIds, type Population} from "./population.js";
import {code, num, range, sentenceList} from "./format.js";

/** Statuses written for a mechanism in particular, with the scenario's numbers; the others get `genericStatus`. */
const detailed: Partial<Record<MechanismName, (s: Scenario, pop: Population) => string>> = {
  events: (s) => (s.events.length === 0 ? "off (no events)" : `${s.events.length} event${s.events.length > 1 ? "s" : ""}`),
  meetings: (s) => (s.processes.length === 0 ? "off (no processes)" : `${s.processes.length} process${s.processes.length > 1 ? "es" : ""}`),
  attendance: attendanceStatus,
  bestPractice: bestPracticeStatus,
  funderSteering: funderSteeringStatus,
  agenda: agendaStatus,
  agendaControl: agendaControlStatus,
  capacityBuilding: (s) => facilitatorRateStatus(s, "capacityRate", "α"),
  dialogue: dialogueStatus,
  civilSociety: civilSocietyStatus,
  trust: trustStatus,
  acquis: stagesStatus,
  clearingHouse: (s) => facilitatorRateStatus(s, "clearingHouse", "κ"),
  trustDecay: trustDecayStatus,
  domesticPolitics: domesticStatus
};

/**
 * The status of each mechanism of the registry, keyed by name (plus `agendaControllers`, the
 * long form of who controls each agenda, used where space allows).
 */
export function mechanismStatus(s: Scenario, pop: Population): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of mechanisms as readonly Mechanism[]) out[m.name] = detailed[m.name as MechanismName]?.(s, pop) ?? genericStatus(s, m);
  out.agendaControllers = agendaControllers(s, pop);
  return out;
}

/**
 * A mechanism's status from the registry alone: `off (<what turns it off>)` when the scenario is
 * already at the mechanism's `offSettings` (applying them changes nothing), else `on`.
 */
export function genericStatus(s: Scenario, m: Mechanism): string {
  if (m.offSettings === undefined) return "on";
  const turnedOff = structuredClone(s) as unknown as Record<string, unknown>;
  try {
    applyOverrides(turnedOff, Object.entries(m.offSettings).map(([path, value]) => ({path, value})));
  } catch {
    return "on"; // a path this scenario does not have (no listed states, say): parameters cannot tell
  }
  return JSON.stringify(turnedOff) === JSON.stringify(s) ? `off (${m.off.replace(/`/g, "")})` : "on";
}

const facilitatorOf = (s: Scenario, p: Process): Facilitator | undefined => s.facilitators.find((f) => f.id === p.facilitator);

function attendanceStatus(s: Scenario): string {
  const partial = s.processes.filter((p) => p.attendance < 1);
  if (partial.length === 0) return "everyone attends (attendance 1)";
  return `random: ${partial.map((p) => `${code(p.id)} ${num(p.attendance)}`).join(", ")}`;
}

/** Capacity building or clearing house: on per facilitator that runs a process, `off (rate 0)` where its rate is 0. */
function facilitatorRateStatus(s: Scenario, key: "capacityRate" | "clearingHouse", symbol: string): string {
  const used = s.facilitators.filter((f) => s.processes.some((p) => p.facilitator === f.id));
  if (used.length === 0) return "off (no process has a facilitator)";
  if (used.every((f) => f[key] === 0)) return "off (rate 0)";
  const parts = used.map((f) => (f[key] === 0 ? `${code(f.id)} off (rate 0)` : `${code(f.id)} ${symbol} = ${num(f[key])}`));
  const bare = s.processes.filter((p) => p.facilitator === undefined).map((p) => code(p.id));
  return `on: ${parts.join("; ")}${bare.length > 0 ? `; none in ${sentenceList(bare)} (no facilitator)` : ""}`;
}

/** Per facilitator in use: where b comes from, naming the dimensions where it falls back to the attendees' mean. */
function bestPracticeStatus(s: Scenario): string {
  const parts = s.facilitators
    .filter((f) => s.processes.some((p) => p.facilitator === f.id))
    .map((f) => {
      const bp = f.bestPractice;
      if (bp !== "standard") return `${code(f.id)} ${"exemplars" in bp ? "exemplars' mean" : "a fixed vector"}`;
      const none = s.dimensions.filter((d) => d.standard === undefined).map((d) => d.id);
      if (none.length === 0) return `${code(f.id)} the standards`;
      return `${code(f.id)} the standards, and the attendees' mean on ${none.join(", ")} (there capacity building pulls attendees toward each other)`;
    });
  const bare = s.processes.filter((p) => p.facilitator === undefined).map((p) => code(p.id));
  if (bare.length > 0) parts.push(`the attendees' mean in ${sentenceList(bare)} (no facilitator)`);
  return parts.join("; ");
}

function funderSteeringStatus(s: Scenario): string {
  const on = s.processes.filter((p) => (facilitatorOf(s, p)?.funderSteering ?? 0) > 0 && p.funders.length > 0);
  if (on.length > 0) {
    return `on in ${on.map((p) => `${code(p.id)} (φ = ${num(facilitatorOf(s, p)!.funderSteering)}, funders ${p.funders.join(", ")})`).join(", ")}`;
  }
  const used = s.facilitators.filter((f) => s.processes.some((p) => p.facilitator === f.id));
  if (used.length > 0 && used.every((f) => f.funderSteering === 0)) return "off (rate 0)";
  return "off (no process has both funders and a facilitator with funderSteering > 0)";
}

function agendaStatus(s: Scenario): string {
  const d = s.dimensions.length;
  const drawn = s.processes.filter((p) => p.agendaSize !== undefined && p.agendaSize < (p.topics?.length ?? d));
  if (drawn.length === 0) return "every allowed topic at every meeting";
  return `drawn in ${drawn.map((p) => `${code(p.id)} (${p.agendaSize} of ${p.topics?.length ?? d})`).join(", ")}`;
}

function agendaControlStatus(s: Scenario): string {
  const {strength, threshold} = s.dynamics.agendaControl;
  return strength === 0 ? "off (strength 0)" : `on: strength ${num(strength)}, threshold θ = ${num(threshold)}`;
}

/** Who would control each process's agenda with everyone present (empty when agenda control is off). */
function agendaControllers(s: Scenario, pop: Population): string {
  if (s.dynamics.agendaControl.strength === 0) return "";
  return `controller when everyone attends: ${s.processes.map((p) => `${code(p.id)} ${controllerText(p, pop)}`).join(", ")}`;
}

/** Who controls a process's agenda when everyone attends, by the engine's own rule (`agendaController`). */
function controllerText(p: Process, pop: Population): string {
  const inRoom = new Set(resolveIds(pop, [...p.members, ...p.observers]));
  const attendees = pop.ids.flatMap((id, i) => (inRoom.has(id) ? [i] : []));
  const funders = p.funders.map((id) => pop.ids.indexOf(id));
  const h = agendaController(funders, attendees, pop.power);
  if (h < 0) return "nobody";
  return `${pop.ids[h]} (${funders.includes(h) ? "funder" : "strongest attendee"})`;
}

function dialogueStatus(s: Scenario): string {
  const {mode, rate, confidence, encounters} = s.dynamics.dialogue;
  if (rate === 0) return "off (rate 0)";
  if (mode === "pairwise" && encounters === 0) return "off (encounters 0)";
  const hearing = confidence >= 1 ? "everyone hears everyone (ε ≥ 1)" : `bounded confidence ε = ${num(confidence)}`;
  return `on: ${mode}, μ = ${num(rate)}, ${hearing}`;
}

function civilSocietyStatus(s: Scenario): string {
  if (s.dynamics.civilSociety.rate === 0) return "off (rate 0)";
  const open = s.processes.filter((p) => p.ngo > 0).map((p) => `${code(p.id)} q = ${num(p.ngo)}`);
  const later = s.events.filter((e) => (e.process?.ngo ?? 0) > 0).map((e) => code(e.process!.id));
  if (open.length === 0 && later.length === 0) return "off (ngo 0 in every process)";
  const from = later.length > 0 ? `; events open ${sentenceList([...new Set(later)])} later` : "";
  return `on: ν = ${num(s.dynamics.civilSociety.rate)}; ${open.length > 0 ? open.join(", ") : "no process at the start"}${from}`;
}

function stagesStatus(s: Scenario): string {
  const effect = s.dynamics.stages.effect;
  if (effect.every((e) => e === 1)) return "acquis on; stages are counted but change nothing (every stage effect is 1)";
  return `acquis on; stage effects ${effect.map(num).join(", ")} at stages 1-4`;
}

function trustStatus(s: Scenario): string {
  const {gain, weight} = s.dynamics.trust;
  const grows = gain === 0 ? "off (rate 0): trust stays at T⁰" : `on: g = ${num(gain)}`;
  return weight === 0 ? `${grows}; trust does not enter learning (weight 0)` : `${grows}; enters learning as T^${num(weight)}`;
}

function trustDecayStatus(s: Scenario): string {
  const {decay, gain} = s.dynamics.trust;
  if (decay === 0) return "off (rate 0)";
  if (gain === 0) return `δ = ${num(decay)}, but trust never grows (gain 0), so there is nothing to decay`;
  return `on: δ = ${num(decay)}`;
}

function domesticStatus(s: Scenario, pop: Population): string {
  const pull = pop.stubbornness.some((l) => l > 0) ? `pull λ ${range(pop.stubbornness)}` : "pull off (stubbornness 0 for every state)";
  const noise = s.dynamics.domestic.noise === 0 ? "no noise (noise 0)" : `noise σ = ${num(s.dynamics.domestic.noise)}`;
  return `${pull}; ${noise}; positions clipped to [0, 1]`;
}
