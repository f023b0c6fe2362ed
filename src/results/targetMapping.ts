/**
 * A target mapping file (YAML): how the variables of a published policy index become targets
 * on the model's dimensions, so that the mapping is stated in a file, not in code. For each
 * dimension: which variable, whether to take 1 − x (the index runs the other way), and which raw
 * value means "no law" (a cell to drop, not a measurement). The index file is tidy:
 * one row per state, year and variable, with columns named in `columns`.
 */
import {z} from "zod";
import {parseText, placeProblems} from "../scenario/load.js";
import {InputError} from "../scenario/problems.js";
import {zodProblems} from "../scenario/zodProblems.js";

/** How one model dimension is read from the index. */
export const dimensionMapping = z.strictObject({
  variable: z.string().min(1).describe("the index variable (a value of the variable column), e.g. Reg_C"),
  reverse: z.boolean().default(false).describe("take 1 − x: the index is high where the model's dimension is low; default false"),
  noLaw: z.number().finite().optional().describe("a raw value that means \"no law existed\", not a measurement: such cells are dropped (IMPIC: 1); default none")
}).describe("how one model dimension is read from the index");

/** The mapping file. */
export const targetMappingSchema = z.strictObject({
  source: z.string().optional().describe("where the index comes from, for the reader (e.g. IMPIC v2, Helbling et al. 2017)"),
  columns: z.strictObject({
    state: z.string().min(1).default("country").describe("column of state ids (the scenario's); default country"),
    year: z.string().min(1).default("year").describe("column of years; default year"),
    variable: z.string().min(1).default("variable").describe("column of variable names; default variable"),
    value: z.string().min(1).default("value").describe("column of values; default value")
  }).default({state: "country", year: "year", variable: "variable", value: "value"}).describe("column names of the index file (defaults: IMPIC's)"),
  dimensions: z.record(z.string().min(1), dimensionMapping).refine((d) => Object.keys(d).length > 0, "expected at least one dimension")
    .describe("model dimension id → how to read it; at least one")
});

/** A mapping file after validation. */
export type TargetMapping = z.output<typeof targetMappingSchema>;

/** Reads and validates a mapping file's text; throws InputError with file, line and column. */
export function parseTargetMapping(text: string, file: string): TargetMapping {
  const parsed = parseText(text, file);
  const result = targetMappingSchema.safeParse(parsed.data ?? {}, {reportInput: true});
  if (!result.success) throw new InputError(placeProblems(parsed, zodProblems(result.error.issues, targetMappingSchema)));
  return result.data;
}
