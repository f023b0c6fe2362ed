/**
 * The groups metrics are reported for: `all`; `region:<name>` for each region; and
 * `process:<id>` for the current members of each process.
 */
import type {World} from "../model/world.js";
import {groupNames} from "./names.js";

export interface Group {
  name: string;
  /** The group's states now (process membership can change). */
  states: (world: World) => Int32Array;
}

/** The groups of `groupNames`, in its order, each with its states. */
export function groupsOf(world: World, byRegionAndProcess: boolean): Group[] {
  const all = new Int32Array(world.n);
  for (let i = 0; i < world.n; i++) all[i] = i;
  const names = groupNames(world.regions, Array.from(world.processes, (p) => p.id), byRegionAndProcess);
  return Array.from(names, (name): Group => {
    if (name === "all") return {name, states: () => all};
    const region = world.regions.indexOf(name.slice("region:".length));
    if (name.startsWith("region:") && region >= 0) {
      const members = Int32Array.from(all.filter((i) => world.regionOf[i] === region));
      return {name, states: () => members};
    }
    const p = world.processes.find((q) => `process:${q.id}` === name)!;
    return {name, states: () => p.memberList};
  });
}
