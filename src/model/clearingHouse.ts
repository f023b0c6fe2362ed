/**
 * Tick step 3: the clearing house. The facilitator's secretariat keeps the acquis m_p in
 * circulation between meetings: each member of each active process that has met moves
 * x_i += κ · o_i · (m_p − x_i) on all dimensions, process by process in scenario order.
 */
import {isActive} from "./schedule.js";
import type {World} from "./world.js";

export function clearingHouse(world: World): void {
  const {d, x, openness} = world;
  for (const p of world.processes) {
    const kappa = p.facilitator?.kappa ?? 0;
    if (kappa === 0 || p.acquis === null || !isActive(p, world.tick)) continue;
    for (let i = 0; i < world.n; i++) {
      if (!p.members[i]) continue;
      const step = kappa * openness[i];
      for (let k = 0; k < d; k++) x[i * d + k] += step * (p.acquis[k] - x[i * d + k]);
    }
  }
}
