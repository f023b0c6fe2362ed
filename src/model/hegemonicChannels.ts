/**
 * The hegemon's channels of influence (Thouez and Channac 2005: "hegemonic influences also play
 * a role in guiding RCMPs, shaping their priorities and ... withholding elements from the
 * negotiating table"): the weight of power in dialogue (hegemon bias h), agenda control, and
 * funders steering best practice toward their own ideals. Each entry says whether a scenario has
 * the channel on and how to turn it off; `hegemonPull` (the twin run with every channel off) and
 * `rcmp attribute` (the channels as players) read this list and nothing else.
 */
import type {Scenario} from "../scenario/schema.js";
import type {MechanismName} from "./mechanisms.js";

/** One channel: its name, what it is, whether a scenario has it on, and how to turn it off. */
export interface HegemonicChannel {
  /** `hegemonBias`, `agendaControl` or `funderSteering`. */
  name: string;
  /** What it does, in one phrase. */
  does: string;
  /** Whether the scenario has the channel on. */
  isOn: (s: Scenario) => boolean;
  /** The mechanism to leave out to turn it off (`simulate({skip})`), when it is one. */
  skip?: MechanismName;
  /** The scenario with the channel off, when a parameter turns it off. */
  off?: (s: Scenario) => Scenario;
  /** The same as `--set` overrides (path → value), for a command line that reproduces the twin. */
  offSettings: Readonly<Record<string, unknown>>;
}

/** The channels, in this order everywhere. */
export const hegemonicChannels: readonly HegemonicChannel[] = [
  {
    name: "hegemonBias",
    does: "voice in dialogue weighs power^h (off: h = 0, equal voice)",
    isOn: (s) => s.dynamics.hegemonBias > 0,
    off: (s) => ({...s, dynamics: {...s.dynamics, hegemonBias: 0}}),
    offSettings: {"dynamics.hegemonBias": 0}
  },
  {
    name: "agendaControl",
    does: "the strongest funder present withholds topics far from its ideal (off: strength 0)",
    isOn: (s) => s.dynamics.agendaControl.strength > 0,
    skip: "agendaControl",
    offSettings: {"dynamics.agendaControl.strength": 0}
  },
  {
    name: "funderSteering",
    does: "funders pull the facilitator's best practice toward their ideals (off: φ = 0)",
    isOn: (s) => s.processes.some((p) => p.funders.length > 0 && (s.facilitators.find((f) => f.id === p.facilitator)?.funderSteering ?? 0) > 0),
    skip: "funderSteering",
    offSettings: {"facilitators.*.funderSteering": 0}
  }
];

/** Names of the channels, in order. */
export const hegemonicChannelNames: readonly string[] = Array.from(hegemonicChannels, (c) => c.name);

/** Whether any channel is on in the scenario (if none is, `hegemonPull` is 0 without a twin run). */
export function hasHegemonicChannel(s: Scenario): boolean {
  return hegemonicChannels.some((c) => c.isOn(s));
}

/** The scenario and the mechanisms to skip for the twin of a run with every channel off. */
export function withoutHegemonicChannels(s: Scenario, skip: readonly string[] = []): {scenario: Scenario; skip: string[]} {
  let scenario = s;
  const skipped = [...skip];
  for (const c of hegemonicChannels) {
    if (c.off !== undefined) scenario = c.off(scenario);
    if (c.skip !== undefined && !skipped.includes(c.skip)) skipped.push(c.skip);
  }
  return {scenario, skip: skipped};
}
