/**
 * The Box–Muller fast path on an alea stream (boxMullerAlea.ts: alea in 32-bit integers, the log
 * of the integer draw, the sine and cosine without a branch on the quadrant) gives the general
 * path's numbers bit for bit and leaves the state where `nextAlea` leaves it: against the general
 * path on `nextAlea`, on seedrandom's alea, and on an independent exact model of the step in BigInt
 * (t = 2091639·a + c; the draw is t mod 2^32, the carry ⌊t/2^32⌋), from seeded states and from any
 * state, including those whose next draw is 0 (Box–Muller draws u again), whose low product word
 * carries, or whose angle lies on an axis. Every test runs on both paths of the fast path: the
 * WebAssembly module (wasm/boxMuller.wat) and the JS fallback.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import fc from "fast-check";
import seedrandom from "seedrandom";
import {boxMullerAlea, boxMullerPath} from "../../../src/model/boxMullerAlea.js";
import {useWebAssembly} from "../../../src/model/wasm/boxMullerWasm.js";
import {log} from "../../../src/model/math/log.js";
import {sinCos} from "../../../src/model/math/trig.js";
import {alea, aleaState, gaussianPairs, nextAlea, type Random} from "../../../src/model/random.js";

const two32 = 2n ** 32n;
/** 2091639^-1 mod 2^32 (2091639 is odd), by Newton's iteration: x ← x·(2 − a·x) doubles the good bits. */
const inverse = (() => {
  let x = 1n;
  for (let k = 0; k < 6; k++) x = (x * (2n - 2091639n * x)) % two32;
  return (x + two32) % two32;
})();
/** The word a with 2091639·a ≡ target (mod 2^32). */
const wordFor = (target: bigint) => Number((((target % two32) + two32) % two32 * inverse) % two32);

/** An alea state [s0, s1, s2, c] from three words and a carry. */
const stateOf = (a: number, b: number, d: number, c: number) => Float64Array.of(a / 2 ** 32, b / 2 ** 32, d / 2 ** 32, c);

/** The next `count` draws of an alea state by exact integer arithmetic, advancing a copy of it. */
function exactDraws(state: Float64Array, count: number): {draws: number[]; state: Float64Array} {
  const w = [0, 1, 2].map((k) => BigInt(state[k] * 2 ** 32));
  let c = BigInt(state[3]);
  const draws: number[] = [];
  for (let k = 0; k < count; k++) {
    const t = 2091639n * w[0] + c;
    w.shift();
    w.push(t % two32);
    c = t / two32;
    draws.push(Number(t % two32) / 2 ** 32);
  }
  return {draws, state: stateOf(Number(w[0]), Number(w[1]), Number(w[2]), Number(c))};
}

/**
 * Any alea state: words below 2^32, a carry up to 2091639 (the largest a step can leave), but not
 * all zero: that state draws 0 for ever (a fixed point seeding never reaches), and Box–Muller waits
 * for ever for a u above 0.
 */
const anyState = fc.tuple(fc.nat({max: 2 ** 32 - 1}), fc.nat({max: 2 ** 32 - 1}), fc.nat({max: 2 ** 32 - 1}), fc.nat({max: 2091639}))
  .filter((w) => w.some((x) => x !== 0))
  .map(([a, b, d, c]) => stateOf(a, b, d, c));

/** The general path's pairs from these uniforms (taken two by two, u = 0 skipped): r·cos 2πv, r·sin 2πv. */
function generalPairs(draws: number[], pairs: number): number[] {
  const out: number[] = [];
  const sc = new Float64Array(2);
  let next = 0;
  for (let p = 0; p < pairs; p++) {
    let u = draws[next++];
    while (u === 0) u = draws[next++];
    const r = Math.sqrt(-2 * log(u));
    sinCos(2 * Math.PI * draws[next++], sc);
    out.push(r * sc[1], r * sc[0]);
  }
  return out;
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, k) => Object.is(x, b[k]));

/** A generator whose state is `state`, seen by the general path (calls) and the fast one (fill). */
function streamAt(state: Float64Array): Random {
  const random = alea("crafted");
  aleaState(random)!.set(state);
  return random;
}

describe.each(["wasm", "js"] as const)("on the %s path", (path) => {
  beforeAll(() => {
    useWebAssembly(path === "wasm");
    expect(boxMullerPath()).toBe(path);
  });
  // test files share their worker's modules (vitest.config.ts): the next file gets the default path back
  afterAll(() => useWebAssembly(true));

  test("gaussian.fill on alea gives the general path's numbers on seedrandom's alea draws, over long streams cut anywhere", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat({max: 2500}), {minLength: 1, maxLength: 6}), (text, cuts) => {
        const fast = gaussianPairs(alea(text));
        const onSeedrandom = gaussianPairs(seedrandom.alea(text)); // not an alea of ours: the general path, seedrandom's draws
        for (const cut of cuts) {
          const out = new Float64Array(cut);
          fast.fill(out, cut);
          if (!same(out, Array.from({length: cut}, () => onSeedrandom()))) return false;
        }
        return true;
      }),
      {numRuns: 150}
    );
  });

  test("boxMullerAlea agrees with the exact integer model of alea from any state: the pairs, and the state it leaves", () => {
    fc.assert(
      fc.property(anyState, fc.nat({max: 300}), (state, pairs) => {
        const exact = exactDraws(state, 2 * pairs);
        if (exact.draws.includes(0)) return true; // a zero u takes another draw: the tests below
        const out = new Float64Array(2 * pairs + 1).fill(-1);
        boxMullerAlea(state, out, 1, 2 * pairs + 1);
        return out[0] === -1 && same(out.subarray(1), generalPairs(exact.draws, pairs)) && same(state, exact.state);
      }),
      {numRuns: 2000}
    );
  });

  test("boxMullerAlea carries out of the low word as nextAlea does (2091639·a mod 2^32 within c of 2^32)", () => {
    fc.assert(
      fc.property(fc.nat({max: 2091639}), fc.nat({max: 2091639}), fc.nat({max: 2 ** 32 - 1}), fc.integer({min: 1, max: 2 ** 32 - 1}), (c, below, b, d) => {
        const state = stateOf(wordFor(two32 - 1n - BigInt(below)), b, d, c); // lo + c ≥ 2^32 when below < c
        const slow = Float64Array.from(state);
        const draws = Array.from({length: 8}, () => nextAlea(slow));
        if (draws.includes(0)) return true;
        const out = new Float64Array(8);
        boxMullerAlea(state, out, 0, 8);
        return same(out, generalPairs(draws, 4)) && same(state, slow);
      }),
      {numRuns: 2000}
    );
  });

  test("a draw of u = 0 is skipped, and v = 0 (angle 0) is drawn, as the general path does", () => {
    fc.assert(
      fc.property(fc.nat({max: 2091639}), fc.nat({max: 2 ** 32 - 1}), fc.integer({min: 1, max: 2 ** 32 - 1}), fc.constantFrom(0, 1), fc.nat({max: 7}), (c, b, d, which, count) => {
        // the next draw is 0; as the first draw of a pair it is a u (skipped), as the second a v
        const state = stateOf(wordFor(-BigInt(c)), b, d, c);
        const fast = gaussianPairs(streamAt(state));
        const slow = gaussianPairs(streamAt(state));
        if (which === 1) {
          fast();
          slow();
        }
        const out = new Float64Array(count + 4);
        fast.fill(out, count + 4);
        return out.every((g) => Object.is(g, slow()));
      }),
      {numRuns: 300}
    );
  });

  test("angles on an axis (v = 0, 2^30, 2^31, 3·2^30: θ = 0, π/2, π, 3π/2), which take trig.ts's general sinCos, give the general path's bits", () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom(0, 2 ** 30, 2 ** 31, 3 * 2 ** 30), (state, v) => {
        // the second draw is v: its word three back is state's s1, its carry the one after the first draw
        const carry = exactDraws(state, 1).state[3];
        const crafted = stateOf(state[0] * 2 ** 32, wordFor(BigInt(v) - BigInt(carry)), state[2] * 2 ** 32, state[3]);
        if (exactDraws(crafted, 1).draws[0] === 0) return true; // u = 0: v would come later
        expect(exactDraws(crafted, 2).draws[1]).toBe(v / 2 ** 32);
        const fast = gaussianPairs(streamAt(crafted));
        const slow = gaussianPairs(streamAt(crafted));
        const out = new Float64Array(2);
        fast.fill(out, 2);
        return Object.is(out[0], slow()) && Object.is(out[1], slow());
      }),
      {numRuns: 200}
    );
  });

  test("gaussian.fill on alea gives the general path's draws bit for bit over long streams, any split", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat({max: 3000}), {maxLength: 5}), (text, counts) => {
        const fast = gaussianPairs(alea(text));
        const slow = gaussianPairs(alea(text));
        for (const count of counts) {
          const out = new Float64Array(count);
          fast.fill(out, count);
          for (let k = 0; k < count; k++) if (!Object.is(out[k], slow())) return false;
        }
        return Object.is(fast(), slow());
      }),
      {numRuns: 100}
    );
  });
});

test("the crafted zero-draw states do draw 0 next (so the test above tests what it says)", () => {
  for (const c of [0, 1, 12345, 2091639]) {
    const state = stateOf(wordFor(-BigInt(c)), 7, 8, c);
    expect(nextAlea(Float64Array.from(state))).toBe(0);
    expect(exactDraws(state, 1).draws[0]).toBe(0);
  }
});
