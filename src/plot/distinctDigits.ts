/**
 * How many significant digits tell a set of numbers apart: the fewest (at least `min`, at most
 * `max`) at which no two different values print alike. 0.0999 and 0.1024 need 3 (0.0999, 0.102),
 * not 2 (both 0.1); an LHS value 0.2530745720723644 among well-spread others needs 2 or 3.
 */
export function distinctDigits(values: readonly number[], min = 2, max = 6): number {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  for (let digits = min; digits < max; digits++) {
    let apart = true;
    for (let k = 1; k < distinct.length && apart; k++) apart = distinct[k - 1].toPrecision(digits) !== distinct[k].toPrecision(digits);
    if (apart) return digits;
  }
  return max;
}
