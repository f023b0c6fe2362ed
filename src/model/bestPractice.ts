/**
 * Meeting step 2: the best practice b the facilitator teaches. From its source: the
 * dimensions' standards (where a dimension has one), the mean current position of its exemplar
 * states, or an explicit vector. Where the source says nothing (a dimension without a standard,
 * or a process without a facilitator) b stays the attendees' mean position and the dimension is
 * not `practiced`: capacity building leaves it alone, and the agenda weighs it by how far
 * attendees are from their mean.
 */
import {meetingBest} from "./meetings.js";
import {mechanism, type MeetingMechanism} from "./mechanism.js";

export const bestPractice = mechanism<"bestPractice", MeetingMechanism<"bestPractice">>({
  name: "bestPractice",
  scope: "meeting",
  title: "Best practice",
  does: "b from the facilitator: the dimension's standard (where one is set), the mean current position of its exemplar states, or an explicit vector; where there is no standard or no facilitator, the attendees' mean position, which is not trained toward",
  parameters: "`facilitators[].bestPractice`, `dimensions[].standard`",
  off: "no facilitator (or no standard): b is the attendees' mean and nothing is practised",
  run(world, m) {
    const src = m.process.facilitator?.source;
    if (src === undefined) return;
    const {d, x} = world;
    const b = src.kind === "standard" ? meetingBest(world, m) : m.best; // a standard leaves the mean where it has no value
    m.bestReady = true;
    if (src.kind === "exemplars") {
      b.fill(0);
      const states = src.states; // an index loop: see agenda.ts
      for (let s = 0; s < states.length; s++) for (let k = 0; k < d; k++) b[k] += x[states[s] * d + k] / states.length;
      m.practiced.fill(1);
    } else if (src.kind === "vector") {
      b.set(src.vector);
      m.practiced.fill(1);
    } else {
      for (let k = 0; k < d; k++) {
        if (!src.has[k]) continue;
        b[k] = src.vector[k];
        m.practiced[k] = 1;
      }
    }
  }
});
