/**
 * Progress of a long run on standard error: on a terminal, one line redrawn in place (at most
 * five times a second, once the work has taken half a second); elsewhere (a log file, a batch
 * job) a plain line every few seconds; nothing when quiet.
 */
import type {World} from "../model/world.js";
import type {ProgressStream} from "../sweep/progress.js";

export interface ProgressLine {
  /** Shows `what` with the share done (0..1) and the time left it implies. */
  show: (share: number, what: string) => void;
  /** Erases the line, if one was drawn on a terminal. */
  clear: () => void;
}

/** Options of {@link progressLine}: where it goes, the clock (milliseconds), how often a plain line is written (seconds). */
export interface ProgressOptions {
  stream?: ProgressStream;
  now?: () => number;
  /** Seconds between plain lines when not on a terminal (default 5). */
  every?: number;
}

export function progressLine(quiet: boolean, o: ProgressOptions = {}): ProgressLine {
  const stream = o.stream ?? process.stderr;
  const now = o.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const gap = tty ? 200 : (o.every ?? 5) * 1000;
  const start = now();
  let last = start;
  let shown = false;
  return {
    show: (share, what) => {
      if (quiet) return;
      const t = now();
      if (t - last < gap || t - start < (tty ? 500 : gap)) return;
      last = t;
      const left = share > 0 ? ((t - start) / 1000) * (1 / share - 1) : NaN;
      const text = `${what} (${Math.round(share * 100)}%), about ${Number.isFinite(left) ? left.toFixed(0) : "?"} s left`;
      if (tty) {
        shown = true;
        stream.write(`\r\x1b[2K  ${text}`);
      } else stream.write(`  ${text}\n`);
    },
    clear: () => {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    }
  };
}

/** The progress of one run, tick by tick (`label`: which run). */
export function tickProgress(ticks: number, quiet: boolean, label = "", o: ProgressOptions = {}): {update: (w: World) => void; done: () => void} {
  const line = progressLine(quiet, o);
  return {update: (w) => line.show(ticks > 0 ? w.tick / ticks : 1, `${label}tick ${w.tick}/${ticks}`), done: line.clear};
}
