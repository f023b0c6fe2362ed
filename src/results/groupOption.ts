/**
 * The `--group` of `rcmp compare`: which group's curves to draw. `all` (the default),
 * `region:<name>` or `process:<id>` for one group, `by-region` for every region, one panel each.
 */
import {InputError} from "../scenario/problems.js";

/** A parsed `--group`: its text, whether it facets by region, and the test on group names. */
export interface GroupChoice {
  text: string;
  byRegion: boolean;
  test: (group: string) => boolean;
}

/** Parses `--group` (default `all`); throws InputError for anything else than the forms above. */
export function parseGroupOption(text = "all"): GroupChoice {
  if (text === "by-region") return {text, byRegion: true, test: (g) => g.startsWith("region:")};
  if (text === "all" || /^(region|process):.+$/.test(text)) return {text, byRegion: false, test: (g) => g === text};
  throw new InputError(`invalid --group: ${text} (expected all, by-region, region:<name> or process:<id>)`);
}
