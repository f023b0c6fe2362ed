/**
 * Meeting step 1: the best practice b. From the facilitator's source (the dimensions'
 * standards; the mean current position of its exemplar states; or an explicit vector), then
 * steered toward the funders: b ← (1−φ)·b + φ·ū_F, ū_F the power-weighted mean funder ideal.
 * Where the source says nothing (a dimension without a standard, or a process without a
 * facilitator) b is the attendees' mean position and the dimension is not `practiced`: capacity
 * building leaves it alone, and the agenda weighs it by how far attendees are from their mean.
 */
import type {ProcessState, World} from "./world.js";

export function bestPractice(world: World, p: ProcessState, attendees: Int32Array): {best: Float64Array; practiced: Uint8Array} {
  const {d, x} = world;
  const b = world.scratch.best.fill(0);
  const practiced = world.scratch.practiced.fill(p.facilitator === null ? 0 : 1);
  const f = p.facilitator;
  const src = f?.source;
  if (src?.kind === "exemplars") {
    for (const i of src.states) for (let k = 0; k < d; k++) b[k] += x[i * d + k] / src.states.length;
  } else if (src?.kind === "vector") {
    b.set(src.vector);
  } else {
    for (let k = 0; k < d; k++) {
      if (src?.kind === "standard" && src.has[k]) b[k] = src.vector[k];
      else {
        b[k] = meanOf(world, attendees, k);
        practiced[k] = 0;
      }
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
  return {best: b, practiced};
}

function meanOf(world: World, states: Int32Array, k: number): number {
  if (states.length === 0) return 0;
  let s = 0;
  for (const i of states) s += world.x[i * world.d + k];
  return s / states.length;
}
