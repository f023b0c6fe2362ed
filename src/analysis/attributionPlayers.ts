/**
 * The players of an attribution: the mechanisms of the registry that a scenario has on, and the
 * hegemon's channels (hegemonicChannels.ts). A mechanism takes part when parameters can turn it
 * off (it has `offSettings`: events, attendance, funder steering, agenda control, capacity
 * building, dialogue, civil society, trust, clearing house, trust decay, domestic politics) and
 * leaving it out changes the run with the scenario's seed. The frame of a meeting (meetings, best
 * practice, agenda, acquis) stays on: alone it moves no one, it sets who meets and what is
 * taught and discussed. Hegemon bias h, not a mechanism of its own (it weighs voices in dialogue),
 * is a player when h > 0: off means h = 0. Agenda control and funder steering are both mechanisms
 * and hegemonic channels.
 */
import type {Scenario} from "../scenario/schema.js";
import {mechanisms, mechanismOf} from "../model/mechanisms.js";
import type {Mechanism} from "../model/mechanism.js";
import {hegemonicChannels} from "../model/hegemonicChannels.js";
import {simulate} from "../run/simulate.js";

/** One player: a mechanism left out by `skip`, or a channel turned off by a parameter. */
export interface Player {
  name: string;
  /** `mechanism`, or `channel` for the hegemon's channels (agenda control and funder steering are both). */
  kind: "mechanism" | "channel";
  /** What it does, in one phrase. */
  does: string;
  /** The mechanism left out when the player is off. */
  skip?: string;
  /** The scenario with the player off, when a parameter turns it off. */
  off?: (s: Scenario) => Scenario;
  /** The same as `--set` overrides (for runs that start from the scenario's text). */
  offSettings?: Readonly<Record<string, unknown>>;
}

const channelNames = new Set(hegemonicChannels.map((c) => c.name));

/** The player of a name: a mechanism of the registry or a hegemonic channel. */
export function playerOf(name: string): Player {
  const channel = hegemonicChannels.find((c) => c.name === name);
  if (channel?.off !== undefined) return {name, kind: "channel", does: channel.does, off: channel.off, offSettings: channel.offSettings};
  const m = mechanismOf(name);
  return {name, kind: channelNames.has(name) ? "channel" : "mechanism", does: m.does, skip: name};
}

/** The scenario and the mechanisms to skip for a coalition: players whose bit is 0 are off. */
export function coalitionSetup(scenario: Scenario, players: readonly Player[], coalition: number): {scenario: Scenario; skip: string[]} {
  let s = scenario;
  const skip: string[] = [];
  players.forEach((p, i) => {
    if (coalition & (1 << i)) return;
    if (p.off !== undefined) s = p.off(s);
    if (p.skip !== undefined) skip.push(p.skip);
  });
  return {scenario: s, skip};
}

/**
 * The players of a scenario (see the file's comment), in registry order with hegemon bias last:
 * each candidate is tried off once, with the scenario's seed, and kept when that changes the
 * final positions.
 */
export function attributionPlayers(scenario: Scenario): Player[] {
  const candidates = [
    ...(mechanisms as readonly Mechanism[]).filter((m) => m.offSettings !== undefined).map((m) => playerOf(m.name)),
    ...hegemonicChannels.filter((c) => c.off !== undefined && c.isOn(scenario)).map((c) => playerOf(c.name))
  ];
  const positions = (s: Scenario, skip: string[]) => simulate(s, {metrics: ["dispersion"], groups: false, skip}).world.x;
  const all = positions(scenario, []);
  return candidates.filter((p) => {
    const off = coalitionSetup(scenario, [p], 0);
    const x = positions(off.scenario, off.skip);
    return x.some((v, k) => v !== all[k]);
  });
}
