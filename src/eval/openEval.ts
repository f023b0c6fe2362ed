/**
 * Sets up `rcmp eval`: reads and checks the scenario and the metrics (as a sweep checks its
 * `record`), starts the worker pool, and returns an {@link Evaluator} with the output format's
 * summary columns, the same ones a sweep's runs.csv has for this scenario and these metrics.
 */
import {readInputText} from "../io/readScenario.js";
import {parseText, validateScenario, type ParsedText} from "../scenario/load.js";
import {InputError} from "../scenario/problems.js";
import {recordedColumns} from "../sweep/recordedColumns.js";
import {defaultRecord} from "../sweep/sweepSchema.js";
import {createPool, type RunPool} from "../sweep/pool.js";
import {Evaluator} from "./evaluator.js";
import {csvOutcomes, jsonOutcomes} from "./outcomeFormat.js";
import {maxReplicate} from "./rowReader.js";

/** Options of {@link openEval}. */
export interface EvalOptions {
  /** Metrics (group `all`) whose final values are columns; default the sweep's (dispersion, toStandard, toHegemon, less those the scenario lacks). */
  metrics?: string[];
  /** Runs at once: 1 runs in the calling thread, more use a Piscina pool (needs the built `dist/`). Default 1. */
  workers?: number;
  /** Sweep-like seed: row r, replicate k runs with runSeed(seed, r, k). Default: the scenario's seed for every row. */
  seed?: number;
  /** Replicates per row that names none (default 1). */
  replicates?: number;
  /** JSON lines instead of CSV. */
  json?: boolean;
  /** Receives the output, whole lines at a time. */
  write: (text: string) => void;
}

/** A running evaluation: feed it rows, then `end()` it and `close()` the pool. */
export interface EvalSession {
  evaluator: Evaluator;
  base: ParsedText;
  /** The summary columns of each output line. */
  columns: string[];
  /** Metrics whose final values are columns. */
  record: string[];
  close(): Promise<void>;
}

/** Checks the scenario and options (InputError for bad ones), starts the pool and writes the CSV header. */
export async function openEval(file: string, o: EvalOptions): Promise<EvalSession> {
  const replicates = o.replicates ?? 1;
  if (!Number.isInteger(replicates) || replicates < 1 || replicates > maxReplicate + 1) {
    throw new InputError(`--replicates expects a whole number from 1 to ${maxReplicate + 1}, got ${replicates}`);
  }
  const text = await readInputText(file);
  const base = parseText(text, file);
  const scenario = validateScenario(base);
  const given = o.metrics !== undefined && o.metrics.length > 0;
  const recorded = recordedColumns(base, [], given ? o.metrics! : defaultRecord, given);
  if (recorded.problems.length > 0) throw new InputError(recorded.problems.map((p) => `--metric ${o.metrics![p.path[1] as number]}: ${p.message}`).join("\n"));
  const columns = recorded.summaryColumns;
  const pool: RunPool = createPool(o.workers ?? 1, {baseText: text, baseFile: file, record: recorded.record, keepSeries: false});
  const format = o.json ? jsonOutcomes(columns) : csvOutcomes(columns);
  const seeds = o.seed === undefined ? {kind: "scenario" as const, seed: scenario.seed} : {kind: "sweep" as const, seed: o.seed};
  const evaluator = new Evaluator(pool, {base, replicates, seeds, format, write: o.write});
  const header = format.header();
  if (header !== "") o.write(header);
  return {evaluator, base, columns, record: recorded.record, close: () => pool.close()};
}
