/**
 * `rcmp eval <scenario> [--metric m]... [--workers N] [--seed S] [--replicates R] [--json]`: a
 * long-lived process that reads parameter rows on standard input (CSV with a header of `--set`
 * paths, or JSON lines) and answers each with a line of outcomes on standard output, in input
 * order, as soon as it is done. A row that fails gets an error line; the process goes on.
 * Exit code 0 when every row ran, 1 when some got error lines, 2 for a bad scenario, option or
 * CSV header.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {workersOf} from "./sweep.js";
import {rangeOption, repeatable, schemaOption} from "./options.js";
import {maxReplicates} from "./run.js";
import {scenario as scenarioSchema} from "../scenario/schema.js";
import type {EvalSession} from "../eval/openEval.js";
import {replicateKey, RowReader, seedKey} from "../eval/rowReader.js";
import {pathFailure} from "../eval/rowFailure.js";

interface EvalCliOptions {
  metric?: string[];
  workers?: string;
  seed?: string;
  replicates?: string;
  json?: boolean;
}

/** Runs queued beyond which reading pauses until the workers catch up (bounds memory on huge inputs). */
const maxBacklog = 8192;

/** Registers `rcmp eval`. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("answer parameter rows read on standard input (CSV or JSON lines) with one line of outcomes each, for driving rcmp from Python, R or any program")
    .argument("<scenario>", "scenario file (YAML or JSON), e.g. scenarios/igc-1985.yaml")
    .option("--metric <m>", "a metric whose final value is a column (repeatable; default dispersion, toStandard, toHegemon)", repeatable, [])
    .option("--workers <n>", "runs at once (default: the number of cores)")
    .option("--seed <n>", "row r, replicate k runs with the seed a sweep of this seed gives design point r, replicate k (default: the scenario's seed for every row)")
    .option("--replicates <n>", "runs per row, each its own output line (default 1)")
    .option("--json", "write JSON lines instead of CSV")
    .addHelpText("after", "\nInput: CSV whose header names --set paths (and optionally seed, replicate), or one JSON object per line.\n" +
      "Output: row,replicate,seed, the summary columns of a sweep's runs.csv, error.\n\nExamples:\n" +
      "  printf 'dynamics.hegemonBias,processes.igc.ngo\\n0,0\\n2,0.5\\n' | rcmp eval scenarios/igc-1985.yaml\n" +
      "  echo '{\"dynamics.hegemonBias\": 2, \"seed\": 7}' | rcmp eval scenarios/igc-1985.yaml --json --metric dispersion\n" +
      "  rcmp eval scenarios/igc-1985.yaml --seed 7 --replicates 20 < points.csv > outcomes.csv\n")
    .action(action(async (file: string, o: EvalCliOptions) => evalCommand(file, o)));
}

async function evalCommand(file: string, o: EvalCliOptions): Promise<number> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0); // the reader went away: nothing left to answer
  });
  // Loaded here, not at start-up: the session brings the worker pool (Piscina), which other commands need not load.
  const {openEval} = await import("../eval/openEval.js");
  const session = await openEval(file, {
    metrics: o.metric, workers: workersOf(o.workers), json: o.json,
    seed: schemaOption("--seed", o.seed, scenarioSchema.shape.seed), replicates: rangeOption("--replicates", o.replicates, 1, maxReplicates, 1),
    write: (text) => process.stdout.write(text)
  });
  if (process.stdin.isTTY) process.stderr.write("rcmp eval: type a CSV header of --set paths, then rows (or JSON objects, one per line); Ctrl-D ends\n");
  try {
    await readRows(session);
    await session.evaluator.end();
  } finally {
    await session.close();
  }
  return session.evaluator.failed > 0 ? 1 : 0;
}

/** Feeds standard input to the session line by line, pausing while too many runs wait. */
function readRows(session: EvalSession): Promise<void> {
  const {evaluator} = session;
  const input = process.stdin;
  const reader = new RowReader();
  let warned = false;
  let rest = "";
  const feed = (line: string) => {
    const row = reader.read(line);
    if (!warned && reader.format !== undefined) {
      warned = true;
      warnColumns(session, reader.columns);
    }
    if (row !== undefined) evaluator.accept(row);
  };
  evaluator.onSettle = () => {
    if (input.isPaused() && evaluator.backlog < maxBacklog / 2) input.resume();
  };
  return new Promise((resolve, reject) => {
    const guard = (work: () => void) => {
      try {
        work();
      } catch (err) {
        input.destroy();
        reject(err);
      }
    };
    input.setEncoding("utf8");
    input.on("data", (chunk: string) => guard(() => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) feed(line);
      evaluator.dispatch();
      if (evaluator.backlog > maxBacklog) input.pause();
    }));
    input.on("end", () => guard(() => {
      if (rest !== "") feed(rest);
      resolve();
    }));
    input.on("error", reject);
  });
}

/** A warning on standard error for each CSV column that names no field of the scenario (its rows will fail). */
function warnColumns(session: EvalSession, columns: readonly string[]): void {
  for (const column of columns) {
    if (column === seedKey || column === replicateKey) continue;
    const why = pathFailure(session.base, column);
    if (why !== undefined) process.stderr.write(`warning: CSV column ${why}; every row that sets it gets an error line\n`);
  }
}
