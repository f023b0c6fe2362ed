import {describe, expect, it} from "vitest";
import {createProgress, formatDuration, progressText} from "../../src/sweep/progress.js";

function recorder(isTTY: boolean) {
  const out: string[] = [];
  return {out, stream: {isTTY, write: (t: string) => out.push(t)}};
}

describe("progress", () => {
  it("says runs done, rate and time left", () => {
    expect(progressText(120, 1000, 0, 40)).toBe("120/1000 runs, 40 runs/s, 22 s left");
    expect(progressText(1000, 1000, 2, 4.04)).toBe("1000/1000 runs, 4.0 runs/s, finishing, 2 failed");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("prints plain lines every 10% when not on a terminal, and no last line of its own (the report ends the sweep)", () => {
    let t = 0;
    const {out, stream} = recorder(false);
    const p = createProgress(100, stream, 0, () => t);
    for (let d = 1; d <= 100; d++) {
      t += 0.01;
      p.update(d, 0);
    }
    p.finish();
    expect(out.map((l) => Number(l.split("/")[0].slice(7)))).toEqual([1, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(out.every((l) => l.startsWith("sweep: ") && l.endsWith("\n") && !/done|100\/100/.test(l))).toBe(true);
  });

  it("redraws one line in place on a terminal", () => {
    let t = 0;
    const {out, stream} = recorder(true);
    const p = createProgress(10, stream, 0, () => t);
    for (let d = 1; d <= 10; d++) {
      t += 0.2;
      p.update(d, 0);
    }
    expect(out.every((l) => l.startsWith("\r\x1b[K["))).toBe(true);
    expect(out.at(-1)).toMatch(/\[#{24}\] 10\/10 runs, .*finishing$/);
    p.finish();
    expect(out.at(-1)).toBe("\r\x1b[K");
  });
});
