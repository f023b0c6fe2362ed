/**
 * Labels of compared curves: a run by its scenario's title, a sweep's design points by their
 * parameter values (`hegemonBias=2, ngo=0.5`), and no two folders with the same label.
 */
import {parse} from "yaml";
import {csvTable, type CellOf} from "./csvTable.js";
import {distinctDigits} from "../plot/distinctDigits.js";
import {formatNumber} from "../plot/svgText.js";
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

/** A parameter value's text as written (a cell of design.csv or curves.csv). */
export type ValueFormat = (cell: string) => string;

/**
 * A format for one parameter's values: numbers rounded to the fewest significant digits (at
 * least 2) that keep the distinct `values` distinct (`ngo=0.25`, not `ngo=0.2530745720723644`);
 * other values as written.
 */
export function valueFormat(values: readonly string[]): ValueFormat {
  const numbers = values.filter((v) => v !== "" && Number.isFinite(Number(v))).map(Number);
  const digits = distinctDigits(numbers, 2, 15);
  return (cell) => {
    const x = Number(cell);
    if (cell === "" || !Number.isFinite(x)) return cell;
    const whole = x === 0 ? 1 : Math.floor(Math.log10(Math.abs(x))) + 1; // never round away integer digits (1990 stays 1990)
    return formatNumber(x, Math.min(15, Math.max(digits, whole))).replace("−", "-");
  };
}

/** One format per parameter, from the values of its column in a design.csv or curves.csv text. */
export function parameterFormats(parameters: readonly string[], csvText: string): ValueFormat[] {
  const values: Set<string>[] = parameters.map(() => new Set());
  csvTable(csvText, "design.csv").forEach((cell) => parameters.forEach((p, j) => values[j].add(cell(p))));
  return values.map((v) => valueFormat([...v]));
}

/**
 * A label function for a sweep's curves.csv rows: `name=value, ...` for the point's parameters
 * (`base` without parameters), after `prefix: ` when a prefix is given; values through
 * `formats` when given (see `parameterFormats`).
 */
export function sweepLabelOf(parameters: readonly string[], prefix?: string, formats?: readonly ValueFormat[]): (cell: CellOf) => string {
  const names = shortNames(parameters);
  const text = (cell: CellOf, j: number) => (formats?.[j] ? formats[j](cell(parameters[j])) : cell(parameters[j]));
  return (cell) => {
    const point = parameters.length === 0 ? "base" : parameters.map((p, j) => `${names[j]}=${text(cell, j)}`).join(", ");
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

/**
 * The `--set` argument of an override, as `rcmp run` takes it back: the full path and the value
 * as JSON (`dynamics.hegemonBias=2`, `dynamics.dialogue.mode="pairwise"`).
 */
export function setArgument(o: {path: string; value: unknown}): string {
  return `${o.path}=${JSON.stringify(o.value)}`;
}

/** `--set a=1 --set b=2` for a run's overrides, or "" without any. */
export function setArguments(overrides: readonly {path: string; value: unknown}[] = []): string {
  return overrides.map((o) => `--set ${setArgument(o)}`).join(" ");
}

/** `hegemonBias=2` for a `--set dynamics.hegemonBias=2` (the last part of the path): a label, not an argument. */
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
