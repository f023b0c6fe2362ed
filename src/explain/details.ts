/**
 * ODD+D part III, Details: implementation, initialisation, input data (events) and the
 * submodels, each with its equation as the code has it and its status in this scenario.
 */
import type {Scenario} from "../scenario/schema.js";
import {mechanisms} from "../model/mechanisms.js";
import type {Mechanism} from "../model/mechanism.js";
import {startingTrust} from "../model/trust.js";
import {version} from "../version.js";
import type {Population} from "./population.js";
import {idealsTable} from "./entities.js";
import {eventsList} from "./events.js";
import {parametersTable, stateParametersText} from "./parameters.js";
import {code, num} from "./format.js";

/** Part III as Markdown. */
export function details(s: Scenario, pop: Population, status: Record<string, string>, run: string): string {
  return ["## III. Details", implementation(s, run), initialisation(s, pop), inputData(s), submodels(s, pop, status)].join("\n\n");
}

function implementation(s: Scenario, run: string): string {
  return `### III.i Implementation details

rcmp-sim ${version} (TypeScript, Node.js), an open engine working on typed arrays (positions N×D, trust N×N). The run is deterministic given the scenario and the seed: \`${run}\` reproduces it, and docs/MODEL.md gives every equation.`;
}

function initialisation(s: Scenario, pop: Population): string {
  const {sameRegion: same, otherRegion: other} = startingTrust(s.dynamics.trust);
  const start = pop.withInitial > 0 ? `${pop.withInitial} of ${pop.n} states start from a given position x(0); the others start at their ideal.` : "Every state starts at its domestic ideal: x(0) = u.";
  const stages = s.processes.length === 0 ? "" : ` Processes start at stage ${[...new Set(s.processes.map((p) => p.stage))].join(", ")}, with no acquis until they first meet.`;
  return `### III.ii Initialisation

Seed ${s.seed}; ${s.ticks} ticks. ${start} Trust starts at T⁰ = ${same === other ? num(same) : `${num(same)} within a region and ${num(other)} between regions`} (T_ii = 1).${stages} Ideals and starting positions per dimension (per-state values are in the scenario file, identified by its sha256 above):

${idealsTable(pop)}`;
}

function inputData(s: Scenario): string {
  return `### III.iii Input data

No external time series. Events change ideals, positions and processes at set times (applied at the start of their tick, before the meetings):

${eventsList(s)}`;
}

function submodels(s: Scenario, pop: Population, status: Record<string, string>): string {
  const blocks = (mechanisms as readonly Mechanism[]).map((m) => {
    const eq = m.equation ? `\n\n${m.equation.split("\n").map((l) => `    ${l}`).join("\n")}` : "";
    const extra = m.name === "agendaControl" && status.agendaControllers ? `; ${status.agendaControllers}` : "";
    const files = [`${m.name}.ts`, ...(m.uses ?? [])].map((f) => `src/model/${f}`).join(", ");
    return `**${m.title}** (${code(m.name)}, ${files}): ${m.does}.${eq}\n\n*Here:* ${status[m.name]}${extra}.`;
  });
  const lambdaZero = pop.stubbornness.filter((l) => l === 0).length;
  const opennessZero = pop.openness.filter((o) => o === 0).length;
  return `### III.iv Submodels

Symbols: x positions, u ideals, b best practice, p power, w = p^h / max p^h (computed in logs, so it never overflows), T trust, o openness, e_s the stage effect, A the attendees, G the agenda. Steps written min(1, ·) are capped at 1 so that no state overshoots its target.

${blocks.join("\n\n")}

Every dynamics parameter (the column "a zero…" says what setting it to 0 does):

${parametersTable(s)}

Per state: ${stateParametersText(s, lambdaZero, opennessZero, pop.n)}`;
}
