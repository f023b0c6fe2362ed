/**
 * The JSON-lines formats of `rcmp eval`, for `rcmp schema --eval`: an input row (an object of
 * `--set` paths with an optional run seed and replicate) and an output line (the run's key and
 * the summary columns of a sweep's runs.csv, or an error). The reader (rowReader.ts) applies
 * the same bounds.
 */
import {z} from "zod";
import {maxReplicate} from "./rowReader.js";

/** A value a path may be set to, as `--set` takes it. */
const pathValue = z.union([z.number(), z.string(), z.boolean(), z.array(z.unknown()), z.record(z.string(), z.unknown()), z.null()]);

/** One input row. */
export const evalRowSchema = z
  .object({
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional()
      .describe("the run seed of replicate 0 of this row (replicate r: mixed from (seed, r)); default: from --seed and the row index, else the scenario's seed"),
    replicate: z.number().int().min(0).max(maxReplicate).optional()
      .describe("run only this replicate of the row; default: replicates 0 to --replicates − 1")
  })
  .catchall(pathValue.describe("any other key is a path of `rcmp run --set` (dynamics.hegemonBias, processes.igc.ngo, states.USA.power); null leaves the scenario's value"))
  .describe("one line of rcmp eval's JSON-lines input");

/** One output line. */
export const evalOutcomeSchema = z
  .object({
    row: z.number().int().min(0).describe("index of the input row among data rows, from 0"),
    replicate: z.number().int().min(0).describe("the replicate this line answers"),
    seed: z.number().int().min(0).nullable().describe("the run's seed; null for a row that could not be read"),
    error: z.string().optional().describe("present only when the row failed: names the row, its input line and the path at fault")
  })
  .catchall(z.number().nullable().describe("summary columns of a sweep's runs.csv: ticks, final.<metric>, convergedAt, beta, hegemonPull, meetings, withheld (null: not computed); absent on an error line"))
  .describe("one line of rcmp eval --json output");
