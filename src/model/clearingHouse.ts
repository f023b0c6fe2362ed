/**
 * Tick step 3: the clearing house. The facilitator's secretariat keeps the acquis m_p in
 * circulation between meetings: each member of each active process that has met moves
 * x_i += κ · o_i · (m_p − x_i) on all dimensions, process by process in scenario order.
 */
import {mechanism, type TickMechanism} from "./mechanism.js";
import {isActive} from "./schedule.js";

export const clearingHouse = mechanism<"clearingHouse", TickMechanism<"clearingHouse">>({
  name: "clearingHouse",
  scope: "tick",
  title: "Clearing house",
  does: "between meetings the secretariat circulates the acquis: each member of each active process that has met moves toward m_p on all dimensions",
  equation: "x_i += κ·o_i·(m_p − x_i)",
  parameters: "`facilitators[].clearingHouse` κ",
  off: "κ = 0",
  offSettings: {"facilitators.*.clearingHouse": 0},
  run(world) {
    const {d, x, openness} = world;
    for (const p of world.processes) {
      const kappa = p.facilitator?.clearingHouse ?? 0;
      const acquis = p.acquis;
      if (kappa === 0 || acquis === null || !isActive(p, world.tick)) continue;
      // The members in ascending order, as a scan of the mask meets them: the same updates in the same order.
      const members = p.memberList;
      for (let c = 0; c < members.length; c++) {
        const i = members[c];
        const step = kappa * openness[i];
        for (let k = 0; k < d; k++) x[i * d + k] += step * (acquis[k] - x[i * d + k]);
      }
    }
  }
});
