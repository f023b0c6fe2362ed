/**
 * Reads a scenario from YAML or JSON text: parse, apply `--set` overrides, validate with the
 * schema, check references. Every problem is reported at once, with file, line and column.
 */
import {isMap, isScalar, LineCounter, parseDocument, visit, type Document} from "yaml";

import {scenario as scenarioSchema, type Scenario} from "./schema.js";
import {applyOverrides, type Override, type SetPlace} from "./overrides.js";
import {excerpt, InputError, shownProblems, type Problem} from "./problems.js";
import {zodProblems, type RawProblem} from "./zodProblems.js";
import {checkScenario} from "./check.js";
import {checkQuestion, withPath} from "./checkQuestion.js";
import {readableScenario} from "./readable.js";
import {locate} from "./locate.js";

/** A parsed YAML/JSON document with what is needed to point at lines in it. */
export interface ParsedText {
  file: string;
  data: unknown;
  /** Absent for data that did not come from text. */
  doc?: Document;
  lines?: LineCounter;
}

/** Most aliases a document may expand (a billion-laughs document expands far more). */
export const maxAliasCount = 1000;

/**
 * Parses YAML (JSON is YAML too) and throws InputError for malformed text, for a key given twice
 * in one mapping, and for a document whose aliases expand past {@link maxAliasCount}.
 */
export function parseText(text: string, file: string): ParsedText {
  const lines = new LineCounter();
  // Keys are checked for uniqueness below, in linear time (the parser's own check is quadratic).
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: false});
  const at = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset));
  const errors: {offset: number | undefined; message: string}[] = doc.errors.map((e) => ({offset: e.pos[0], message: `malformed YAML: ${e.message.split("\n")[0].toLowerCase()}`}));
  if (errors.length === 0) errors.push(...duplicateKeys(doc));
  if (errors.length > 0) {
    throw new InputError(errors.map((e, k) => ({file, path: [], message: e.message, line: k < shownProblems ? at(e.offset)?.line : undefined, column: k < shownProblems ? at(e.offset)?.col : undefined})));
  }
  try {
    return {file, data: doc.toJS({maxAliasCount}), doc, lines};
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    throw new InputError([{file, path: [], message: "refused: its aliases (*name) expand into too many copies, as a resource-exhaustion attack does; write the values out instead"}]);
  }
}

/** Keys given twice in one mapping, each with its offset in the text. */
function duplicateKeys(doc: Document): {offset: number | undefined; message: string}[] {
  const found: {offset: number | undefined; message: string}[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (isMap(key) || (typeof key === "object" && key !== null)) continue;
        if (seen.has(key)) found.push({offset: isScalar(pair.key) ? pair.key.range?.[0] : undefined, message: `malformed YAML: map keys must be unique (${excerpt(String(key))} is given twice)`});
        seen.add(key);
      }
    }
  });
  return found;
}

/**
 * Attaches file, line and column to problems found in a parsed document (the first
 * {@link shownProblems} only: the others are counted, not printed, and locating each costs a walk).
 * A problem inside a value that an override with a `source` set (a `--set` argument) is placed at
 * that source instead: the value did not come from the file.
 */
export function placeProblems(parsed: ParsedText, raw: readonly RawProblem[], set: readonly SetPlace[] = []): Problem[] {
  return raw.map((p, k) => {
    const path = p.key ? [...p.path, p.key] : p.path;
    const from = set.find((s) => s.override.source !== undefined && s.path.every((key, j) => key === path[j]));
    if (from !== undefined) return {file: from.override.source, path: path.length === from.path.length ? [] : path, message: p.message};
    const place = k < shownProblems ? locate(parsed.doc, parsed.lines, p.path, p.key) : undefined;
    return {file: parsed.file, path, message: p.message, line: place?.line, column: place?.column};
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

/** Options of {@link validateScenario}. */
export interface ValidateOptions {
  /** Check the question block against the scenario (default true; `rcmp ask` checks it once, not for every draw). */
  question?: boolean;
}

/** Validates already-parsed scenario data (see {@link parseScenario}). */
export function validateScenario(parsed: ParsedText, overrides: readonly Override[] = [], options: ValidateOptions = {}): Scenario {
  const {data, file} = parsed;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError([{file, path: [], message: "expected a scenario: a mapping with id, dimensions, states, ..."}]);
  }
  if ("base" in data && !("dimensions" in data)) {
    const calibration = "targets" in data;
    throw new InputError([{file, path: [], message: `this is a ${calibration ? "calibration" : "sweep"} file, not a scenario (it has \`base\` and no \`dimensions\`): run it with \`rcmp ${calibration ? "calibrate" : "sweep"}\``}]);
  }
  const raw = structuredClone(data) as Record<string, unknown>;
  const set = applyOverrides(raw, overrides);
  const result = scenarioSchema.safeParse(raw, {reportInput: true});
  if (!result.success) {
    // The references are checked too, as far as the data can be read, so that every problem is reported at once.
    const references = checkScenario(readableScenario(raw));
    throw new InputError(placeProblems(parsed, [...zodProblems(result.error.issues), ...references], set));
  }
  const problems = checkScenario(result.data);
  if (problems.length === 0 && (options.question ?? true)) problems.push(...checkQuestion(result.data, (more) => messagesOf(parsed, [...overrides, ...more])));
  if (problems.length > 0) throw new InputError(placeProblems(parsed, problems, set));
  return result.data;
}

/** The problems of the scenario with these overrides, as messages with their paths (none: valid). */
function messagesOf(parsed: ParsedText, overrides: readonly Override[]): string[] {
  try {
    validateScenario(parsed, overrides, {question: false});
    return [];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.problems.map(withPath);
  }
}

/** Validates a scenario given as a plain object (no file, no lines): for notebooks and library use. */
export function scenarioFromObject(data: unknown, overrides: readonly Override[] = [], file = "<scenario>"): Scenario {
  return validateScenario({file, data}, overrides);
}
