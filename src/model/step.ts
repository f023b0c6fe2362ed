/**
 * One tick: the world's tick steps in registry order (events, meetings, clearing house, trust
 * decay, domestic politics; see mechanisms.ts), each followed by the world's check. Step t
 * turns tick t into tick t + 1. Recording is the caller's (see `simulate` in src/run).
 */
import type {World} from "./world.js";

export function step(world: World): void {
  world.counts.meetings = 0;
  world.counts.withheld = 0;
  const steps = world.steps.tick;
  for (let k = 0; k < steps.length; k++) {
    steps[k].run(world);
    world.check(steps[k].name);
  }
  world.tick++;
}
