/**
 * Baagøe's alea in 32-bit integers: the step of `nextAlea` on the state held as words, with the
 * same numbers. Why it is the same:
 *
 * Every number of an alea state [s0, s1, s2] is a whole multiple of 2^-32 in [0, 1): Mash gives
 * (n >>> 0)·2^-32, the seeding subtracts two such numbers and adds 1 when the difference is
 * negative (exact: multiples of 2^-32 below 1 in magnitude fit in 53 bits), and each step keeps it
 * so (below). The carry c is a whole number below 2^21. With s0 = a·2^-32 (a < 2^32 whole), the
 * step's t = 2091639·s0 + c·2^-32 = (2091639·a + c)·2^-32 is exact, 2091639·a + c < 2^21·2^32 = 2^53;
 * its whole part (t | 0, t < 2^21) is the next carry and t − (t | 0) (exact) the draw. So with
 * P = 2091639·a: the draw is ((P + c) mod 2^32)·2^-32 and the carry ⌊(P + c)/2^32⌋. With
 * lo = P mod 2^32 (Math.imul keeps the low 32 bits of the product) and hi = ⌊P/2^32⌋:
 *   draw word = (lo + c) mod 2^32,   carry = hi + [lo + c ≥ 2^32],
 * and hi = ⌊a·(2091639·2^-32)⌋: 2091639·2^-32 is a double, and a·2091639 < 2^53 makes the product
 * exact, so truncating it is exact too. The carry out of lo + c is the top bit of
 * (lo ∧ c) ∨ ((lo ∨ c) ∧ ¬sum), the adder's rule, without a comparison or a branch.
 */

/** 2091639·2^-32, exactly: a word times this, truncated, is the high word of 2091639·word. */
const highScale = 2091639 * 2 ** -32;

/** The next draw of alea as a word (int32 bits of m; the draw is (m >>> 0)·2^-32), from the state word three draws back and the carry c. */
export function aleaWord(back3: number, c: number): number {
  return (Math.imul(2091639, back3) + c) | 0;
}

/** The carry after the draw `word` = aleaWord(back3, c). */
export function aleaCarry(back3: number, c: number, word: number): number {
  const lo = Math.imul(2091639, back3);
  return (((back3 >>> 0) * highScale) | 0) + (((lo & c) | ((lo | c) & ~word)) >>> 31);
}

/** The word of an alea state number s (a whole multiple of 2^-32 in [0, 1)): s·2^32 as int32 bits. */
export function wordOf(s: number): number {
  return (s * 4294967296) | 0;
}

/** The alea state number of a word: (word >>> 0)·2^-32, exact. */
export function numberOf(word: number): number {
  return (word >>> 0) * 2.3283064365386963e-10;
}
