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

export interface Override {
  path: string;
  value: unknown;
}

/** `"dynamics.hegemonBias=2"` → `{path: "dynamics.hegemonBias", value: 2}`; values are read as YAML scalars or JSON. */
export function parseSetArg(arg: string, file = "--set"): Override {
  const eq = arg.indexOf("=");
  if (eq <= 0) {
    throw new InputError([{file, path: [], message: `expected path=value, got ${excerpt(arg)}`}]);
  }
  return {path: arg.slice(0, eq).trim(), value: parseSetValue(arg.slice(eq + 1).trim())};
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
 * along the path where the schema has them. Throws InputError naming each bad path.
 */
export function applyOverrides(raw: Record<string, unknown>, overrides: readonly Override[], file = "--set"): void {
  const problems: Problem[] = [];
  for (const o of overrides) {
    const message = applyOne(raw, o);
    if (message !== undefined) problems.push({file, path: [], message: `--set ${o.path}: ${message}`});
  }
  if (problems.length > 0) throw new InputError(problems);
}

function applyOne(raw: Record<string, unknown>, o: Override): string | undefined {
  const keys = o.path.split(".");
  if (keys.some((k) => k === "")) return "empty path segment";
  return walk(raw, schemas.scenario, keys, o.value);
}

function walk(target: unknown, schemaIn: z.ZodType, keys: string[], value: unknown): string | undefined {
  const [key, ...rest] = keys;
  const schema = pickOption(schemaIn, target);
  if (schema instanceof z.ZodRecord && typeof target === "object" && target !== null && !Array.isArray(target)) {
    if (rest.length > 0) return `${excerpt(key)} holds a value, not fields`;
    (target as Record<string, unknown>)[key] = value;
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
      for (let j = 0; j < target.length; j++) if (i < 0 || j === i) target[j] = value;
      return undefined;
    }
    for (const m of matches) {
      const err = walk(m, element, rest, value);
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
  if (!(key in shape)) return `no such field ${excerpt(key)}${suggestion(key, Object.keys(shape))}`;
  const obj = target as Record<string, unknown>;
  if (rest.length === 0) {
    obj[key] = value;
    return undefined;
  }
  if (obj[key] === undefined) obj[key] = arrayElement(shape[key]) !== undefined ? [] : {};
  return walk(obj[key], shape[key], rest, value);
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
