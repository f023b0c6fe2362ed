/**
 * Meeting step 3: funder steering. The process's funders steer the facilitator's best practice
 * toward their own ideals: b ← (1 − φ)·b + φ·ū_F, with ū_F the power-weighted mean ideal of all
 * the process's funders (present or not), on every dimension.
 */
import {meetingBest} from "./meetings.js";
import {mechanism, type MeetingMechanism} from "./mechanism.js";

export const funderSteering = mechanism<"funderSteering", MeetingMechanism<"funderSteering">>({
  name: "funderSteering",
  scope: "meeting",
  title: "Funder steering",
  does: "best practice is pulled toward the power-weighted mean ideal ū_F of all the process's funders",
  equation: "b ← (1 − φ)·b + φ·ū_F",
  parameters: "`facilitators[].funderSteering` φ, `processes[].funders`",
  off: "φ = 0, or no funders, or no facilitator",
  offSettings: {"facilitators.*.funderSteering": 0},
  run(world, m) {
    const p = m.process;
    const phi = p.facilitator?.funderSteering ?? 0;
    if (phi === 0 || p.funders.length === 0) return;
    const {d, u, power} = world;
    const best = meetingBest(world, m);
    let total = 0;
    const funders = p.funders; // index loops: see agenda.ts
    for (let f = 0; f < funders.length; f++) total += power[funders[f]];
    for (let k = 0; k < d; k++) {
      let uf = 0;
      for (let f = 0; f < funders.length; f++) uf += (power[funders[f]] / total) * u[funders[f] * d + k];
      best[k] = (1 - phi) * best[k] + phi * uf;
    }
  }
});
