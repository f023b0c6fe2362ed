/**
 * The question block of a question scenario: a claim the scenario makes, in a form `rcmp ask`
 * can test. Two variants of the scenario (each a set of `--set` overrides) are compared on one
 * metric of one group at one time; the claim says which way the difference goes; the uncertain
 * assumptions are scenario paths with a prior range each, drawn by `rcmp ask`.
 *
 *   question:
 *     claim: With the funder's agenda control the Caribbean states stay further apart on return
 *     variants:
 *       steered: {}                                  # the scenario as written
 *       open: {dynamics.agendaControl.strength: 0}
 *     compare: [steered, open]        # effect = metric(steered) − metric(open)
 *     metric: sd.return
 *     group: process:carib            # default all
 *     at: final                       # or a year (with a calendar) / a tick, or {tick: n}
 *     expect: greater                 # the claim: effect > margin (less: effect < −margin)
 *     assumptions:
 *       dynamics.dialogue.confidence: {uniform: [0.15, 0.6]}
 *       dynamics.agendaControl.threshold: {uniform: [0.2, 0.4]}
 */
import {z} from "zod";

/** The most assumptions a question may draw (the dimensions of the Sobol' table, src/sweep/sobol.ts). */
export const maxAssumptions = 21;

const pair = z.tuple([z.number().finite(), z.number().finite()]);
const kinds = ["uniform", "loguniform", "normal", "triangular", "integer", "choice"] as const;

/**
 * A prior of an assumption: exactly one of `uniform: [lo, hi]`, `loguniform: [lo, hi]` (lo > 0),
 * `normal: [mean, sd]` (optionally cut to `min`..`max`), `triangular: [lo, mode, hi]`,
 * `integer: [lo, hi]` (each whole number equally likely) or `choice: [v1, v2, ...]` (equally likely).
 * Each field's help is its `.describe()` text (the only copy), as in schema.ts.
 */
export const prior = z.strictObject({
  uniform: pair.optional().describe("[lo, hi]: every value between equally likely"),
  loguniform: pair.optional().describe("[lo, hi], lo > 0: uniform in the logarithm"),
  normal: pair.optional().describe("[mean, sd]: normal, cut to min..max when given"),
  triangular: z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]).optional().describe("[lo, mode, hi]"),
  integer: z.tuple([z.number().int(), z.number().int()]).optional().describe("[lo, hi]: each whole number equally likely (for whole-number fields such as meetEvery)"),
  choice: z.array(z.union([z.number().finite(), z.string(), z.boolean()])).min(1).optional().describe("[a, b, ...]: each value equally likely"),
  min: z.number().finite().optional().describe("for normal: the lowest value drawn (the distribution is cut there)"),
  max: z.number().finite().optional().describe("for normal: the highest value drawn")
}).describe("A prior: exactly one of uniform, loguniform, normal, triangular, integer, choice").superRefine((p, ctx) => {
  const given = kinds.filter((k) => p[k] !== undefined);
  if (given.length !== 1) {
    ctx.addIssue({code: "custom", message: `expected exactly one of ${kinds.join(", ")}${given.length > 1 ? ` (got ${given.join(" and ")})` : ""}`});
    return;
  }
  const problem = priorProblem(p);
  if (problem !== undefined) ctx.addIssue({code: "custom", path: [given[0]], message: problem});
});
function priorProblem(p: Prior): string | undefined {
  const order = (lo: number, hi: number) => (lo < hi ? undefined : `expected the lower bound below the upper one (got ${lo} and ${hi})`);
  if (p.uniform) return order(...p.uniform);
  if (p.loguniform) return p.loguniform[0] > 0 ? order(...p.loguniform) : `expected a lower bound above 0 (got ${p.loguniform[0]})`;
  if (p.integer) return p.integer[0] <= p.integer[1] ? undefined : `expected the lower bound at most the upper one (got ${p.integer[0]} and ${p.integer[1]})`;
  if (p.triangular) {
    const [lo, mode, hi] = p.triangular;
    return lo <= mode && mode <= hi && lo < hi ? undefined : `expected lo ≤ mode ≤ hi with lo < hi (got ${lo}, ${mode}, ${hi})`;
  }
  if (p.normal) {
    if (!(p.normal[1] > 0)) return `expected a standard deviation above 0 (got ${p.normal[1]})`;
    if (p.min !== undefined && p.max !== undefined && !(p.min < p.max)) return `expected min below max (got ${p.min} and ${p.max})`;
  }
  if ((p.min !== undefined || p.max !== undefined) && !p.normal) return "min and max cut a normal prior only";
  return undefined;
}

export const question = z.strictObject({
  claim: z.string().min(1).describe("The claim in words, as the report and the figure show it"),
  variants: z.record(z.string().regex(/^[A-Za-z0-9_.:-]+$/, "expected a variant name of letters, digits and _ . : -"), z.record(z.string().min(1), z.unknown()))
    .refine((v) => Object.keys(v).length >= 2, "expected at least two variants")
    .describe("Named variants of the scenario, each a map of --set paths to values ({} is the scenario as written); applied after the drawn assumptions"),
  compare: z.tuple([z.string().min(1), z.string().min(1)]).optional().describe("[a, b]: the effect is metric(a) − metric(b). Default: the first two variants"),
  metric: z.string().min(1).describe("A metric rcmp run records for the group (dispersion, toStandard, toHegemon, hegemonPull, sd.<dim>, ...)"),
  group: z.string().min(1).default("all").describe("the group the metric is read for: all, region:<name> or process:<id>"),
  at: z.union([z.literal("final"), z.number(), z.strictObject({tick: z.number().int().min(0).describe("a tick (a whole number), whether or not the scenario has a calendar")})]).default("final")
    .describe("When the metric is read: final (the last tick), a year (with a calendar) or tick (without), or {tick: n}"),
  expect: z.enum(["greater", "less"]).describe("The claim: the effect is greater than margin, or less than −margin"),
  margin: z.number().min(0).default(0).describe("How large the effect must be for the claim to hold, ≥ 0"),
  assumptions: z.record(z.string().min(1), prior).default({})
    .refine((a) => Object.keys(a).length <= maxAssumptions, `expected at most ${maxAssumptions} assumptions`)
    .describe(`The uncertain assumptions: a --set path → its prior (at most ${maxAssumptions})`),
  draws: z.number().int().min(1).max(100_000).default(32).describe("Draws of the assumptions at Sobol' points (1 without assumptions)"),
  replicates: z.number().int().min(1).max(10_000).default(4).describe("Seeds per draw, each shared by the two variants")
}).describe("A claim for rcmp ask: two variants compared on a metric, the expected direction, and the uncertain assumptions with their priors");

/** A prior as validated. */
export type Prior = z.output<typeof prior>;
/** A question block as validated, defaults filled in. */
export type Question = z.output<typeof question>;
