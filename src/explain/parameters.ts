/**
 * Every dynamics parameter of the scenario with its value, what a zero does, and its effect
 * here: the table that says which mechanisms this scenario switches off.
 */
import type {Scenario} from "../scenario/schema.js";
import {dimVector} from "../scenario/resolve.js";
import {code, dimList, num, table} from "./format.js";

type Row = [path: string, symbol: string, value: string, zero: string, here: string];

const offIf = (v: number, off: string, on = "on"): string => (v === 0 ? off : on);

/** The dynamics parameter table. */
export function parametersTable(s: Scenario): string {
  const dy = s.dynamics;
  const dims = s.dimensions.map((d) => d.id);
  const tr = dy.trust;
  const pairwise = dy.dialogue.mode === "pairwise";
  const rows: Row[] = [
    ["dialogue.mode", "", dy.dialogue.mode, "", pairwise ? "random pairs in turn (Deffuant–Weisbuch)" : "everyone at once (DeGroot / Hegselmann–Krause)"],
    ["dialogue.rate", "μ", num(dy.dialogue.rate), "switches dialogue off", offIf(dy.dialogue.rate, "off (rate 0)")],
    ["dialogue.confidence", "ε", num(dy.dialogue.confidence), "only identical positions hear each other", dy.dialogue.confidence >= 1 ? "everyone hears everyone (ε ≥ 1)" : "bounded confidence"],
    ["dialogue.encounters", "", num(dy.dialogue.encounters), "switches pairwise dialogue off", pairwise ? offIf(dy.dialogue.encounters, "off (encounters 0)", `${num(dy.dialogue.encounters)} × attendees pairs a meeting`) : "not used (averaging)"],
    ["hegemonBias", "h", num(dy.hegemonBias), "equal voice: power plays no part in dialogue", dy.hegemonBias === 0 ? "equal voice" : `weight p^${num(dy.hegemonBias)}`],
    ["agendaControl.threshold", "θ", num(dy.agendaControl.threshold), "every topic where the controller's ideal differs at all is at risk", dy.agendaControl.strength === 0 ? "not used (strength 0)" : "used"],
    ["agendaControl.strength", "", num(dy.agendaControl.strength), "switches agenda control off", offIf(dy.agendaControl.strength, "off (strength 0)")],
    ["trust.initial", "T⁰", num(tr.initial), "no trust: with weight > 0, nothing is learnt from peers until trust grows", tr.sameRegion !== undefined && tr.otherRegion !== undefined ? "overridden by sameRegion and otherRegion" : "used"],
    ["trust.sameRegion", "T⁰", tr.sameRegion === undefined ? "not set (= initial)" : num(tr.sameRegion), "as initial, within a region", ""],
    ["trust.otherRegion", "T⁰", tr.otherRegion === undefined ? "not set (= initial)" : num(tr.otherRegion), "as initial, between regions", ""],
    ["trust.gain", "g", num(tr.gain), "switches trust growth off", offIf(tr.gain, "off (rate 0)")],
    ["trust.decay", "δ", num(tr.decay), "switches trust decay off", offIf(tr.decay, "off (rate 0)")],
    ["trust.weight", "τ", num(tr.weight), "trust no longer enters learning", offIf(tr.weight, "off (weight 0): trust does not scale learning", `learning scaled by T^${num(tr.weight)}`)],
    ["domestic.noise", "σ", num(dy.domestic.noise), "switches domestic noise off", offIf(dy.domestic.noise, "off (noise 0)")],
    ["civilSociety.position", "v", dimList(dims, dimVector(dy.civilSociety.position, dims)), "", ""],
    ["civilSociety.rate", "ν", num(dy.civilSociety.rate), "switches civil society off", offIf(dy.civilSociety.rate, "off (rate 0)", s.processes.some((p) => p.ngo > 0) ? "on" : "on, but ngo 0 in every process at the start")],
    ["observerWeight", "", num(dy.observerWeight), "observers learn but are not heard", offIf(dy.observerWeight, "observers not heard (weight 0)")],
    ["stages.meetings", "", num(dy.stages.meetings), "(must be ≥ 1)", ""],
    ["stages.trust", "", dy.stages.trust.map(num).join(", "), "a zero bar lets that stage rise on meetings alone", ""],
    ["stages.effect", "e_s", dy.stages.effect.map(num).join(", "), "a zero stops capacity building and dialogue at that stage", dy.stages.effect.every((e) => e === 1) ? "stages change nothing" : "stages scale learning"]
  ];
  return table(["parameter (dynamics.)", "symbol", "value", "a zero…", "here"], rows.map(([p, ...rest]) => [code(p), ...rest]));
}

/** Per-state parameters that switch mechanisms off by a zero, summarised. */
export function stateParametersText(s: Scenario, lambdaZero: number, opennessZero: number, n: number): string {
  const parts = [
    lambdaZero === n ? "every state has stubbornness 0: domestic pull off" : `${n - lambdaZero} of ${n} states have stubbornness λ > 0 (λ 0: no pull back to the ideal)`,
    opennessZero === 0 ? "no state has openness 0" : `${opennessZero} state${opennessZero > 1 ? "s have" : " has"} openness 0 (takes nothing from meetings or the clearing house)`
  ];
  return `${parts.join("; ")}.${s.facilitators.length > 0 ? " Facilitators' rates are in the facilitators table (I.ii)." : ""}`;
}
