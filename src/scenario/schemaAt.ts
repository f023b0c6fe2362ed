/**
 * Small helpers to look inside the zod schema: what fields an object allows, what a list
 * holds. Used by `--set` paths and by error messages that suggest a field name.
 */
import {z} from "zod";
import {scenario} from "./schema.js";
import {suggestion} from "./problems.js";

/** Unwraps optional/default/prefault wrappers to the schema underneath. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    const def = (s as {def?: {type?: string; innerType?: z.ZodType}}).def;
    if (def?.innerType && ["optional", "default", "prefault", "nullable"].includes(def.type ?? "")) s = def.innerType;
    else return s;
  }
}

/** The object keys the schema allows at `schema`, or undefined when it is not an object. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
  return undefined;
}

export function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const s = unwrap(schema);
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
}

/** For a union (like dimension values: a map or a list), the option that fits the target. */
export function pickOption(schema: z.ZodType, target: unknown): z.ZodType {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodUnion)) return s;
  const options = s.options as z.ZodType[];
  const fits = options.find((o) => (Array.isArray(target) ? unwrap(o) instanceof z.ZodArray : unwrap(o) instanceof z.ZodRecord));
  return fits ?? s;
}

/** What {@link objectOption} found: the object schema to walk into, a tag to fill in, fields to drop, or why not. */
export type ObjectOption = {shape: Record<string, z.ZodType>; tag?: [key: string, value: unknown]; drop?: string[]} | {error: string};

/** The object options of a union, nested unions flattened, with the tag key of a discriminated union. */
function objectOptions(s: z.ZodType): {shapes: Record<string, z.ZodType>[]; tag?: string} {
  const u = unwrap(s);
  if (!(u instanceof z.ZodUnion)) {
    const shape = objectShape(u);
    return {shapes: shape === undefined ? [] : [shape]};
  }
  const parts = (u.options as z.ZodType[]).map(objectOptions);
  return {shapes: parts.flatMap((p) => p.shapes), tag: (u.def as {discriminator?: string}).discriminator ?? parts.find((p) => p.tag)?.tag};
}

/**
 * For a union with object options (a distribution `{dist: ..., ...}`, possibly beside a number),
 * the option that a path going on with `key` means: the one named by the target's tag (`dist`)
 * when the target has one, else the one option that has `key` (with the tag to fill in, so that
 * `generate.power.alpha=2` on a scenario without `generate.power` means `{dist: pareto, alpha: 2}`).
 * Setting the tag itself to `value` drops the fields the newly named option lacks. Undefined when
 * the schema is no such union.
 */
export function objectOption(schema: z.ZodType, target: unknown, key: string, value?: unknown): ObjectOption | undefined {
  if (!(unwrap(schema) instanceof z.ZodUnion)) return undefined;
  const {shapes, tag} = objectOptions(schema);
  if (shapes.length === 0) return undefined;
  const tagOf = (shape: Record<string, z.ZodType>) => (tag === undefined || shape[tag] === undefined ? undefined : (unwrap(shape[tag]) as {value?: unknown}).value);
  const isObject = typeof target === "object" && target !== null && !Array.isArray(target);
  if (target !== undefined && !isObject) return {error: `"${key}" is inside ${JSON.stringify(target)}, a value without fields: set that value whole, as {"${tag ?? key}": ...}`};
  if (key === tag) {
    const named = shapes.find((o) => tagOf(o) === value) ?? shapes[0];
    const drop = isObject ? Object.keys(target as object).filter((k) => !(k in named)) : [];
    return {shape: named, drop};
  }
  const current = isObject && tag !== undefined ? (target as Record<string, unknown>)[tag] : undefined;
  if (current !== undefined) {
    const named = shapes.find((o) => tagOf(o) === current);
    if (named === undefined) return {error: `"${key}": unknown ${tag} ${JSON.stringify(current)}`};
    if (!(key in named)) return {error: `no field "${key}" where ${tag} is ${JSON.stringify(current)} (its fields: ${Object.keys(named).join(", ")}); change ${tag} first`};
    return {shape: named};
  }
  const having = shapes.filter((o) => key in o);
  if (having.length === 0) return {error: `no such field "${key}"${suggestion(key, shapes.flatMap((o) => Object.keys(o)))}`};
  const fill = having.length === 1 ? tagOf(having[0]) : undefined;
  return {shape: having[0], tag: tag !== undefined && fill !== undefined ? [tag, fill] : undefined};
}
/** The schema at a path of the scenario (keys and indices), or undefined where it has none. */
export function schemaAt(path: readonly (string | number)[], root: z.ZodType = scenario): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const key of path) {
    if (s === undefined) return undefined;
    const element = arrayElement(s);
    if (element !== undefined) {
      s = element;
      continue;
    }
    s = objectShape(s)?.[String(key)];
  }
  return s;
}
