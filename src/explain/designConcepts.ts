/**
 * ODD+D part II, Design concepts, with this scenario's values: background, decision making,
 * learning, sensing, prediction, interaction, collectives, heterogeneity, stochasticity and
 * (in observation.ts) observation.
 */
import type {Scenario} from "../scenario/schema.js";
import {byRegion, column, type Population} from "./population.js";
import {observation} from "./observation.js";
import {bullets, num, range, round} from "./format.js";

/** Part II as Markdown. */
export function designConcepts(s: Scenario, pop: Population, status: Record<string, string>): string {
  return [
    "## II. Design concepts",
    background(status),
    decisionMaking(s, status),
    learning(s, status),
    sensing(s),
    "### II.v Individual prediction\n\nNone: states do not anticipate others' moves or future meetings; they respond to what is in front of them.",
    interaction(s, status),
    collectives(s, pop),
    heterogeneity(s, pop),
    stochasticity(s),
    observation(s, pop)
  ].join("\n\n");
}

function background(status: Record<string, string>): string {
  const items = [
    `Constructivist learning and trust: states' preferences are shaped by their interaction in the process ("the RCMP itself fosters and in some cases, maintains the common understandings"): capacity building on international standards and best practice (here: ${status.capacityBuilding}), dialogue (${status.dialogue}), trust built by meeting (${status.trust}), and the secretariat as clearing house (${status.clearingHouse}).`,
    `Regime theory and hegemonic influence: powerful states "shape priorities" and withhold issues from the acquis, as the US as principal funder kept "deportees" off Caribbean agendas (paper, footnote 23): weight in dialogue p^h, agenda control (${status.agendaControl}) and funder steering of best practice (${status.funderSteering}).`,
    `Klekowski von Koppenfels' four stages (forum, common language, plan of action, operational): processes rise a stage when members meet often and trust each other (${status.acquis}).`,
    `Government-only forums: NGOs are mostly excluded or observers (civil society: ${status.civilSociety}).`,
    `Non-binding conclusions: domestic politics pulls each state back to its own ideal (${status.domesticPolitics}).`
  ];
  return `### II.i Theoretical and empirical background

The mechanisms follow Thouez and Channac (2005), "Convergence and divergence in migration policy: the role of regional consultative processes" (GCIM Global Migration Perspectives 20), and the literature it draws on:

${bullets(items)}

Parameter values are the scenario's; they are assumptions to explore, not estimates.`;
}

function decisionMaking(s: Scenario, status: Record<string, string>): string {
  return `### II.ii Individual decision making

States do not optimise. A state's policy moves by rules: toward what it is taught and told at the meetings it attends (scaled by its openness o_i), toward its members' common acquis between meetings, and back toward its own domestic ideal (${status.domesticPolitics}). The one choice in the model is agenda control: the most powerful funder present (else the most powerful attendee) withholds each topic on which its own ideal lies more than θ = ${num(s.dynamics.agendaControl.threshold)} from best practice, with a probability that grows with its share of power in the room (${status.agendaControl}).`;
}

function learning(s: Scenario, status: Record<string, string>): string {
  const st = s.dynamics.stages;
  return `### II.iii Learning

Officials learn best practice (capacity building: ${status.capacityBuilding}) and learn from each other (dialogue: ${status.dialogue}). Learning from a peer is scaled by trust as T^τ, τ = ${num(s.dynamics.trust.weight)}; trust itself is learned, growing at each meeting (${status.trust}) and decaying toward its start (${status.trustDecay}). A process's stage multiplies capacity building and dialogue by e_s = ${st.effect.map(num).join(", ")} at stages 1-4; a stage rises after ${st.meetings} meetings at it once mean member trust reaches ${st.trust.map(num).join(", ")} (from stages 1, 2, 3). The rules themselves do not change.`;
}

function sensing(s: Scenario): string {
  return `### II.iv Individual sensing

Attendees perceive each other's current positions on the topics of the agenda, exactly, and hear those within ε = ${num(s.dynamics.dialogue.confidence)} (RMS distance over the agenda${s.dynamics.dialogue.confidence >= 1 ? "; with ε ≥ 1 everyone is heard" : ""}). Facilitators perceive the current positions of their exemplar states wherever they are, and the attendees' positions when they draw the agenda; they know the funders' ideals. The controller of the agenda knows its own ideal and the best practice. No state perceives states outside the meetings it attends.`;
}

function interaction(s: Scenario, status: Record<string, string>): string {
  const dy = s.dynamics;
  const items = [
    `Direct, among the attendees of a meeting: dialogue (${status.dialogue}); a source's weight is p^h with h = ${num(dy.hegemonBias)}${dy.hegemonBias === 0 ? " (equal voice)" : ""}, times ${num(dy.observerWeight)} for observers${dy.observerWeight === 0 ? " (observers are not heard)" : ""}.`,
    `Mediated by the facilitator: best practice (${status.bestPractice}; funder steering ${status.funderSteering}) and the clearing house between meetings (${status.clearingHouse}).`,
    `Hegemonic: agenda control (${status.agendaControl}).`,
    `With civil society: ${status.civilSociety}.`
  ];
  return `### II.vi Interaction\n\n${bullets(items)}`;
}

function collectives(s: Scenario, pop: Population): string {
  const tr = s.dynamics.trust;
  const same = tr.sameRegion ?? tr.initial;
  const other = tr.otherRegion ?? tr.initial;
  const trust = same === other ? `Starting trust is ${num(same)} between any two states.` : `Starting trust is ${num(same)} within a region and ${num(other)} between regions.`;
  return `### II.vii Collectives

Processes are the collectives: given by the scenario (members and observers; events may change them), each with a stage and an acquis. ${s.processes.length} process${s.processes.length === 1 ? "" : "es"} and ${byRegion(pop).length} region${byRegion(pop).length === 1 ? "" : "s"}; regions matter only through trust and the metrics. ${trust} Clusters of like-minded states are not agents: they are observed (II.x).`;
}

function heterogeneity(s: Scenario, pop: Population): string {
  const lo = Math.min(...pop.power);
  const hi = Math.max(...pop.power);
  const ideals = pop.dims.map((dim, k) => `${dim} ${range(column(pop.ideal, pop.d, k))}`).join(", ");
  return `### II.viii Heterogeneity

States differ in power (${range(pop.power, 4)}, a ratio of ${round(hi / lo, 1)} between the strongest and the weakest), in ideals (${ideals}), in stubbornness λ (${range(pop.stubbornness)}) and openness o (${range(pop.openness)}). Facilitators differ in best practice, emphasis and rates (I.ii); processes in members, rhythm, agenda, attendance and NGO participation.${s.dynamics.hegemonBias === 0 ? " With h = 0, power plays no part in dialogue." : ""}`;
}

function stochasticity(s: Scenario): string {
  const d = s.dimensions.length;
  const used: string[] = [];
  if (s.generate) used.push("`generate`: the generated states' ideals, powers and stubbornness");
  if (s.processes.some((p) => p.attendance < 1) || s.events.some((e) => e.process?.attendance !== undefined && e.process.attendance < 1)) used.push("`attendance`: who comes to each meeting");
  if (s.processes.some((p) => p.agendaSize !== undefined && p.agendaSize < (p.topics?.length ?? d))) used.push("`agenda`: which topics are drawn");
  if (s.dynamics.agendaControl.strength > 0) used.push("`agendaControl`: which objectionable topics are withheld");
  if (s.dynamics.dialogue.mode === "pairwise" && s.dynamics.dialogue.rate > 0) used.push("`dialogue`: which pairs meet");
  if (s.dynamics.domestic.noise > 0) used.push(`\`noise\`: domestic noise, σ = ${num(s.dynamics.domestic.noise)}`);
  const list = used.length > 0 ? `Random draws in this scenario:\n\n${bullets(used)}` : "Nothing in this scenario is drawn at random: every seed gives the same run.";
  return `### II.ix Stochasticity

The run's seed (${s.seed}) gives one independent stream per mechanism (seedrandom's alea, seeded from the seed and the stream's name), so that switching one mechanism off shifts no other mechanism's random numbers. ${list}`;
}
