/**
 * A LOESS smoother (Cleveland 1979, degree 1): at each of `count` evenly spaced x, a straight
 * line fitted to the nearest `span` share of the points with tricube weights. Pure, no
 * randomness: the same points give the same curve.
 */

/** The smooth curve through (x, y) as `count` points from min x to max x; [] for fewer than 3 distinct x. */
export function loess(xs: readonly number[], ys: readonly number[], span = 0.6, count = 40): {x: number; y: number}[] {
  const points = xs.map((x, k) => ({x, y: ys[k]})).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const distinct = new Set(points.map((p) => p.x)).size;
  if (distinct < 3) return [];
  const lo = Math.min(...points.map((p) => p.x));
  const hi = Math.max(...points.map((p) => p.x));
  const q = Math.min(points.length, Math.max(3, Math.ceil(span * points.length)));
  const out: {x: number; y: number}[] = [];
  for (let k = 0; k < count; k++) {
    const x0 = lo + ((hi - lo) * k) / (count - 1);
    const near = points.map((p) => Math.abs(p.x - x0)).sort((a, b) => a - b);
    const reach = Math.max(near[q - 1], 1e-12 * (hi - lo)) * 1.0001;
    let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const p of points) {
      const d = Math.abs(p.x - x0) / reach;
      if (d >= 1) continue;
      const w = (1 - d ** 3) ** 3;
      sw += w;
      sx += w * p.x;
      sy += w * p.y;
      sxx += w * p.x * p.x;
      sxy += w * p.x * p.y;
    }
    const mx = sx / sw;
    const my = sy / sw;
    const vx = sxx / sw - mx * mx;
    const slope = vx > 1e-15 * (hi - lo) ** 2 ? (sxy / sw - mx * my) / vx : 0;
    out.push({x: x0, y: my + slope * (x0 - mx)});
  }
  return out;
}
