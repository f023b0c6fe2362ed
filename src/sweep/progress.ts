/**
 * Sweep progress on stderr: on a terminal, one line redrawn in place (a bar, runs done of the
 * total, runs per second, time left); otherwise plain lines every 5 seconds or 10% of the runs.
 */

/** Where progress goes: a stream with `write`, and `isTTY` on a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Receives the count of runs done (and failed) so far. */
export interface ProgressDisplay {
  update(done: number, failed: number): void;
  /** Erases the line on a terminal (the caller reports the end). */
  finish(): void;
}

/** `1:05:03`, `4:07` or `12 s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A rate of runs per second as printed: `35`, `4.0`. */
export function progressRate(rate: number): string {
  return rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
}

/** `120/1000 runs, 35 runs/s, 25 s left, 2 failed` (rate in runs per second). */
export function progressText(done: number, total: number, failed: number, rate: number): string {
  const left = done >= total ? "finishing" : rate > 0 ? `${formatDuration((total - done) / rate)} left` : "? left";
  return `${done}/${total} runs, ${progressRate(rate)} runs/s, ${left}${failed > 0 ? `, ${failed} failed` : ""}`;
}

/**
 * A display for `total` runs of which `before` were done by an earlier invocation (left out of
 * the rate). `now` gives seconds. It never prints a last "done" line: the sweep's report says
 * how it ended, with the one rate over the whole invocation.
 */
export function createProgress(total: number, stream: ProgressStream, before = 0, now = () => performance.now() / 1000): ProgressDisplay {
  const start = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let done = before;
  let failed = 0;
  let nextTenth = 1;
  const draw = () => {
    const elapsed = now() - start;
    const text = progressText(done, total, failed, elapsed > 0 ? (done - before) / elapsed : 0);
    if (stream.isTTY) {
      const width = 24;
      const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
      stream.write(`\r\x1b[K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${text}`);
    } else {
      stream.write(`sweep: ${text}\n`);
    }
    lastDraw = now();
    drawn = true;
  };
  return {
    update(d, f) {
      done = d;
      failed = f;
      // Tenths of the runs reached, counted in whole numbers (0.1 + 0.2 is not 0.3).
      const tenths = total > 0 ? Math.floor((done * 10) / total) : 10;
      if (stream.isTTY ? now() - lastDraw >= 0.1 : done < total && (now() - lastDraw >= 5 || tenths >= nextTenth)) {
        nextTenth = Math.max(nextTenth, tenths + 1);
        draw();
      }
    },
    finish() {
      if (stream.isTTY && drawn) stream.write("\r\x1b[K");
      drawn = false;
    }
  };
}
