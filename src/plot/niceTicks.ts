/**
 * About `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 times a power of ten,
 * whichever is nearest the exact step (hi − lo) / count, as d3.ticks does), all inside the
 * interval; [lo] when lo equals hi (or nearly: apart by rounding only).
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi - lo > 1e-12 * Math.max(Math.abs(lo), Math.abs(hi)))) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = raw / power;
  const step = power * (factor >= Math.sqrt(50) ? 10 : factor >= Math.sqrt(10) ? 5 : factor >= Math.SQRT2 ? 2 : 1);
  const ticks: number[] = [];
  // At most 1000 ticks: beyond that the step is below the values' precision (lo and hi equal but for rounding).
  for (let k = Math.ceil(lo / step); k * step <= hi + step * 1e-9 && ticks.length < 1000; k++) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}
