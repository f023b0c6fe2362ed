/**
 * Small helpers to look inside the zod schema: what fields an object allows, what a list
 * holds. Used by `--set` paths and by error messages that suggest a field name.
 */
import {z} from "zod";
import {scenario} from "./schema.js";

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
