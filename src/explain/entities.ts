/**
 * ODD+D I.ii, entities and state variables: the policy dimensions with their standards, the
 * states by region with their power, the facilitators with their rates, the processes.
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector, toTick} from "../scenario/resolve.js";
import {byRegion, column, resolveIds, type Population} from "./population.js";
import {code, everyLabel, num, range, table, timeLabel} from "./format.js";

/** The dimensions table. */
export function dimensionsTable(s: Scenario): string {
  return table(
    ["dimension", "label", "0 means", "1 means", "international standard"],
    s.dimensions.map((d) => [code(d.id), d.label ?? "", d.low ?? "", d.high ?? "", d.standard === undefined ? "none" : num(d.standard)])
  );
}

/** States per region: count, power range, λ and openness ranges, and (for listed states) their ids. */
export function regionsTable(pop: Population): string {
  const rows = byRegion(pop).map(([region, who]) => {
    const power = Float64Array.from(who, (i) => pop.power[i]);
    const row = [code(region), String(who.length), range(power, 4), range(Float64Array.from(who, (i) => pop.stubbornness[i])), range(Float64Array.from(who, (i) => pop.openness[i]))];
    if (!pop.generated) row.push(who.map((i) => pop.ids[i]).join(", "));
    return row;
  });
  const header = ["region", "states", "power p", "stubbornness λ", "openness o"];
  if (!pop.generated) header.push("ids");
  const total = ["**all**", String(pop.n), range(pop.power, 4), range(pop.stubbornness), range(pop.openness)];
  if (!pop.generated) total.push("");
  return table(header, [...rows, total]);
}

/** Where a facilitator's best practice comes from, in words. */
function sourceText(s: Scenario, f: Scenario["facilitators"][number]): string {
  const bp = f.bestPractice;
  if (bp === "standard") return "the standards (attendees' mean where a dimension has none)";
  if ("exemplars" in bp) return `mean current position of ${bp.exemplars.length} exemplar${bp.exemplars.length > 1 ? "s" : ""}: ${bp.exemplars.join(", ")}`;
  const dims = s.dimensions.map((d) => d.id);
  return `vector: ${Array.from(dimVector(bp.vector, dims), (v, k) => `${dims[k]} ${num(v)}`).join(", ")}`;
}

const rate = (v: number): string => (v === 0 ? "0, off (rate 0)" : num(v));

/** The facilitators table: source of best practice, emphasis and the three rates. */
export function facilitatorsTable(s: Scenario): string {
  if (s.facilitators.length === 0) return "No facilitators: no capacity building, clearing house or funder steering.";
  const dims = s.dimensions.map((d) => d.id);
  return table(
    ["facilitator", "name", "best practice", "agenda emphasis", "capacity building α", "clearing house κ", "funder steering φ", "runs"],
    s.facilitators.map((f) => {
      const emphasis = Array.from(dimVector(f.emphasis, dims));
      const runs = s.processes.filter((p) => p.facilitator === f.id).map((p) => p.id);
      return [
        code(f.id),
        f.name ?? "",
        sourceText(s, f),
        emphasis.every((e) => e === emphasis[0]) ? `${num(emphasis[0])} on every dimension` : emphasis.map((e, k) => `${dims[k]} ${num(e)}`).join(", "),
        rate(f.capacityRate),
        rate(f.clearingHouse),
        rate(f.funderSteering),
        runs.length > 0 ? runs.join(", ") : "no process"
      ];
    })
  );
}

/** Ticks at which a process meets within the run, as scheduled at the start (events may change it). */
export function scheduledMeetings(s: Scenario, p: Scenario["processes"][number]): number {
  const founded = toTick(p.founded, s.calendar);
  const end = Math.min(p.ends === undefined ? Infinity : toTick(p.ends, s.calendar), s.ticks);
  const k = p.meetEvery;
  const first = founded >= 0 ? founded : founded + Math.ceil(-founded / k) * k;
  return first < end ? Math.floor((end - 1 - first) / k) + 1 : 0;
}

/** The processes table: founding, end, members, observers, facilitator, funders, rhythm, agenda, NGOs, stage. */
export function processesTable(s: Scenario, pop: Population): string {
  if (s.processes.length === 0) return "No processes: states never meet.";
  const d = s.dimensions.length;
  return table(
    ["process", "name", "founded", "ends", "members", "observers", "facilitator", "funders", "meets", "meetings in run", "agenda", "attendance", "ngo q", "stage"],
    s.processes.map((p) => {
      const topics = p.topics?.length ?? d;
      const size = Math.min(p.agendaSize ?? topics, topics);
      const observers = resolveIds(pop, p.observers);
      return [
        code(p.id),
        p.name ?? "",
        timeLabel(p.founded, s.calendar),
        p.ends === undefined ? "never" : timeLabel(p.ends, s.calendar),
        p.members.includes("*") ? `${pop.n} (every state)` : String(resolveIds(pop, p.members).length),
        observers.length === 0 ? "none" : `${observers.length}: ${observers.join(", ")}`,
        p.facilitator ?? "none",
        p.funders.length === 0 ? "none" : p.funders.join(", "),
        everyLabel(p.meetEvery, s.calendar),
        String(scheduledMeetings(s, p)),
        `${size === topics ? "all" : size} of ${topics} topic${topics > 1 ? "s" : ""}${p.topics ? ` (${p.topics.join(", ")})` : ""}`,
        num(p.attendance),
        p.ngo === 0 ? "0 (government only)" : num(p.ngo),
        String(p.stage)
      ];
    })
  );
}

/** Members of each process, by id. */
export function membershipList(s: Scenario, pop: Population): string {
  return s.processes
    .map((p) => {
      const ids = resolveIds(pop, p.members);
      const who = p.members.includes("*") ? "every state" : ids.join(", ");
      return `- ${code(p.id)} (${ids.length}): ${who}`;
    })
    .join("\n");
}

/** Per-dimension summary of ideals (and of starting positions when they differ). */
export function idealsTable(pop: Population): string {
  const differ = pop.initial.some((v, k) => v !== pop.ideal[k]);
  const header = ["dimension", "ideal u: min–max", "ideal u: mean"];
  if (differ) header.push("start x(0): min–max", "start x(0): mean");
  const mean = (v: Float64Array) => num(Number((v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)));
  return table(
    header,
    pop.dims.map((dim, k) => {
      const u = column(pop.ideal, pop.d, k);
      const row = [code(dim), range(u), mean(u)];
      if (differ) {
        const x = column(pop.initial, pop.d, k);
        row.push(range(x), mean(x));
      }
      return row;
    })
  );
}
