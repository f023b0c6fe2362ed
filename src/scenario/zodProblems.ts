/**
 * Turns zod's validation issues into problems a user can act on: what was expected, what was
 * found, and a suggestion for a misspelt key.
 */
import type {z} from "zod";
import {objectShape, schemaAt} from "./schemaAt.js";
import {excerpt, shownProblems, suggestion} from "./problems.js";

/** A problem before its place in the file is known. */
export interface RawProblem {
  path: (string | number)[];
  message: string;
  /** An unknown key: point at the key itself rather than its object. */
  key?: string;
}

const show = (v: unknown): string => excerpt(v);

/** One or more problems per zod issue (an unknown-keys issue gives one per key). */
export function zodProblems(issues: readonly z.core.$ZodIssue[], root?: z.ZodType): RawProblem[] {
  const out: RawProblem[] = [];
  for (const issue of issues) out.push(...fromIssue(issue, root));
  return out;
}

function fromIssue(issue: z.core.$ZodIssue, root?: z.ZodType): RawProblem[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const got = "input" in issue && issue.input !== undefined ? ` (got ${show(issue.input)})` : "";
  switch (issue.code) {
    case "unrecognized_keys": {
      const shape = objectShape(schemaAt(path, root) ?? ({} as z.ZodType));
      const allowed = shape ? Object.keys(shape) : [];
      // Past the problems shown, the messages are only counted: no suggestion to compute.
      return issue.keys.map((key, k) => ({
        path,
        key,
        message: k < shownProblems ? `unknown key ${excerpt(key)}${suggestion(key, allowed)}${allowed.length ? `; expected one of: ${allowed.join(", ")}` : ""}` : "unknown key"
      }));
    }
    case "invalid_type":
      if (issue.input === undefined) return [{path, message: `missing required ${issue.expected}`}];
      return [{path, message: `expected ${issue.expected}${got}`}];
    case "too_big":
      if (issue.origin === "string") return [{path, message: `expected at most ${issue.maximum} characters${got}`}];
      return [{path, message: `${issue.origin === "array" ? "expected at most" : "must be at most"} ${issue.maximum}${issue.origin === "array" ? " entries" : ""}${got}`}];
    case "too_small":
      if (issue.origin === "array") return [{path, message: issue.message.startsWith("Too small") ? `expected at least ${issue.minimum} entries` : issue.message}];
      return [{path, message: `must be ${issue.inclusive === false ? "greater than" : "at least"} ${issue.minimum}${got}`}];
    case "invalid_value":
      return [{path, message: `expected one of: ${issue.values.map(show).join(", ")}${got}`}];
    case "invalid_union":
      return unionProblems(issue, path, root);
    case "invalid_format":
      return [{path, message: `${issue.message.toLowerCase()}${got}`}];
    default:
      return [{path, message: `${issue.message}${got}`}];
  }
}

/** A union failed: report the branch that matches the input's shape, else describe the choices. */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: (string | number)[], root?: z.ZodType): RawProblem[] {
  const input = issue.input;
  const branches = issue.errors.filter((b) => b.length > 0);
  const sameShape = branches.filter((b) => b.every((i) => i.code !== "invalid_type" || i.path.length > 0));
  if (sameShape.length === 1) {
    return zodProblems(sameShape[0].map((i) => ({...i, path: [...path, ...i.path]})), root);
  }
  if (("note" in issue && issue.note === "No matching discriminator") || branches.length === 0) {
    return [{path, message: `${issue.message.toLowerCase()}${input !== undefined ? ` (got ${show(input)})` : ""}`}];
  }
  const described = branches.map((b) => b[0]).filter((i) => i.code === "invalid_type" || i.code === "invalid_value");
  const expected = described.map((i) => (i.code === "invalid_type" ? i.expected : i.code === "invalid_value" ? i.values.map(show).join(" or ") : "")).filter(Boolean);
  return [{path, message: `expected ${[...new Set(expected)].join(" or ") || "another form"}${input !== undefined ? ` (got ${show(input)})` : ""}`}];
}
