/**
 * Progress of a long run on standard error: a line redrawn in place on a terminal (at most
 * five times a second), nothing when not a terminal or when quiet, and only for runs long
 * enough to need it.
 */
import type {World} from "../model/world.js";

export function tickProgress(ticks: number, quiet: boolean): {update: (w: World) => void; done: () => void} {
  const tty = process.stderr.isTTY === true && !quiet;
  const start = performance.now();
  let last = start;
  let shown = false;
  return {
    update: (w) => {
      if (!tty) return;
      const now = performance.now();
      if (now - last < 200 || now - start < 500) return;
      last = now;
      shown = true;
      const share = w.tick / ticks;
      const left = ((now - start) / 1000) * (1 / share - 1);
      process.stderr.write(`\r  tick ${w.tick}/${ticks} (${Math.round(share * 100)}%), about ${left.toFixed(0)} s left   `);
    },
    done: () => {
      if (shown) process.stderr.write("\r\x1b[2K");
    }
  };
}
