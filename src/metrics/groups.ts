/**
 * The groups metrics are reported for: `all`; `region:<name>` for each region; and
 * `process:<id>` for the current members of each process.
 */
import type {World} from "../model/world.js";
import {membersOf} from "../model/stages.js";

export interface Group {
  name: string;
  /** The group's states now (process membership can change). */
  states: (world: World) => Int32Array;
}

export function groupsOf(world: World, byRegionAndProcess: boolean): Group[] {
  const all = Int32Array.from({length: world.n}, (_, i) => i);
  const groups: Group[] = [{name: "all", states: () => all}];
  if (!byRegionAndProcess) return groups;
  if (world.regions.length > 1) {
    world.regions.forEach((region, r) => {
      const members = Int32Array.from(all.filter((i) => world.regionOf[i] === r));
      groups.push({name: `region:${region}`, states: () => members});
    });
  }
  for (const p of world.processes) groups.push({name: `process:${p.id}`, states: () => membersOf(p.members)});
  return groups;
}
