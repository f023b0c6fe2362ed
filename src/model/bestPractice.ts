/**
 * Meeting step 1: the best practice b. From the facilitator's source (the dimensions'
 * standards; the mean current position of its exemplar states; or an explicit vector), then
 * steered toward the funders: b ← (1−φ)·b + φ·ū_F, ū_F the power-weighted mean funder ideal.
 * A dimension without a standard (or a process without facilitator) takes the attendees' mean
 * position, which exerts no pull.
 */
import type {ProcessState, World} from "./world.js";

export function bestPractice(world: World, p: ProcessState, attendees: Int32Array): Float64Array {
  const {d, x} = world;
  const b = new Float64Array(d);
  const f = p.facilitator;
  const src = f?.source;
  if (src?.kind === "exemplars") {
    for (const i of src.states) for (let k = 0; k < d; k++) b[k] += x[i * d + k] / src.states.length;
  } else if (src?.kind === "vector") {
    b.set(src.vector);
  } else {
    for (let k = 0; k < d; k++) {
      if (src?.kind === "standard" && src.has[k]) b[k] = src.vector[k];
      else b[k] = meanOf(world, attendees, k);
    }
  }
  if (f !== null && f.phi > 0 && p.funders.length > 0 && !world.skip.has("funderSteering")) {
    let total = 0;
    for (const j of p.funders) total += world.power[j];
    for (let k = 0; k < d; k++) {
      let uf = 0;
      for (const j of p.funders) uf += (world.power[j] / total) * world.u[j * d + k];
      b[k] = (1 - f.phi) * b[k] + f.phi * uf;
    }
  }
  return b;
}

function meanOf(world: World, states: Int32Array, k: number): number {
  if (states.length === 0) return 0;
  let s = 0;
  for (const i of states) s += world.x[i * world.d + k];
  return s / states.length;
}
