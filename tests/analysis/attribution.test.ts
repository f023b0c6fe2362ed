/**
 * rcmp attribute's algorithm on the teaching scenarios: the hegemon's channels take a clearly
 * positive share of toHegemon's fall in hegemon.yaml and none in equal-voice.yaml (where each is
 * off); the values add up to the total effect; a one-player attribution equals the difference of
 * the two runs computed directly.
 */
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseScenario} from "../../src/scenario/load.js";
import {attribute} from "../../src/analysis/attribution.js";
import {efficiencyGap} from "../../src/analysis/attributionRows.js";
import {attributionPlayers} from "../../src/analysis/attributionPlayers.js";
import {simulate} from "../../src/run/simulate.js";
import {replicateSeed} from "../../src/run/replicates.js";

const load = (file: string) => parseScenario(readFileSync(file, "utf8"), file);
const row = (a: Awaited<ReturnType<typeof attribute>>, name: string) => a.rows.find((r) => r.name === name)!;

describe("attribution", () => {
  it("gives the hegemon's channels a clearly positive share of toHegemon's fall in hegemon.yaml", async () => {
    const a = await attribute(load("scenarios/teaching/hegemon.yaml"), {metrics: ["toHegemon"], replicates: 3});
    expect(a.players.filter((p) => p.kind === "channel").map((p) => p.name)).toEqual(["funderSteering", "agendaControl", "hegemonBias"]);
    const total = row(a, "total effect");
    const channels = row(a, "hegemonic channels");
    expect(total.mean).toBeLessThan(-0.2); // toHegemon falls
    expect(channels.mean + channels.ci90).toBeLessThan(0); // the channels' part of the fall, its interval clear of 0
    expect(channels.share).toBeGreaterThan(0.15);
    expect(efficiencyGap(a)).toBeLessThan(1e-9);
    expect(row(a, "sum of players").mean).toBeCloseTo(total.mean, 12);
  });

  it("gives them nothing in equal-voice.yaml: none of them is on", async () => {
    const s = load("scenarios/teaching/equal-voice.yaml");
    const players = attributionPlayers(s);
    expect(players.map((p) => p.name)).toEqual(["attendance", "capacityBuilding", "dialogue", "trust", "clearingHouse", "trustDecay", "domesticPolitics"]);
    const a = await attribute(s, {metrics: ["toHegemon"], replicates: 2});
    expect(a.rows.some((r) => r.kind === "channel" || r.kind === "channels")).toBe(false);
    expect(efficiencyGap(a)).toBeLessThan(1e-9);
  });

  it("with one player, φ is the run with it minus the run without, replicate by replicate", async () => {
    const s = load("scenarios/igc-1985.yaml");
    const a = await attribute(s, {metrics: ["dispersion"], players: ["capacityBuilding"], replicates: 2});
    for (let r = 0; r < 2; r++) {
      const seed = replicateSeed(s.seed, r);
      const on = simulate(s, {seed, metrics: ["dispersion"], groups: false}).summary.final.all.dispersion;
      const off = simulate(s, {seed, skip: ["capacityBuilding"], metrics: ["dispersion"], groups: false}).summary.final.all.dispersion;
      expect(a.phi[r][0][0]).toBeCloseTo(on - off, 12);
    }
  });

  it("takes as players the mechanisms a scenario has on, and hegemon bias when h > 0", () => {
    const names = attributionPlayers(load("scenarios/igc-1985.yaml")).map((p) => p.name);
    expect(names).toContain("hegemonBias");
    expect(names).toContain("events");
    expect(names).not.toContain("agendaControl"); // strength 0
    expect(names).not.toContain("civilSociety"); // ngo 0
    expect(names).not.toContain("meetings"); // the frame of a meeting is no player
  });
});
