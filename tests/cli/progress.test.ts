/**
 * A long single run reports progress (issue #11): on a terminal one line redrawn in place; to a
 * log file or a batch job, a plain line every few seconds; nothing when quiet.
 */
import {describe, expect, it} from "vitest";
import {progressLine, tickProgress} from "../../src/cli/progress.js";
import type {World} from "../../src/model/world.js";

function recorder(isTTY: boolean) {
  const out: string[] = [];
  return {out, stream: {isTTY, write: (t: string) => out.push(t)}};
}

describe("progress of a run", () => {
  it("writes a plain line every 5 seconds when standard error is not a terminal", () => {
    let t = 0;
    const {out, stream} = recorder(false);
    const ticks = 1000;
    const p = tickProgress(ticks, false, "world-2004: ", {stream, now: () => t});
    for (let tick = 1; tick <= ticks; tick++) {
      t += 30; // 30 s in all: lines at 5, 10, 15, 20 and 25 s
      p.update({tick} as World);
    }
    p.done();
    expect(out).toHaveLength(5);
    expect(out[0]).toBe("  world-2004: tick 167/1000 (17%), about 25 s left\n");
    expect(out.every((l) => l.endsWith("\n") && !l.includes("\r") && !l.includes("\x1b"))).toBe(true);
  });

  it("redraws one line on a terminal and erases it at the end; says nothing when quiet", () => {
    let t = 0;
    const tty = recorder(true);
    const line = progressLine(false, {stream: tty.stream, now: () => t});
    for (let k = 1; k <= 10; k++) {
      t += 300;
      line.show(k / 10, "run");
    }
    line.clear();
    expect(tty.out.slice(0, -1).every((l) => l.startsWith("\r\x1b[2K  run ("))).toBe(true);
    expect(tty.out.at(-1)).toBe("\r\x1b[2K");
    const quiet = recorder(false);
    const silent = progressLine(true, {stream: quiet.stream, now: () => t});
    for (let k = 1; k <= 10; k++) {
      t += 10_000;
      silent.show(k / 10, "run");
    }
    expect(quiet.out).toEqual([]);
  });
});
