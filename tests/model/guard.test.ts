/**
 * The guard's search for a non-finite position: none in a finite world (−0, tiny and huge values
 * included), and otherwise the first one, named `state.dimension = value`, wherever it sits (any
 * length, any place among the blocks of four its first pass reads).
 */
import {expect, test} from "vitest";
import fc from "fast-check";
import {findNonFinite} from "../../src/model/guard.js";
import type {World} from "../../src/model/world.js";

const worldOf = (x: Float64Array, d: number): World => ({x, d, stateIds: Array.from({length: x.length / d}, (_, i) => `S${i}`), dims: Array.from({length: d}, (_, k) => `k${k}`)}) as unknown as World;

const finite = fc.oneof(fc.double({noNaN: true, noDefaultInfinity: true}), fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE));
const shape = fc.record({n: fc.integer({min: 1, max: 9}), d: fc.integer({min: 1, max: 6})});

test("finds nothing in finite positions, and the first non-finite one wherever it is", () => {
  fc.assert(
    fc.property(
      shape.chain(({n, d}) => fc.record({d: fc.constant(d), x: fc.array(finite, {minLength: n * d, maxLength: n * d}), bad: fc.uniqueArray(fc.nat(n * d - 1), {maxLength: 3}), value: fc.constantFrom(NaN, Infinity, -Infinity)})),
      ({d, x, bad, value}) => {
        const positions = Float64Array.from(x);
        expect(findNonFinite(worldOf(positions, d))).toBeUndefined();
        for (const at of bad) positions[at] = value;
        const first = bad.length === 0 ? undefined : Math.min(...bad);
        const expected = first === undefined ? undefined : `S${Math.floor(first / d)}.k${first % d} = ${value}`;
        expect(findNonFinite(worldOf(positions, d))).toBe(expected);
      }
    ),
    {numRuns: 500}
  );
});
