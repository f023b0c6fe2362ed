/**
 * Every field path of the scenario schema, for suggesting a `--set` path whose prefix is
 * missing or wrong (`hegemonBias` → `dynamics.hegemonBias`). List elements appear as `<id>`
 * (elements with an id, selected by it) or `<index>`, map entries as `<key>`.
 */
import {z} from "zod";
import {scenario} from "./schema.js";
import {arrayElement, objectShape, unwrap} from "./schemaAt.js";
import {didYouMean} from "./problems.js";

const placeholders = new Set(["<id>", "<index>", "<key>"]);
const maxDepth = 8;
let cached: string[][] | undefined;

/** The paths of every field of the scenario schema (as segments), shallow ones first. */
export function fieldPaths(): string[][] {
  if (cached === undefined) {
    cached = [];
    collect(scenario, [], cached);
    cached.sort((a, b) => a.length - b.length);
  }
  return cached;
}

function collect(schema: z.ZodType, prefix: string[], out: string[][]): void {
  if (prefix.length >= maxDepth) return;
  const s = unwrap(schema);
  if (s instanceof z.ZodUnion) {
    for (const option of s.options as z.ZodType[]) collect(option, prefix, out);
    return;
  }
  if (s instanceof z.ZodRecord) {
    out.push([...prefix, "<key>"]);
    return;
  }
  const element = arrayElement(s);
  if (element !== undefined) {
    collect(element, [...prefix, objectShape(element)?.id !== undefined ? "<id>" : "<index>"], out);
    return;
  }
  const shape = objectShape(s);
  if (shape === undefined) return;
  for (const [key, field] of Object.entries(shape)) {
    const path = [...prefix, key];
    if (!out.some((p) => p.join(".") === path.join("."))) out.push(path);
    collect(field, path, out);
  }
}

/**
 * The full paths that a path missing part of its prefix may have meant: those that end with
 * `keys` (placeholders match any key; the last key must name a field, exactly or nearly), those
 * under `under` (the part of the path that was found) first. At most 3, shortest first.
 */
export function pathsEndingWith(keys: readonly string[], under: readonly string[] = []): string[] {
  const matches = (segment: string, key: string, last: boolean) =>
    placeholders.has(segment) ? !last : segment.toLowerCase() === key.toLowerCase();
  const near = (segment: string, key: string) => !placeholders.has(segment) && didYouMean(key, [segment]) !== undefined;
  const tails = (test: (segment: string, key: string, last: boolean) => boolean) =>
    fieldPaths().filter((p) => p.length > keys.length && keys.every((k, j) => test(p[p.length - keys.length + j], k, j === keys.length - 1)));
  let found = tails(matches);
  if (found.length === 0) found = tails((segment, key, last) => matches(segment, key, last) || near(segment, key));
  const inside = found.filter((p) => under.every((k, j) => p[j] === k || placeholders.has(p[j])));
  return (inside.length > 0 ? inside : found).slice(0, 3).map((p) => p.join("."));
}

/** ` (did you mean "a"?)`, ` (did you mean "a" or "b"?)` or the empty string. */
export function pathSuggestion(keys: readonly string[], under: readonly string[] = []): string {
  const paths = pathsEndingWith(keys, under).map((p) => `"${p}"`);
  if (paths.length === 0) return "";
  return ` (did you mean ${paths.length === 1 ? paths[0] : `${paths.slice(0, -1).join(", ")} or ${paths.at(-1)}`}?)`;
}
