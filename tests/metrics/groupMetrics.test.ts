/**
 * The metrics recorded every tick give, bit for bit, the numbers of the plain loops written out
 * below as they stood before (one dimension at a time; toStandard over a mask of the dimensions;
 * `** 2`), on random groups in 1 to 9 dimensions (so every width of the last block of four) with
 * values that include −0, tiny and large numbers.
 */
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {moments, toHegemon, toStandard} from "../../src/metrics/groupMetrics.js";
import type {World} from "../../src/model/world.js";

function plainMoments(x: Float64Array, d: number, states: Int32Array): {mean: number[]; sd: number[]} {
  const m = states.length;
  const mean = Array.from({length: d}, (_, k) => {
    let sum = 0;
    for (const i of states) sum += x[i * d + k];
    return sum / m;
  });
  const sd = Array.from({length: d}, (_, k) => {
    let squares = 0;
    for (const i of states) squares += (x[i * d + k] - mean[k]) ** 2;
    return Math.sqrt(squares / m);
  });
  return {mean, sd};
}

function plainToStandard(world: World, states: Int32Array): number {
  if (states.length === 0) return NaN;
  const {d, x, standard, hasStandard} = world;
  let count = 0;
  for (let k = 0; k < d; k++) count += hasStandard[k];
  let total = 0;
  for (const i of states) {
    let d2 = 0;
    for (let k = 0; k < d; k++) if (hasStandard[k]) d2 += (x[i * d + k] - standard[k]) ** 2;
    total += Math.sqrt(d2 / count);
  }
  return total / states.length;
}

function plainToHegemon(world: World, states: Int32Array): number {
  const {d, x, hegemon} = world;
  let total = 0;
  let count = 0;
  for (const i of states) {
    if (i === hegemon) continue;
    let d2 = 0;
    for (let k = 0; k < d; k++) d2 += (x[i * d + k] - x[hegemon * d + k]) ** 2;
    total += Math.sqrt(d2 / d);
    count++;
  }
  return count === 0 ? (states.length > 0 ? 0 : NaN) : total / count;
}

const value = fc.oneof(fc.double({min: -1, max: 2, noNaN: true}), fc.constantFrom(0, -0, 1, 1e-300, -1e-300, 1 / 3, 1e150));

/** A world's positions, standards and hegemon, and a group (some states, in any order, repeats allowed). */
const groups = fc
  .record({n: fc.integer({min: 1, max: 40}), d: fc.integer({min: 1, max: 9})})
  .chain(({n, d}) =>
    fc.record({
      n: fc.constant(n),
      d: fc.constant(d),
      x: fc.array(value, {minLength: n * d, maxLength: n * d}),
      standard: fc.array(value, {minLength: d, maxLength: d}),
      has: fc.array(fc.constantFrom(0, 1), {minLength: d, maxLength: d}),
      hegemon: fc.integer({min: 0, max: n - 1}),
      states: fc.array(fc.integer({min: 0, max: n - 1}), {maxLength: 60})
    })
  );

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe("group metrics", () => {
  test("moments, toStandard and toHegemon equal the plain loops bit for bit", () => {
    fc.assert(
      fc.property(groups, (c) => {
        const world = {n: c.n, d: c.d, x: Float64Array.from(c.x), standard: Float64Array.from(c.standard), hasStandard: Uint8Array.from(c.has), hegemon: c.hegemon} as unknown as World;
        const states = Int32Array.from(c.states);
        const ours = moments(world, states);
        const plain = plainMoments(world.x, c.d, states);
        for (let k = 0; k < c.d; k++) {
          expect(same(ours.mean[k], plain.mean[k]), `mean ${k}`).toBe(true);
          expect(same(ours.sd[k], plain.sd[k]), `sd ${k}`).toBe(true);
        }
        expect(same(toStandard(world, states), plainToStandard(world, states))).toBe(true);
        expect(same(toHegemon(world, states), plainToHegemon(world, states))).toBe(true);
      }),
      {numRuns: 1000}
    );
  });
});
