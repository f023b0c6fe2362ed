/**
 * The two 32-bit halves of a double, read and written through one shared 8-byte DataView (which
 * V8 compiles to plain loads and stores, without the store-forwarding stall of two typed-array
 * views of one buffer), for the portable math functions: fdlibm's algorithms need the
 * exponent and mantissa bits.
 */

const view = new DataView(new ArrayBuffer(8));

/** The high word of x as a signed 32-bit integer (sign, exponent, top 20 mantissa bits). */
export function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** The low word of x as an unsigned 32-bit integer (the bottom 32 mantissa bits). */
export function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** The double with high word `high` and low word `low` (each taken modulo 2^32). */
export function fromWords(high: number, low: number): number {
  view.setInt32(0, high);
  view.setInt32(4, low);
  return view.getFloat64(0);
}

/** x with its high word replaced. */
export function withHighWord(x: number, high: number): number {
  return fromWords(high, lowWord(x));
}

/** x with its low word replaced (fdlibm's SET_LOW_WORD(x, 0) keeps the top 21 bits of the mantissa). */
export function withLowWord(x: number, low: number): number {
  return fromWords(highWord(x), low);
}

/** 2^m for m = −1074..1023, built by exact halving from 2^1023 (index m + 1074). */
const powersOfTwo = (() => {
  const out = new Float64Array(2098);
  let p = fromWords(0x7fe00000, 0);
  for (let m = 1023; m >= -1074; m--) {
    out[m + 1074] = p;
    p *= 0.5;
  }
  return out;
})();

/** 2^m exactly, for a whole m from −1074 to 1023 (a table look-up: no bit writes, no rounding). */
export function powerOfTwo(m: number): number {
  return powersOfTwo[m + 1074];
}
