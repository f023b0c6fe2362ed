/**
 * What the explorer's panel asks for, and the run it stands for: the `--set` overrides and the
 * mechanisms left out, exactly as `rcmp run --set ... --skip ...` would take them.
 */
import type {Override} from "../scenario/overrides.js";
import {mechanismOf} from "../model/mechanisms.js";
import type {Mechanism} from "../model/mechanism.js";
import type {Control} from "./controls.js";

/** The panel's state. */
export interface Settings {
  /** Slider values by `--set` path; a path absent or equal to the scenario's value is not set. */
  values: Record<string, number>;
  /** Mechanisms switched off, by registry name. */
  off: string[];
  /** `--set`s given to `rcmp explore` that no slider shows: kept, first, in every run. */
  extra: Override[];
}

/** A run as the command line takes it. */
export interface RunSpec {
  overrides: Override[];
  skip: string[];
}

/** Whether a `--set` path pattern (with `*` for every element) covers a concrete path. */
export function pathCovers(pattern: string, path: string): boolean {
  const a = pattern.split(".");
  const b = path.split(".");
  return a.length === b.length && a.every((k, i) => k === "*" || k === b[i]);
}

/** The registry entries of the mechanisms switched off (unknown names throw, naming the choices). */
function offMechanisms(off: readonly string[]): Mechanism[] {
  return off.map((name) => mechanismOf(name));
}

/** The paths a switched-off mechanism fixes; a slider on one of them has no effect (the panel greys it). */
export function fixedPaths(off: readonly string[]): string[] {
  return offMechanisms(off).flatMap((m) => Object.keys(m.offSettings ?? {}));
}

/**
 * The run the settings stand for: the extra `--set`s, then each slider moved off the scenario's
 * value (in panel order, unless a switched-off mechanism fixes its path), then the `offSettings`
 * of each switched-off mechanism that has them; the others are skipped (`--skip`).
 */
export function runSpec(controls: readonly Control[], s: Settings): RunSpec {
  const off = offMechanisms(s.off);
  const fixed = fixedPaths(s.off);
  const overrides: Override[] = [...s.extra];
  for (const c of controls) {
    const v = s.values[c.path];
    if (v === undefined || v === c.value || fixed.some((p) => pathCovers(p, c.path))) continue;
    overrides.push({path: c.path, value: v});
  }
  const skip: string[] = [];
  for (const m of off) {
    if (m.offSettings === undefined) skip.push(m.name);
    else for (const [path, value] of Object.entries(m.offSettings)) overrides.push({path, value});
  }
  return {overrides, skip};
}
