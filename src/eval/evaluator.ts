/**
 * The engine of `rcmp eval`: takes rows as they are read, runs them on the worker pool and
 * writes one line per row and replicate, in input order, as soon as every earlier line is
 * written. Rows queue while the workers are busy and go out in batches of up to the pool's
 * batch size (fast input is batched for throughput); a row that arrives alone while a worker
 * is free goes out alone at once (an interactive driver gets its answer without waiting).
 */
import type {ParsedText} from "../scenario/load.js";
import type {RunPool} from "../sweep/pool.js";
import type {RunOutcome, RunTask} from "../sweep/runTask.js";
import type {ReadRow, RowInput} from "./rowReader.js";
import type {OutcomeFormat, OutcomeKey} from "./outcomeFormat.js";
import {evalSeed, type SeedRule} from "./evalSeed.js";
import {overrideFailure} from "./rowFailure.js";

/** Options of an {@link Evaluator}. */
export interface EvaluatorOptions {
  /** The base scenario, to explain rows that fail. */
  base: ParsedText;
  /** Replicates of a row that names none (default 1). */
  replicates: number;
  seeds: SeedRule;
  format: OutcomeFormat;
  /** Receives the output, a batch of whole lines at a time. */
  write: (text: string) => void;
}

/** A run waiting for a worker: its output slot and task, and the row it came from. */
interface Pending {
  slot: number;
  task: RunTask;
  row: RowInput;
}

/** Runs rows on a pool and writes their lines in order. */
export class Evaluator {
  /** Output lines done but not yet written (an earlier one is still running), by slot. */
  private readonly done = new Map<number, string>();
  private readonly queue: Pending[] = [];
  private queueHead = 0;
  private slots = 0;
  private written = 0;
  private inFlight = 0;
  private ended = false;
  private finished: (() => void) | undefined;
  /** Lines written for runs that failed or rows that could not be read. */
  failed = 0;
  /** Called after each batch of runs is back and its lines written (e.g. to resume paused input). */
  onSettle: (() => void) | undefined;

  constructor(private readonly pool: RunPool, private readonly o: EvaluatorOptions) {}

  /** Runs not yet handed to a worker. */
  get backlog(): number {
    return this.queue.length - this.queueHead;
  }

  /** Takes one row (or a row that could not be read); call {@link dispatch} once a batch of input is read. */
  accept(input: ReadRow): void {
    const replicates = input.ok && input.replicate !== undefined ? [input.replicate] : Array.from({length: this.o.replicates}, (_, r) => r);
    for (const replicate of replicates) {
      const slot = this.slots++;
      if (!input.ok) {
        this.fail(slot, {row: input.row, replicate, seed: null}, `row ${input.row} (line ${input.line}): ${input.message}`);
        continue;
      }
      const seed = evalSeed(this.o.seeds, input.row, replicate, input.seed);
      this.queue.push({slot, row: input, task: {run: slot, point: input.row, replicate, seed, overrides: input.overrides}});
    }
    this.flush();
  }

  /** Hands queued runs to free workers: split evenly over the free lanes, at most a pool batch each. */
  dispatch(): void {
    while (this.inFlight < this.pool.inFlight && this.backlog > 0) {
      const free = this.pool.inFlight - this.inFlight;
      const size = Math.min(this.pool.batch, Math.ceil(this.backlog / free));
      const batch = this.queue.slice(this.queueHead, this.queueHead + size);
      this.queueHead += size;
      if (this.queueHead > 4096) {
        this.queue.splice(0, this.queueHead);
        this.queueHead = 0;
      }
      this.inFlight += 1;
      void this.pool.run(batch.map((p) => p.task)).then((outcomes) => this.settle(batch, outcomes));
    }
  }

  /** No more rows: resolves once every line is written. */
  end(): Promise<void> {
    this.ended = true;
    this.dispatch();
    return new Promise((resolve) => {
      this.finished = resolve;
      this.checkFinished();
    });
  }

  private settle(batch: readonly Pending[], outcomes: readonly RunOutcome[]): void {
    this.inFlight -= 1;
    const explained = new Map<number, string>();
    batch.forEach((p, k) => {
      const outcome = outcomes[k];
      const key: OutcomeKey = {row: p.row.row, replicate: p.task.replicate, seed: p.task.seed};
      if (outcome.ok) {
        this.done.set(p.slot, this.o.format.ok(key, outcome.row));
        return;
      }
      if (!explained.has(p.row.row)) explained.set(p.row.row, this.explain(p.row, outcome.error));
      this.fail(p.slot, key, `row ${p.row.row} (line ${p.row.line}): ${explained.get(p.row.row)}`);
    });
    this.flush();
    this.dispatch();
    this.onSettle?.();
    this.checkFinished();
  }

  /** Why a row's run failed: the path at fault, else the run's own error. */
  private explain(row: RowInput, error: string): string {
    try {
      return overrideFailure(this.o.base, row.overrides) ?? `run failed: ${error}`;
    } catch {
      return `run failed: ${error}`;
    }
  }

  private fail(slot: number, key: OutcomeKey, message: string): void {
    this.failed += 1;
    this.done.set(slot, this.o.format.error(key, message));
  }

  /** Writes, in one piece, every line whose turn has come. */
  private flush(): void {
    let text = "";
    for (let line = this.done.get(this.written); line !== undefined; line = this.done.get(this.written)) {
      text += line;
      this.done.delete(this.written);
      this.written += 1;
    }
    if (text !== "") this.o.write(text);
  }

  private checkFinished(): void {
    if (this.ended && this.inFlight === 0 && this.backlog === 0 && this.written === this.slots) this.finished?.();
  }
}
