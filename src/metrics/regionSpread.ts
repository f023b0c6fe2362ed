/**
 * Within- and between-region dispersion: `withinRegion` is the mean of the regions'
 * dispersions; `betweenRegion` is the dispersion of the region means (each region one point).
 */
import type {World} from "../model/world.js";

export function regionSpread(world: World): {within: number; between: number} {
  const {n, d, x, regionOf} = world;
  const r = world.regions.length;
  const count = new Float64Array(r);
  const mean = new Float64Array(r * d);
  for (let i = 0; i < n; i++) {
    count[regionOf[i]]++;
    for (let k = 0; k < d; k++) mean[regionOf[i] * d + k] += x[i * d + k];
  }
  for (let g = 0; g < r; g++) for (let k = 0; k < d; k++) mean[g * d + k] /= count[g];
  const variance = new Float64Array(r * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) variance[regionOf[i] * d + k] += (x[i * d + k] - mean[regionOf[i] * d + k]) ** 2;
  }
  let within = 0;
  for (let g = 0; g < r; g++) {
    let sum = 0;
    for (let k = 0; k < d; k++) sum += Math.sqrt(variance[g * d + k] / count[g]);
    within += sum / d;
  }
  let between = 0;
  for (let k = 0; k < d; k++) {
    let m = 0;
    for (let g = 0; g < r; g++) m += mean[g * d + k] / r;
    let v = 0;
    for (let g = 0; g < r; g++) v += (mean[g * d + k] - m) ** 2;
    between += Math.sqrt(v / r);
  }
  return {within: within / r, between: between / d};
}
