/**
 * Trust decay visits only the pairs that have grown at a meeting (world.grownPairs): at every
 * tick of random scenarios with trust growth and decay, it leaves the matrix exactly as the
 * update applied to every entry off the diagonal leaves it, and the pairs it skips are at T⁰.
 */
import {expect, test} from "vitest";
import fc from "fast-check";
import {compile} from "../../../src/model/compile.js";
import {step} from "../../../src/model/step.js";
import {baseTrust} from "../../../src/model/trust.js";
import {decayAll, trustDecay} from "../../../src/model/trustDecay.js";
import {arbitraryScenario} from "../../helpers/arbitraryScenario.js";

test("decaying the grown pairs equals decaying every entry, bit for bit, at every tick", () => {
  let checked = 0;
  fc.assert(
    fc.property(arbitraryScenario, (s) => {
      const world = compile(s, s.seed);
      const delta = world.params.trust.decay;
      if (world.trust === null || delta === 0 || world.grownPairs === null) return;
      const n = world.n;
      while (world.tick < s.ticks) {
        step(world);
        const everyEntry = world.trust.slice();
        decayAll(world, everyEntry, delta);
        trustDecay.run(world);
        for (let k = 0; k < everyEntry.length; k++) expect(Object.is(world.trust[k], everyEntry[k])).toBe(true);
        const listed = world.grownPairs.listed;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) if (listed[i * n + j] === 0) expect(world.trust[i * n + j]).toBe(baseTrust(world.params, world.regionOf, i, j));
        }
        if (world.grownPairs.count > 0) checked++;
      }
    }),
    {numRuns: 120}
  );
  expect(checked).toBeGreaterThan(60); // ticks with grown pairs to decay
});
