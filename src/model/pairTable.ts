/**
 * The pair table of averaging dialogue (see neighbours.ts for who hears whom): bit j of row b is
 * set when attendees b and j are within reach, d2 = Σ_c (y_jc − y_bc)² ≤ limit, the squares added
 * over the agenda in order. Each pair is tested once; rows are read back in ascending order.
 */
import {within} from "./neighbours.js";

/** Largest attendee count for which `pairTable` keeps its bits (a·⌈a/32⌉ words: 2 MB at 4096). */
export const tableLimit = 4096;

/**
 * The table of pairs within `limit`: row b, bit j; in `bits` if it is large enough, else in a
 * new array (returned). Each pair's d2 is summed over the whole agenda, in order, without
 * stopping early (the answer is the same: the sum only grows), four pairs at a time, so that
 * the processor runs four chains of additions side by side (one chain waits on each addition).
 * Row b's answers for j > b are gathered in a word and stored once per 32 pairs, without a
 * branch per answer (a branch as random as the answers cost more than the test); the other half
 * of the table is then the transpose of this one (`mirror`).
 */
export function pairTable(snap: Float64Array, a: number, g: number, limit: number, bits: Int32Array | null): Int32Array {
  const words = (a + 31) >>> 5;
  const table = bits !== null && bits.length >= a * words ? bits : new Int32Array(a * words);
  table.fill(0, 0, a * words);
  for (let b = 0; b < a; b++) {
    const row = b * words;
    let word = 1 << (b & 31); // the diagonal: everyone hears itself
    let j = b + 1;
    for (; j < a && (j & 3) !== 0; j++) { // single pairs up to a multiple of 4: a block of four then never straddles a word
      if ((j & 31) === 0) word = store(table, row, j, word);
      word |= +within(snap, g, b, j, limit) << (j & 31);
    }
    for (; j + 3 < a; j += 4) {
      if ((j & 31) === 0) word = store(table, row, j, word);
      word |= fourPairs(snap, g, b, j, limit) << (j & 31);
    }
    for (; j < a; j++) {
      if ((j & 31) === 0) word = store(table, row, j, word);
      word |= +within(snap, g, b, j, limit) << (j & 31);
    }
    table[row + ((j - 1) >>> 5)] |= word;
  }
  mirror(table, a, words);
  return table;
}

/** Stores the finished word before pair j (a multiple of 32) into its row; returns the next word, empty. */
function store(table: Int32Array, row: number, j: number, word: number): number {
  table[row + ((j - 1) >>> 5)] |= word;
  return 0;
}

/** Bits 0 to 3: whether pairs (b, j) to (b, j + 3) are within `limit`, each d2 over the agenda in order. */
function fourPairs(snap: Float64Array, g: number, b: number, j: number, limit: number): number {
  const at = b * g;
  const from = j * g;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let c = 0; c < g; c++) {
    const y = snap[at + c];
    const e0 = snap[from + c] - y;
    const e1 = snap[from + g + c] - y;
    const e2 = snap[from + 2 * g + c] - y;
    const e3 = snap[from + 3 * g + c] - y;
    d0 += e0 * e0;
    d1 += e1 * e1;
    d2 += e2 * e2;
    d3 += e3 * e3;
  }
  return +(d0 <= limit) | (+(d1 <= limit) << 1) | (+(d2 <= limit) << 2) | (+(d3 <= limit) << 3);
}

const block = new Int32Array(32);

/** The table ORed with its transpose, 32×32 bits at a time: the rows' upper halves (j ≥ b) set the lower ones. */
function mirror(table: Int32Array, a: number, words: number): void {
  for (let bw = 0; bw < words; bw++) {
    for (let jw = bw; jw < words; jw++) {
      for (let r = 0; r < 32; r++) block[r] = 32 * bw + r < a ? table[(32 * bw + r) * words + jw] : 0;
      transpose32(block);
      for (let r = 0; r < 32 && 32 * jw + r < a; r++) table[(32 * jw + r) * words + bw] |= block[r];
    }
  }
}

/** Transposes a 32×32 bit matrix in place (row r in m[r], column c in bit c), by swapping ever smaller blocks. */
function transpose32(m: Int32Array): void {
  let mask = 0x0000ffff;
  for (let width = 16; width !== 0; width >>>= 1, mask ^= mask << width) {
    for (let k = 0; k < 32; k = (k + width + 1) & ~width) {
      const t = ((m[k] >>> width) ^ m[k + width]) & mask;
      m[k + width] ^= t;
      m[k] ^= t << width;
    }
  }
}

/** Row b of a pair table (a attendees) into `near`, ascending: the attendees within reach, or (`unset`) out of it; returns the count. */
export function tableRow(table: Int32Array, a: number, b: number, near: Int32Array, unset = false): number {
  const words = (a + 31) >>> 5;
  let count = 0;
  for (let k = 0; k < words; k++) {
    let bits = unset ? ~table[b * words + k] : table[b * words + k];
    if (k === words - 1 && (a & 31) !== 0) bits &= (1 << (a & 31)) - 1;
    while (bits !== 0) {
      const low = bits & -bits;
      near[count++] = (k << 5) + 31 - Math.clz32(low);
      bits ^= low;
    }
  }
  return count;
}

