/**
 * ODD+D part I, Overview: purpose; entities, state variables and scales; process overview
 * and scheduling (generated from the engine's own lists of mechanisms, in their order).
 */
import type {Scenario} from "../scenario/schema.js";
import {mechanisms} from "../model/mechanisms.js";
import type {Mechanism} from "../model/mechanism.js";
import type {Population} from "./population.js";
import {dimensionsTable, facilitatorsTable, membershipList, processesTable, regionsTable} from "./entities.js";
import {code, num, round, tickLabel} from "./format.js";

/** I.i Purpose. */
export function purpose(s: Scenario, pop: Population): string {
  const what = s.description ? `${s.description}\n\n` : "";
  return `### I.i Purpose

${what}The model asks how states' migration policies converge, or fail to, through Regional Consultative Migration Processes (RCMPs): informal, non-binding, government-only forums whose small secretariats, run by facilitating organisations, train officials on international standards and spread "best practices", build personal contacts and trust, and are steered by their principal funders, while domestic politics pulls each state back toward its own interests (Thouez and Channac 2005). It asks whether the multiplication of processes fragments policy or makes it converge, within and between regions; whether policy converges toward the mean, toward international standards or toward the hegemon; and how much capacity building, dialogue and trust, agenda control, funding and civil-society inclusion each contribute.

This scenario holds ${pop.n} states in ${new Set(pop.regions).size} region${new Set(pop.regions).size > 1 ? "s" : ""}, ${s.processes.length} process${s.processes.length === 1 ? "" : "es"}, ${s.facilitators.length} facilitator${s.facilitators.length === 1 ? "" : "s"} and ${s.dimensions.length} policy dimension${s.dimensions.length > 1 ? "s" : ""}, run for ${s.ticks} ticks.`;
}

/** I.ii Entities, state variables and scales. */
export function entities(s: Scenario, pop: Population): string {
  const hegemon = `${code(pop.ids[pop.hegemon])} (${s.hegemon !== undefined ? "named in the scenario" : "the most powerful state"}, power ${pop.generated ? round(pop.power[pop.hegemon], 4) : num(pop.power[pop.hegemon])})`;
  const states = pop.generated
    ? `${pop.n} states are generated from the seed (${generatedText(s)}); the values below are those the run with seed ${s.seed} draws.`
    : `${pop.n} states are listed in the file; the engine holds them in id order, whatever the order of the file.`;
  return `### I.ii Entities, state variables and scales

**Policy dimensions.** Each state's policy is a point x_i in [0, 1]^${pop.d}, one coordinate per dimension:

${dimensionsTable(s)}

**States.** ${states} Each state has a region, a power p_i > 0 (weight in dialogue p_i^h, share of the room in agenda control), a domestic ideal u_i (moved only by events), a current position x_i, a stubbornness λ_i (pull back to the ideal per tick) and an openness o_i (how much it takes from meetings). The hegemon (for the metric toHegemon and the summary's hegemonPull) is ${hegemon}.

${regionsTable(pop)}

**Trust.** T_ij in [0, 1] between every pair of states (T_ii = 1), symmetric; an N×N array, or one constant when trust can never change.

**Facilitators.** Organisations that run the processes' secretariats: their best practice, agenda emphasis and rates.

${facilitatorsTable(s)}

**Processes.** Each holds members and observers (events may change them), a facilitator, funders, a meeting rhythm, an agenda size, an attendance probability, an NGO participation q_p, a stage (1-4, Klekowski von Koppenfels) and an acquis m_p (the attendees' mean position at its last meeting). "Meetings in run" counts the meetings scheduled at the start; events may change it.

${processesTable(s, pop)}

Members:

${membershipList(s, pop)}

**Scales.** ${scales(s)} There is no geographic space: regions are labels, used for starting trust and for the regional metrics.`;
}

function generatedText(s: Scenario): string {
  const g = s.generate!;
  const dist = (x: {dist: string} & Record<string, unknown>) =>
    `${x.dist}(${Object.entries(x).filter(([k]) => k !== "dist").map(([k, v]) => `${k} ${v}`).join(", ")})`;
  const lambda = typeof g.stubbornness === "number" ? num(g.stubbornness) : dist(g.stubbornness);
  return `ideals ${dist(g.ideal)} per dimension, power ${dist(g.power)}, stubbornness ${lambda}, openness ${num(g.openness)}, regions ${g.regions.join(", ")} in turn`;
}

function scales(s: Scenario): string {
  const c = s.calendar;
  if (c === undefined) return `Time is counted in ticks, without a calendar: ${s.ticks} ticks, from tick 0 to tick ${s.ticks}.`;
  const unit = c.perYear === 1 ? "a year" : c.perYear === 4 ? "a quarter" : c.perYear === 12 ? "a month" : `1/${c.perYear} of a year`;
  return `One tick is ${unit} (calendar start ${num(c.start)}, ${c.perYear} ticks a year). The run goes from ${tickLabel(0, c)} to ${tickLabel(s.ticks, c)}: ${s.ticks} steps, the last one the period beginning ${round(c.start + (s.ticks - 1) / c.perYear, 4)}. Times in the file (founded, ends, events) are years, rounded to the nearest tick.`;
}

/** I.iii Process overview and scheduling: one tick, in the engine's order (the registry of mechanisms). */
export function scheduling(s: Scenario, status: Record<string, string>): string {
  const line = (m: Mechanism) => {
    const extra = m.name === "agendaControl" && status.agendaControllers ? `; ${status.agendaControllers}` : "";
    return `**${m.title}** (${code(m.name)}): ${m.does}. *Here: ${status[m.name]}${extra}.*`;
  };
  const list: readonly Mechanism[] = mechanisms;
  const meeting = list.filter((m) => m.scope === "meeting");
  const tick = list.filter((m) => m.scope === "tick");
  const steps = tick.map((m, k) => {
    const sub = m.name === "meetings" ? `\n${meeting.map((x, j) => `   ${j + 1}. ${line(x)}`).join("\n")}` : "";
    return `${k + 1}. ${line(m)}${sub}`;
  });
  steps.push(`${tick.length + 1}. **Record** the metrics of the new tick (${recordWhen(s)}).`);
  return `### I.iii Process overview and scheduling

One step turns tick t into tick t + 1. Within it the mechanisms run in this order (the registry, src/model/mechanisms.ts), each on the positions the previous one left; within a mechanism, states are taken in id order and processes in scenario order.

${steps.join("\n")}`;
}

function recordWhen(s: Scenario): string {
  const every = s.metrics.every === 1 ? "every tick" : `every ${s.metrics.every} ticks, and the last`;
  const stop = s.metrics.stopWhenStable > 0 ? `; the run stops early once no position moves by as much as ${num(s.metrics.stopWhenStable)} in a tick` : "";
  return `tick 0, then ${every}${stop}`;
}
