/**
 * The `saltelli` design, for Sobol' indices: matrices A and B are the two halves of the first N
 * points of a 2k-dimensional digitally shifted Sobol' sequence (`sobolUnit`), and each base row
 * j gives a block of points A_j, AB_j^(1..k) (A with column i from B), with second-order
 * indices BA_j^(1..k), then B_j (layout: `analysis/saltelliLayout.ts`): N·(k+2) points, or
 * N·(2k+2). N a power of two keeps the Sobol' points balanced.
 */
import {saltelliBlock, saltelliOffsets} from "../analysis/saltelliLayout.js";
import {sobolMaxDimensions, sobolUnit} from "./sobol.js";

/** Most parameters a saltelli design takes: A and B need 2k Sobol' dimensions. */
export const saltelliMaxParameters = Math.floor(sobolMaxDimensions / 2);

/**
 * The unit design: `u[i][p]` in [0,1) for parameter i at design point p, N·(k+2) points (or
 * N·(2k+2) with `secondOrder`), deterministic from `seed`.
 */
export function saltelliUnit(samples: number, parameters: number, seed: number, secondOrder = false): Float64Array[] {
  if (parameters > saltelliMaxParameters) {
    throw new Error(`saltelli design: at most ${saltelliMaxParameters} parameters (A and B take 2k of the ${sobolMaxDimensions} Sobol' dimensions), got ${parameters}`);
  }
  const k = parameters;
  const base = sobolUnit(samples, 2 * k, seed, "owen");
  const block = saltelliBlock(k, secondOrder);
  const at = saltelliOffsets(k, secondOrder);
  const out = Array.from({length: k}, () => new Float64Array(samples * block));
  for (let j = 0; j < samples; j++) {
    const start = j * block;
    for (let i = 0; i < k; i++) {
      const a = base[i][j];
      const b = base[k + i][j];
      const column = out[i];
      column[start + at.a] = a;
      column[start + at.b] = b;
      for (let m = 0; m < k; m++) {
        column[start + at.ab(m)] = m === i ? b : a;
        if (secondOrder) column[start + at.ba(m)] = m === i ? a : b;
      }
    }
  }
  return out;
}
