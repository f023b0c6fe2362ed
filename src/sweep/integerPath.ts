/**
 * Whether a `--set` path names an integer field of the scenario (like `processes.*.meetEvery`),
 * so that ranges and sampled values for it are rounded to integers.
 */
import {z} from "zod";
import {scenario} from "../scenario/schema.js";
import {arrayElement, objectShape, unwrap} from "../scenario/schemaAt.js";

/** The schema a `--set` path leads to (list elements are named by id, index or `*`), or undefined. */
export function schemaAtSetPath(path: string, root: z.ZodType = scenario): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const key of path.split(".")) {
    if (s === undefined) return undefined;
    const inner = unwrap(s);
    const element = arrayElement(inner);
    if (element !== undefined) s = element;
    else if (inner instanceof z.ZodRecord) s = inner.valueType as z.ZodType;
    else s = objectShape(inner)?.[key];
  }
  return s === undefined ? undefined : unwrap(s);
}

/** True when the field at the `--set` path is an integer number (`z.number().int()`). */
export function isIntegerPath(path: string): boolean {
  const s = schemaAtSetPath(path);
  return s instanceof z.ZodNumber && s.isInt === true;
}
