/**
 * `rcmp schema` gives editors help on hover: every field of the scenario's JSON Schema (every
 * property of every object, in unions and lists too) has a description, and one with a
 * default says what it is.
 */
import {expect, test} from "vitest";
import {scenarioJsonSchema} from "../../src/cli/schema.js";

interface Field {
  path: string;
  node: Record<string, unknown>;
}

/** Every property of every object node, with its path. */
function fields(node: unknown, path = ""): Field[] {
  if (Array.isArray(node)) return node.flatMap((n, k) => fields(n, `${path}[${k}]`));
  if (typeof node !== "object" || node === null) return [];
  const out: Field[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) {
        out.push({path: `${path}.${name}`, node: child as Record<string, unknown>});
        out.push(...fields(child, `${path}.${name}`));
      }
    } else out.push(...fields(value, `${path}/${key}`));
  }
  return out;
}

test("every field of the scenario schema has a description", () => {
  const all = fields(scenarioJsonSchema());
  expect(all.length).toBeGreaterThan(120);
  const missing = all.filter((f) => typeof f.node.description !== "string" || f.node.description.length < 10).map((f) => f.path);
  expect(missing).toEqual([]);
});

test("a field with a default names it in its description", () => {
  const withDefault = fields(scenarioJsonSchema()).filter((f) => "default" in f.node);
  expect(withDefault.length).toBeGreaterThan(40);
  for (const f of withDefault) {
    expect(f.node.description, f.path).toMatch(new RegExp(`Default: ${JSON.stringify(f.node.default).replace(/[[\]{}().*+?^$|\\]/g, "\\$&")}[. ]`));
  }
});
