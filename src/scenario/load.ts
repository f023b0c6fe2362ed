/**
 * Reads a scenario from YAML or JSON text: parse, apply `--set` overrides, validate with the
 * schema, check references. Every problem is reported at once, with file, line and column.
 */
import {LineCounter, parseDocument, type Document} from "yaml";

import {scenario as scenarioSchema, type Scenario} from "./schema.js";
import {applyOverrides, type Override} from "./overrides.js";
import {InputError, type Problem} from "./problems.js";
import {zodProblems, type RawProblem} from "./zodProblems.js";
import {checkScenario} from "./check.js";
import {locate} from "./locate.js";

/** A parsed YAML/JSON document with what is needed to point at lines in it. */
export interface ParsedText {
  file: string;
  data: unknown;
  /** Absent for data that did not come from text. */
  doc?: Document;
  lines?: LineCounter;
}

/** Parses YAML (JSON is YAML too) and throws InputError for malformed text. */
export function parseText(text: string, file: string): ParsedText {
  const lines = new LineCounter();
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return {file, path: [], message: `malformed YAML: ${e.message.split("\n")[0].toLowerCase()}`, line: pos?.line, column: pos?.col};
      })
    );
  }
  return {file, data: doc.toJS({maxAliasCount: 1000}), doc, lines};
}

/** Attaches file, line and column to problems found in a parsed document. */
export function placeProblems(parsed: ParsedText, raw: readonly RawProblem[]): Problem[] {
  return raw.map((p) => {
    const place = locate(parsed.doc, parsed.lines, p.path, p.key);
    return {file: parsed.file, path: p.key ? [...p.path, p.key] : p.path, message: p.message, line: place?.line, column: place?.column};
  });
}

/**
 * Parses and validates a scenario. Overrides (`--set`) are applied to the document before
 * validation, so a value they set is checked like any other.
 */
export function parseScenario(text: string, file: string, overrides: readonly Override[] = []): Scenario {
  const parsed = parseText(text, file);
  return validateScenario(parsed, overrides);
}

/** Validates already-parsed scenario data (see {@link parseScenario}). */
export function validateScenario(parsed: ParsedText, overrides: readonly Override[] = []): Scenario {
  const {data, file} = parsed;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError([{file, path: [], message: "expected a scenario: a mapping with id, dimensions, states, ..."}]);
  }
  if ("base" in data && !("dimensions" in data)) {
    throw new InputError([{file, path: [], message: "this is a sweep file, not a scenario (it has `base` and no `dimensions`): run it with `rcmp sweep`"}]);
  }
  const raw = structuredClone(data) as Record<string, unknown>;
  applyOverrides(raw, overrides);
  const result = scenarioSchema.safeParse(raw, {reportInput: true});
  if (!result.success) throw new InputError(placeProblems(parsed, zodProblems(result.error.issues)));
  const problems = checkScenario(result.data);
  if (problems.length > 0) throw new InputError(placeProblems(parsed, problems));
  return result.data;
}

/** Validates a scenario given as a plain object (no file, no lines): for notebooks and library use. */
export function scenarioFromObject(data: unknown, overrides: readonly Override[] = [], file = "<scenario>"): Scenario {
  return validateScenario({file, data}, overrides);
}
