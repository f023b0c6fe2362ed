/**
 * Where each matrix of a Saltelli design sits in its run order. The design has N base rows
 * j = 0..N−1; each gives a block of consecutive design points: A_j, AB_j^(1..k), then with
 * second-order indices BA_j^(1..k), then B_j (the order SALib uses). AB^(i) is A with column i
 * taken from B; BA^(i) is B with column i taken from A.
 */

/** Design points per base row: k + 2, or 2k + 2 with second-order indices. */
export function saltelliBlock(parameters: number, secondOrder: boolean): number {
  return secondOrder ? 2 * parameters + 2 : parameters + 2;
}

/** Offsets within a block of A, AB^(i), BA^(i) and B. */
export interface SaltelliOffsets {
  a: number;
  ab: (i: number) => number;
  ba: (i: number) => number;
  b: number;
}

/** The offsets within a block for k parameters (`ba` throws without second order). */
export function saltelliOffsets(parameters: number, secondOrder: boolean): SaltelliOffsets {
  return {
    a: 0,
    ab: (i) => 1 + i,
    ba: (i) => {
      if (!secondOrder) throw new Error("saltelli layout: no BA matrices without second-order indices");
      return 1 + parameters + i;
    },
    b: saltelliBlock(parameters, secondOrder) - 1
  };
}
