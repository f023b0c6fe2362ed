/**
 * Labels of compared curves: a run by its scenario's title, a sweep's design points by their
 * parameter values (`hegemonBias=2, ngo=0.5`), and no two folders with the same label.
 */
import {parse} from "yaml";
import type {CellOf} from "./csvTable.js";
import {parseCsvRecord, splitCsvRecords} from "./csv.js";

/** The leading columns of a sweep's design.csv; the swept parameters follow them. */
export const designKeyColumns = ["run", "point", "replicate", "seed"];

/** The swept parameters named by a design.csv header (the columns after run, point, replicate, seed). */
export function designParameters(designCsvText: string): string[] {
  const {records, rest} = splitCsvRecords(designCsvText);
  const header = records[0] ?? rest;
  return header.trim() === "" ? [] : parseCsvRecord(header).filter((c) => !designKeyColumns.includes(c));
}

/** `hegemonBias` for `dynamics.hegemonBias`, unless two parameters end alike (then the full paths). */
export function shortNames(parameters: readonly string[]): string[] {
  const last = parameters.map((p) => p.slice(p.lastIndexOf(".") + 1));
  return new Set(last).size === last.length ? last : [...parameters];
}

/**
 * A label function for a sweep's curves.csv rows: `name=value, ...` for the point's parameters
 * (`base` without parameters), after `prefix: ` when a prefix is given.
 */
export function sweepLabelOf(parameters: readonly string[], prefix?: string): (cell: CellOf) => string {
  const names = shortNames(parameters);
  return (cell) => {
    const point = parameters.length === 0 ? "base" : parameters.map((p, j) => `${names[j]}=${cell(p)}`).join(", ");
    return prefix ? `${prefix}: ${point}` : point;
  };
}

/** A scenario's title (else its id) from the text of a results folder's scenario.yaml; undefined when it has neither. */
export function scenarioTitle(scenarioYamlText: string): string | undefined {
  try {
    const data = parse(scenarioYamlText) as {title?: unknown; id?: unknown} | null;
    for (const v of [data?.title, data?.id]) if (typeof v === "string" && v.trim() !== "") return v.trim();
  } catch {
    // a damaged scenario.yaml: the caller falls back to the manifest or the folder name
  }
  return undefined;
}

/** `hegemonBias=2` for a `--set dynamics.hegemonBias=2` (the last part of the path). */
export function overrideText(o: {path: string; value: unknown}): string {
  return `${o.path.slice(o.path.lastIndexOf(".") + 1)}=${JSON.stringify(o.value)}`;
}

/** `hegemonBias=2, ngo=0.5` from a run manifest's `overrides` (`--set`), or "" without any. */
export function overridesText(manifest: {overrides?: {path: string; value: unknown}[]}): string {
  return (manifest.overrides ?? []).map(overrideText).join(", ");
}

/**
 * Makes labels distinct: a label shared by several entries gets its `detail` (e.g. the `--set`
 * values) appended in parentheses, then its folder name, then a number.
 */
export function distinctLabels(entries: readonly {label: string; detail: string; name: string}[]): string[] {
  const count = (list: string[], x: string) => list.filter((y) => y === x).length;
  let labels = entries.map((e) => e.label);
  labels = labels.map((l, k) => (count(labels, l) > 1 && entries[k].detail ? `${l} (${entries[k].detail})` : l));
  labels = labels.map((l, k) => (count(labels, l) > 1 ? `${l} (${entries[k].name})` : l));
  return labels.map((l, k) => (count(labels, l) > 1 ? `${l} #${labels.slice(0, k).filter((x) => x === l).length + 1}` : l));
}
