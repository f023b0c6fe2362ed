/**
 * Which country outlines of the world map stand for a scenario's states: a state whose id is an
 * ISO 3166-1 alpha-3 code is drawn as the outline with that code's numeric id (the ids Natural
 * Earth's world-atlas uses); a few codes of states that no longer exist map to their successors.
 */

/** Former alpha-3 codes with the numeric codes of the countries that now cover them. */
export const formerCodes: Readonly<Record<string, readonly string[]>> = {
  /** Serbia and Montenegro (until 2006): Serbia, Montenegro. */
  SCG: ["688", "499"],
  /** Yugoslavia: Serbia, Montenegro. */
  YUG: ["688", "499"]
};

/** The outlines of each state (by index; empty when it is not on the map) and the states not on it. */
export interface MapMatch {
  /** Numeric ISO ids of the outlines for each state, in the order of the state ids given. */
  shapes: string[][];
  /** Ids of the states with no outline. */
  missing: string[];
}

/**
 * Matches state ids to outlines. `numericOf` turns an alpha-3 code into its numeric id (or
 * undefined); `onMap` says whether the map has an outline with that numeric id.
 */
export function matchStates(stateIds: readonly string[], numericOf: (alpha3: string) => string | undefined, onMap: (numeric: string) => boolean): MapMatch {
  const shapes = stateIds.map((id) => {
    const code = id.toUpperCase();
    const numeric = /^[A-Z]{3}$/.test(code) ? (formerCodes[code] ?? [numericOf(code)]) : [];
    return numeric.filter((n): n is string => n !== undefined && onMap(n));
  });
  return {shapes, missing: stateIds.filter((_, i) => shapes[i].length === 0)};
}

/** Whether a scenario is best drawn on the world map: at least half of its states have outlines. */
export function usesMap(match: MapMatch): boolean {
  const n = match.shapes.length;
  return n > 0 && match.missing.length <= n / 2;
}
