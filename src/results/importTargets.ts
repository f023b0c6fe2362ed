/**
 * Turns a tidy policy-index file (one row per state, year and variable: IMPIC's format) into
 * targets with a {@link TargetMapping}: each mapped variable becomes a dimension, `1 − x` where
 * the mapping says `reverse`, and cells equal to the mapping's `noLaw` value are dropped.
 * Values are rounded to 10 decimal places, so that 1 − 0.293403 is 0.706597.
 */
import {csvTable} from "./csvTable.js";
import {InputError} from "../scenario/problems.js";
import type {Target} from "./targetsCsv.js";
import type {TargetMapping} from "./targetMapping.js";

/** The targets and what was left out. */
export interface ImportedTargets {
  /** Sorted by year, state, then dimension in the mapping's order. */
  targets: Target[];
  /** Dropped "no law" cells per dimension. */
  noLaw: Record<string, number>;
  /** Mapped dimensions whose variable the file never names. */
  absent: string[];
}

/** Converts the index file's text (named `file` in errors). */
export function importTargets(text: string, file: string, mapping: TargetMapping): ImportedTargets {
  const c = mapping.columns;
  const table = csvTable(text, file, [c.state, c.year, c.variable, c.value]);
  const dims = Object.keys(mapping.dimensions);
  const byVariable = new Map<string, string[]>();
  for (const dim of dims) byVariable.set(mapping.dimensions[dim].variable, [...(byVariable.get(mapping.dimensions[dim].variable) ?? []), dim]);
  const noLaw = Object.fromEntries(dims.map((d) => [d, 0]));
  const seenVariables = new Set<string>();
  const targets: Target[] = [];
  const bad: string[] = [];
  let row = 1;
  table.forEach((cell) => {
    row += 1;
    const mapped = byVariable.get(cell(c.variable)) ?? [];
    if (mapped.length > 0) seenVariables.add(cell(c.variable));
    for (const dim of mapped) {
      const m = mapping.dimensions[dim];
      const raw = Number(cell(c.value));
      const year = Number(cell(c.year));
      if (cell(c.value) === "" || !Number.isFinite(raw) || !Number.isFinite(year)) {
        if (bad.length < 10) bad.push(`${file}: record ${row}: ${c.year} "${cell(c.year)}" and ${c.value} "${cell(c.value)}" must be numbers`);
        continue;
      }
      if (m.noLaw !== undefined && raw === m.noLaw) {
        noLaw[dim] += 1;
        continue;
      }
      targets.push({state: cell(c.state), year, dimension: dim, value: Number((m.reverse ? 1 - raw : raw).toFixed(10))});
    }
  });
  if (bad.length > 0) throw new InputError(bad.join("\n"));
  targets.sort((a, b) => a.year - b.year || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0) || dims.indexOf(a.dimension) - dims.indexOf(b.dimension));
  return {targets, noLaw, absent: dims.filter((d) => !seenVariables.has(mapping.dimensions[d].variable))};
}
