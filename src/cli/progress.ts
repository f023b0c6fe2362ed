/**
 * Progress of long work on standard error: one line redrawn in place on a terminal (at most
 * five times a second, and only once the work has taken half a second); nothing when not a
 * terminal or when quiet.
 */
import type {World} from "../model/world.js";

export interface ProgressLine {
  /** Shows `what` with the share done (0..1) and the time left it implies. */
  show: (share: number, what: string) => void;
  /** Erases the line, if one was drawn. */
  clear: () => void;
}

export function progressLine(quiet: boolean): ProgressLine {
  const tty = process.stderr.isTTY === true && !quiet;
  const start = performance.now();
  let last = start;
  let shown = false;
  return {
    show: (share, what) => {
      if (!tty) return;
      const now = performance.now();
      if (now - last < 200 || now - start < 500) return;
      last = now;
      shown = true;
      const left = share > 0 ? ((now - start) / 1000) * (1 / share - 1) : NaN;
      process.stderr.write(`\r\x1b[2K  ${what} (${Math.round(share * 100)}%), about ${Number.isFinite(left) ? left.toFixed(0) : "?"} s left`);
    },
    clear: () => {
      if (shown) process.stderr.write("\r\x1b[2K");
      shown = false;
    }
  };
}

/** The progress of one run, tick by tick. */
export function tickProgress(ticks: number, quiet: boolean): {update: (w: World) => void; done: () => void} {
  const line = progressLine(quiet);
  return {update: (w) => line.show(w.tick / ticks, `tick ${w.tick}/${ticks}`), done: line.clear};
}
