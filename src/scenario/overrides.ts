/**
 * `--set path=value` overrides, shared by `rcmp run` and sweeps.
 *
 * A path walks the scenario: object keys by name, array elements by `id` (`processes.igc.ngo`),
 * by index (`processes.0.ngo`) or all at once (`processes.*.meetEvery`). A path must name a
 * field the schema knows; the value is checked when the scenario is validated afterwards.
 */
import * as schemas from "./schema.js";
import {excerpt, InputError, suggestion, type Problem} from "./problems.js";
import {z} from "zod";
import {arrayElement, objectOption, objectShape, pickOption} from "./schemaAt.js";
import {pathSuggestion} from "./fieldPaths.js";

export interface Override {
  path: string;
  value: unknown;
  /**
   * Where the override was given, e.g. `--set dynamics.hegemonBias=2` (the command-line argument):
   * problems with what it set are reported there instead of at a line of the scenario file.
   * Absent for overrides that a program makes (a sweep's design point).
   */
  source?: string;
}

/** A place in the raw scenario that an override set (list elements by index). */
export interface SetPlace {
  override: Override;
  path: (string | number)[];
}

/**
 * `"dynamics.hegemonBias=2"` → `{path: "dynamics.hegemonBias", value: 2, source: "--set dynamics.hegemonBias=2"}`;
 * values are read as YAML scalars or JSON. `origin` names where the argument came from when not
 * the command line (e.g. `link`: the source reads `link: --set ...`).
 */
export function parseSetArg(arg: string, origin?: string): Override {
  const source = `${origin === undefined ? "" : `${origin}: `}--set ${arg}`;
  const eq = arg.indexOf("=");
  if (eq <= 0) {
    throw new InputError([{path: [], message: `${origin === undefined ? "" : `${origin}: `}--set ${excerpt(arg)}: expected path=value`}]);
  }
  return {path: arg.slice(0, eq).trim(), value: parseSetValue(arg.slice(eq + 1).trim()), source};
}

/**
 * The value of a `--set path=value` (or of a cell of `rcmp eval`'s CSV input): `true`, `false`,
 * `null`, a finite number, JSON for text starting with `[`, `{` or `"`, else the text itself.
 */
export function parseSetValue(text: string): unknown {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "null") return null;
  if (text !== "" && Number.isFinite(Number(text))) return Number(text);
  if (/^[[{"]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Applies overrides to a raw (not yet validated) scenario object, in place, creating objects
 * along the path where the schema has them. Throws InputError naming each bad path (by its
 * `source`, else as `--set <path>`, with `file` in front when given). Returns the places set.
 */
export function applyOverrides(raw: Record<string, unknown>, overrides: readonly Override[], file?: string): SetPlace[] {
  const problems: Problem[] = [];
  const places: SetPlace[] = [];
  for (const o of overrides) {
    const message = applyOne(raw, o, (path) => places.push({override: o, path}));
    if (message === undefined) continue;
    problems.push(o.source !== undefined ? {file: o.source, path: [], message} : {file, path: [], message: `--set ${o.path}: ${message}`});
  }
  if (problems.length > 0) throw new InputError(problems);
  return places;
}

type Placed = (path: (string | number)[]) => void;

function applyOne(raw: Record<string, unknown>, o: Override, placed: Placed): string | undefined {
  const keys = o.path.split(".");
  if (keys.some((k) => k === "")) return "empty path segment";
  return walk(raw, schemas.scenario, keys, o.value, {at: [], walked: [], placed});
}

/** Where a walk is: the concrete path so far (list elements by index), the path's keys so far, and whom to tell of a place set. */
interface WalkPlace {
  at: (string | number)[];
  walked: string[];
  placed: Placed;
}

function walk(target: unknown, schemaIn: z.ZodType, keys: string[], value: unknown, w: WalkPlace): string | undefined {
  const [key, ...rest] = keys;
  const schema = pickOption(schemaIn, target);
  if (schema instanceof z.ZodRecord && typeof target === "object" && target !== null && !Array.isArray(target)) {
    if (rest.length > 0) return `${excerpt(key)} holds a value, not fields`;
    (target as Record<string, unknown>)[key] = value;
    w.placed([...w.at, key]);
    return undefined;
  }
  const element = arrayElement(schema);
  if (element !== undefined) {
    if (!Array.isArray(target)) return `no list at ${excerpt(key)}`;
    const matches = selectElements(target, key);
    if (typeof matches === "string") return matches;
    if (rest.length === 0) {
      if (objectShape(element) !== undefined) return `a path must name a field inside ${excerpt(key)}`;
      const i = key === "*" ? -1 : Number(key);
      if (key !== "*" && !/^\d+$/.test(key)) return `${excerpt(key)} is not an index`;
      for (let j = 0; j < target.length; j++) {
        if (i >= 0 && j !== i) continue;
        target[j] = value;
        w.placed([...w.at, j]);
      }
      return undefined;
    }
    for (const m of matches) {
      const err = walk(m, element, rest, value, {...w, at: [...w.at, target.indexOf(m)], walked: [...w.walked, key]});
      if (err !== undefined) return err;
    }
    return undefined;
  }
  const option = objectOption(schemaIn, target, key, value);
  if (option !== undefined && "error" in option) return option.error;
  const shape = option?.shape ?? objectShape(schema);
  if (shape === undefined || typeof target !== "object" || target === null) return `${excerpt(key)} is not inside an object`;
  if (option?.tag !== undefined) (target as Record<string, unknown>)[option.tag[0]] ??= option.tag[1];
  for (const k of option?.drop ?? []) delete (target as Record<string, unknown>)[k];
  if (!(key in shape)) return `no such field ${excerpt(key)}${suggestion(key, Object.keys(shape)) || pathSuggestion(keys, w.walked)}`;
  const obj = target as Record<string, unknown>;
  if (rest.length === 0) {
    obj[key] = value;
    w.placed([...w.at, key]);
    return undefined;
  }
  if (obj[key] === undefined) obj[key] = arrayElement(shape[key]) !== undefined ? [] : {};
  return walk(obj[key], shape[key], rest, value, {...w, at: [...w.at, key], walked: [...w.walked, key]});
}

function selectElements(list: unknown[], key: string): unknown[] | string {
  if (key === "*") return list;
  if (/^\d+$/.test(key)) {
    const i = Number(key);
    return i < list.length ? [list[i]] : `index ${i} is past the end (${list.length} elements)`;
  }
  const ids = list.map((e) => (typeof e === "object" && e !== null ? String((e as {id?: unknown}).id) : ""));
  const i = ids.indexOf(key);
  if (i < 0) return `no element with id ${excerpt(key)}${suggestion(key, ids)}`;
  return [list[i]];
}
