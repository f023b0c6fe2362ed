/**
 * Seeded random numbers. A run's seed gives one independent stream per mechanism (Baagøe's
 * alea), so a mechanism that is switched off draws nothing and shifts no other mechanism's
 * numbers: two runs that differ in one mechanism see the same attendance, agendas and noise
 * (common random numbers).
 */
import {log} from "./math/log.js";
import {cos, sinCos} from "./math/trig.js";
import {pow} from "./math/pow.js";
import {boxMullerAlea} from "./boxMullerAlea.js";

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/** Named streams of a run; each name gets its own generator seeded from (seed, name). */
export interface Streams {
  generate: Random;
  attendance: Random;
  agenda: Random;
  agendaControl: Random;
  dialogue: Random;
  noise: Random;
  /** Standard normal draws from the `noise` stream (both halves of each Box–Muller pair). */
  gaussian: Gaussian;
}

/** The streams of a run with this seed. */
export function createStreams(seed: number): Streams {
  const make = (name: string): Random => alea(`rcmp:${seed >>> 0}:${name}`);
  const noise = make("noise");
  return {
    generate: make("generate"),
    attendance: make("attendance"),
    agenda: make("agenda"),
    agendaControl: make("agendaControl"),
    dialogue: make("dialogue"),
    noise,
    gaussian: gaussianPairs(noise)
  };
}

/**
 * seedrandom's alea, number for number (tests/model/random.test.ts): seeded as seedrandom seeds
 * it (Baagøe's Mash hash of the text), the draws run here on a Float64Array. A draw is no
 * faster alone, but called through seedrandom's closures the draws left heap numbers behind in
 * the engine's loops; this version allocates nothing per draw. Its state can be read with
 * `aleaState`.
 */
export function alea(seedText: string): Random {
  const s = aleaSeed(seedText); // [s0, s1, s2, c]; c: an integer below 2^21 (t | 0 with t < 2091640)
  const random = () => nextAlea(s);
  aleaStates.set(random, s);
  return random;
}

/** The next draw of an alea state [s0, s1, s2, c] (see `aleaState`), advancing it. */
export function nextAlea(s: Float64Array): number {
  const t = 2091639 * s[0] + s[3] * 2.3283064365386963e-10; // 2^-32
  s[0] = s[1];
  s[1] = s[2];
  s[3] = t | 0;
  return (s[2] = t - s[3]);
}

const aleaStates = new WeakMap<Random, Float64Array>();

/** Baagøe's seeding of alea from a text, as seedrandom does it: [s0, s1, s2, c]. */
function aleaSeed(text: string): Float64Array {
  // Mash, hashing " " three times and then the text three times; n lives in a local, not in a
  // closure, where each new value of a double would be a new heap number.
  const s = Float64Array.of(0, 0, 0, 1);
  let n = 0xefc8249d;
  for (let round = 0; round < 6; round++) {
    const data = round < 3 ? " " : text;
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    const hash = (n >>> 0) * 2.3283064365386963e-10; // 2^-32
    if (round < 3) s[round] = hash;
    else {
      s[round - 3] -= hash;
      if (s[round - 3] < 0) s[round - 3] += 1;
    }
  }
  return s;
}

/**
 * The live state [s0, s1, s2, c] of a generator made by `alea` (undefined for any other), for a
 * hot loop that draws inline: it loads the four numbers into locals, draws each number as
 *   t = 2091639·s0 + c·2^-32;  s0 = s1;  s1 = s2;  c = t | 0;  s2 = t − c  (the draw is s2),
 * and stores them back before anything else draws from the stream.
 */
export function aleaState(random: Random): Float64Array | undefined {
  return aleaStates.get(random);
}

/** Standard normal draws: one per call, or many at once with `fill`. */
export interface Gaussian {
  (): number;
  /** Fills out[0..count) with the next `count` draws: the numbers `count` calls would give, in order. */
  fill(out: Float64Array, count: number): void;
}

/**
 * Standard normal draws, two per pair of uniforms (Box–Muller: the cosine, then the sine). On an
 * alea stream, `fill` draws through `boxMullerAlea`, which gives the same numbers faster.
 */
export function gaussianPairs(random: Random): Gaussian {
  // [the sine half kept for the next draw, 1 while it is kept]: a typed array, not closure
  // variables, so no heap number per draw
  const spare = new Float64Array(2);
  const sc = new Float64Array(2);
  const state = aleaState(random);
  const uniform = state === undefined ? random : () => nextAlea(state);
  /** One Box–Muller pair: returns the cosine half and keeps the sine half as the spare. */
  const pair = (): number => {
    let u = uniform();
    while (u <= Number.MIN_VALUE) u = uniform();
    const r = Math.sqrt(-2 * log(u));
    sinCos(2 * Math.PI * uniform(), sc);
    spare[0] = r * sc[0];
    return r * sc[1];
  };
  const draw = (): number => {
    if (spare[1] === 1) {
      spare[1] = 0;
      return spare[0];
    }
    spare[1] = 1;
    return pair();
  };
  const fill = state === undefined
    ? (out: Float64Array, count: number) => {
      for (let k = 0; k < count; k++) out[k] = draw();
    }
    : (out: Float64Array, count: number) => fillFromAlea(state, spare, out, count);
  return Object.assign(draw, {fill});
}

/** The last pair of an odd fill, whose sine half becomes the spare. */
const lastPair = new Float64Array(2);

/** `fill` on an alea stream: the spare first, then whole pairs by `boxMullerAlea`, then half a pair. */
function fillFromAlea(state: Float64Array, spare: Float64Array, out: Float64Array, count: number): void {
  let k = 0;
  if (spare[1] === 1 && count > 0) {
    out[k++] = spare[0];
    spare[1] = 0;
  }
  const end = k + ((count - k) & ~1);
  boxMullerAlea(state, out, k, end);
  if (end < count) {
    boxMullerAlea(state, lastPair, 0, 2);
    out[end] = lastPair[0];
    spare[0] = lastPair[1];
    spare[1] = 1;
  }
}

/** A standard normal draw (Box–Muller), using two uniforms. */
export function normal(random: Random): number {
  let u = random();
  while (u <= Number.MIN_VALUE) u = random();
  const v = random();
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}

/** A Beta(a, b) draw from two Gamma draws (Marsaglia–Tsang). */
export function beta(random: Random, a: number, b: number): number {
  const x = gamma(random, a);
  const y = gamma(random, b);
  return x / (x + y);
}

function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * pow(random() || Number.MIN_VALUE, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = normal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * pow(z, 4) || log(u) < 0.5 * z * z + d * (1 - v + log(v))) return d * v;
  }
}
