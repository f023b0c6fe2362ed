/**
 * The random draws the engine relies on have the distributions they claim.
 */
import {expect, test} from "vitest";
import fc from "fast-check";
import seedrandom from "seedrandom";
import {alea, aleaState, beta, createStreams, gaussianPairs, nextAlea} from "../../src/model/random.js";

const moments = (draw: () => number, n: number) => {
  let s = 0;
  let s2 = 0;
  for (let k = 0; k < n; k++) {
    const v = draw();
    s += v;
    s2 += v * v;
  }
  const mean = s / n;
  return {mean, sd: Math.sqrt(s2 / n - mean * mean)};
};

test("gaussian draws are standard normal (mean 0, sd 1 within sampling error)", () => {
  const m = moments(gaussianPairs(createStreams(3).noise), 200_000);
  expect(Math.abs(m.mean)).toBeLessThan(0.01); // 4.5 standard errors
  expect(Math.abs(m.sd - 1)).toBeLessThan(0.01);
});

test("beta(a, b) draws have mean a/(a+b) and the beta variance", () => {
  const random = createStreams(4).generate;
  for (const [a, b] of [[2, 5], [0.5, 0.5], [8, 2]]) {
    const m = moments(() => beta(random, a, b), 100_000);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(m.mean - a / (a + b))).toBeLessThan(0.006);
    expect(Math.abs(m.sd - Math.sqrt(variance))).toBeLessThan(0.006);
  }
});

test("streams differ by name and by seed, and repeat for the same seed", () => {
  const a = createStreams(1);
  const b = createStreams(1);
  const c = createStreams(2);
  const first = [a.noise(), a.dialogue()];
  expect(first[0]).not.toBe(first[1]);
  expect([b.noise(), b.dialogue()]).toEqual(first);
  expect(c.noise()).not.toBe(first[0]);
});

test("alea gives seedrandom's alea numbers exactly, for any seed text", () => {
  fc.assert(
    fc.property(fc.string(), fc.integer({min: 1, max: 3000}), (text, count) => {
      const ours = alea(text);
      const reference = seedrandom.alea(text);
      for (let k = 0; k < count; k++) if (ours() !== reference()) return false;
      return true;
    }),
    {numRuns: 200}
  );
});

test("gaussian.fill gives the numbers the same count of calls would, in order, whatever the split", () => {
  fc.assert(
    fc.property(fc.integer({min: 0, max: 1000}), fc.array(fc.integer({min: 0, max: 40}), {maxLength: 12}), (seed, counts) => {
      const calls = createStreams(seed).gaussian;
      const filled = createStreams(seed).gaussian;
      for (const count of counts) {
        const out = new Float64Array(count);
        filled.fill(out, count);
        for (let k = 0; k < count; k++) if (out[k] !== calls()) return false;
      }
      return filled() === calls();
    }),
    {numRuns: 200}
  );
});

test("aleaState exposes the live state of an alea stream, and nextAlea draws the stream's next number from it", () => {
  const a = alea("state");
  const b = alea("state");
  const state = aleaState(b)!;
  for (let k = 0; k < 100; k++) expect(nextAlea(state)).toBe(a());
  expect(b()).toBe(a());
  expect(aleaState(() => 0.5)).toBeUndefined();
});
